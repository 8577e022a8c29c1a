import { describe, expect, it } from 'vitest';
import { layoutMap } from '../../shared/layout.ts';
import { canLink, linkTargetAt } from '../../shared/linkTarget.ts';
import { prunedPointers } from '../../renderer/state/pruneSelection.ts';
import { smallMap } from './ops/harness.ts';

const middleOf = (box: { x: number; y: number; width: number; height: number }) => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });

describe('linkTargetAt', () => {
  const doc = smallMap();
  const layout = layoutMap(doc);

  it('finds the touchpoint card anywhere under the point', () => {
    const doc2 = { ...doc, links: {} };
    const box = layout.cards.t2!;
    expect(linkTargetAt(doc2, layout, middleOf(box), 't1')).toBe('t2');
    expect(linkTargetAt(doc2, layout, { x: box.x + 2, y: box.y + box.height - 2 }, 't1')).toBe('t2');
  });

  it('refuses other kinds, the start itself, empty space and links that exist', () => {
    expect(linkTargetAt(doc, layout, middleOf(layout.cards.c1!), 't1')).toBeNull();
    expect(linkTargetAt(doc, layout, middleOf(layout.cards.t1!), 't1')).toBeNull();
    expect(linkTargetAt(doc, layout, { x: 1, y: 1 }, 't1')).toBeNull();
    expect(linkTargetAt(doc, layout, middleOf(layout.cards.t2!), 't1')).toBeNull();
    expect(canLink(doc, 't2', 't1')).toBe(true);
    expect(canLink(doc, 'c1', 't1')).toBe(false);
  });
});

describe('prunedPointers', () => {
  const doc = smallMap();
  const clean = { selection: ['c1'], selectedLinks: ['l1'], editingCardId: null, newCardId: null, selectedPointId: 'e1', activeCell: { laneId: 'needs', sceneId: 'a1' } };

  it('leaves pointers to what exists alone', () => {
    expect(prunedPointers(doc, clean)).toBeNull();
  });

  it('drops ids that are gone', () => {
    expect(
      prunedPointers(doc, { selection: ['c1', 'gone'], selectedLinks: ['gone'], editingCardId: 'gone', newCardId: 'gone', selectedPointId: 'gone', activeCell: { laneId: 'gone', sceneId: 'a1' } }),
    ).toEqual({ selection: ['c1'], selectedLinks: [], editingCardId: null, newCardId: null, selectedPointId: null, activeCell: null });
  });
});
