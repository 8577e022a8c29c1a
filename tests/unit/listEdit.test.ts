import { describe, expect, it } from 'vitest';
import { addName, dropIndex, firstDifference, insertItem, moveItem, removeItem, replaceItem } from '../../shared/listEdit.ts';

describe('list edits for steps and roles', () => {
  const steps = ['cap off', 'nib in the right hand', 'clip to the palm', 'both hands'];

  it('moves an item up, down, to the ends, and clamps', () => {
    expect(moveItem(steps, 3, 0)).toEqual(['both hands', 'cap off', 'nib in the right hand', 'clip to the palm']);
    expect(moveItem(steps, 0, 1)).toEqual(['nib in the right hand', 'cap off', 'clip to the palm', 'both hands']);
    expect(moveItem(steps, 1, 99)).toEqual(['cap off', 'clip to the palm', 'both hands', 'nib in the right hand']);
    expect(moveItem(steps, 2, -5)).toEqual(['clip to the palm', 'cap off', 'nib in the right hand', 'both hands']);
    expect(moveItem(steps, 7, 0)).toEqual(steps);
    expect(steps).toHaveLength(4);
  });

  it('inserts, removes and replaces without touching the original', () => {
    expect(insertItem(steps, 1, 'x')).toEqual(['cap off', 'x', 'nib in the right hand', 'clip to the palm', 'both hands']);
    expect(insertItem(steps, 10, 'end')).toHaveLength(5);
    expect(insertItem([], 0, '微笑')).toEqual(['微笑']);
    expect(removeItem(steps, 0)).toEqual(['nib in the right hand', 'clip to the palm', 'both hands']);
    expect(replaceItem(steps, 3, 'pass it level')).toEqual(['cap off', 'nib in the right hand', 'clip to the palm', 'pass it level']);
    expect(steps[0]).toBe('cap off');
  });

  it('adds a name once, trimmed, whatever its case', () => {
    expect(addName(['Guard'], ' Cleaner ')).toEqual(['Guard', 'Cleaner']);
    expect(addName(['Guard'], 'guard')).toEqual(['Guard']);
    expect(addName(['门卫'], '门卫')).toEqual(['门卫']);
    expect(addName(['Guard'], '   ')).toEqual(['Guard']);
  });

  it('finds the first difference (where the focus goes after undo)', () => {
    expect(firstDifference(['a', 'b', 'c'], ['a', 'b', 'c'])).toBe(-1);
    expect(firstDifference(['a', 'b', 'c'], ['a', 'c'])).toBe(1);
    expect(firstDifference(['a', 'b'], ['a', 'b', 'c'])).toBe(2);
    expect(firstDifference(['b', 'a'], ['a', 'b'])).toBe(0);
    expect(firstDifference([], [])).toBe(-1);
  });

  it('says where a dragged row lands from the middles of the rows', () => {
    const middles = [10, 40, 70, 100];
    // the last row dragged above the first
    expect(dropIndex(middles, 3, 5)).toBe(0);
    // the first row dragged just past the second's middle
    expect(dropIndex(middles, 0, 45)).toBe(1);
    // not past it: stays
    expect(dropIndex(middles, 0, 35)).toBe(0);
    // to the end
    expect(dropIndex(middles, 1, 200)).toBe(3);
    // unmoved
    expect(dropIndex(middles, 2, 70)).toBe(2);
  });
});
