import { describe, expect, it } from 'vitest';
import { Editor } from '../../../shared/editor.ts';
import { doUndoRedo, ids, smallMap } from './harness.ts';

const inCell = (laneId: string, sceneId: string) => (c: { laneId: string; sceneId: string }) =>
  c.laneId === laneId && c.sceneId === sceneId;

describe('card operations', () => {
  it('addCard appends to its cell or inserts at an index, with kind fields', () => {
    doUndoRedo(smallMap(), { type: 'addCard', id: 'c3', laneId: 'needs', sceneId: 'a1', text: '想试驾' }, (doc) => {
      expect(ids(doc.cards, inCell('needs', 'a1'))).toEqual(['c1', 'c2', 'c3']);
    });
    doUndoRedo(
      smallMap(),
      { type: 'addCard', id: 'c0', laneId: 'needs', sceneId: 'a1', text: 'first', index: 0, fields: { colour: 'red', severity: 3 } },
      (doc) => {
        expect(ids(doc.cards, inCell('needs', 'a1'))).toEqual(['c0', 'c1', 'c2']);
        expect(doc.cards.c0).toMatchObject({ colour: 'red', severity: 3 });
      },
    );
  });

  it('addCard in a batch orders a cell as one-by-one adds do, also after a move or delete in between', () => {
    const batch = [
      { type: 'addCard', id: 'n1', laneId: 'needs', sceneId: 'a1', text: 'one', index: 0 },
      { type: 'addCard', id: 'n2', laneId: 'needs', sceneId: 'a1', text: 'two', index: 2 },
      { type: 'moveCard', id: 'c1', laneId: 'needs', sceneId: 'a2', index: 0 },
      { type: 'addCard', id: 'n3', laneId: 'needs', sceneId: 'a1', text: 'three', index: 1 },
      { type: 'addCard', id: 'n4', laneId: 'needs', sceneId: 'a2', text: 'four' },
      { type: 'deleteCard', id: 'n2' },
      { type: 'addCard', id: 'n5', laneId: 'needs', sceneId: 'a1', text: 'five' },
    ] as const;
    const oneByOne = new Editor(smallMap());
    for (const op of batch) oneByOne.apply(op);
    doUndoRedo(smallMap(), [...batch], (doc) => {
      expect(ids(doc.cards, inCell('needs', 'a1'))).toEqual(['n1', 'n3', 'c2', 'n5']);
      expect(ids(doc.cards, inCell('needs', 'a2'))).toEqual(['c1', 'n4']);
      expect(doc.cards).toEqual(oneByOne.doc.cards);
    });
  });

  it('addCard needs an existing lane and scene', () => {
    expect(() => doUndoRedo(smallMap(), { type: 'addCard', id: 'x', laneId: 'nope', sceneId: 'a1', text: '' }, () => {})).toThrow(/no lane/);
    expect(() => doUndoRedo(smallMap(), { type: 'addCard', id: 'x', laneId: 'needs', sceneId: 'nope', text: '' }, () => {})).toThrow(/no scene/);
  });

  it('setCardText, including Chinese and multi-line text', () => {
    doUndoRedo(smallMap(), { type: 'setCardText', id: 'c1', text: '到店后没人接待\n预约信息又问一遍' }, (doc) => {
      expect(doc.cards.c1?.text).toBe('到店后没人接待\n预约信息又问一遍');
    });
  });

  it('setCardFields sets and clears fields', () => {
    doUndoRedo(smallMap(), { type: 'setCardFields', id: 't1', fields: { channel: undefined, role: 'Sales consultant', tags: ['vip'] } }, (doc) => {
      expect(doc.cards.t1).not.toHaveProperty('channel');
      expect(doc.cards.t1).toMatchObject({ role: 'Sales consultant', tags: ['vip'] });
    });
  });

  it('moveCard reorders within a cell and moves to another cell', () => {
    doUndoRedo(smallMap(), { type: 'moveCard', id: 'c2', laneId: 'needs', sceneId: 'a1', index: 0 }, (doc) => {
      expect(ids(doc.cards, inCell('needs', 'a1'))).toEqual(['c2', 'c1']);
    });
    doUndoRedo(smallMap(), { type: 'moveCard', id: 'c1', laneId: 'tp', sceneId: 'b1', index: 1 }, (doc) => {
      expect(ids(doc.cards, inCell('tp', 'b1'))).toEqual(['t2', 'c1']);
      expect(ids(doc.cards, inCell('needs', 'a1'))).toEqual(['c2']);
    });
  });

  it('deleteCard removes links that touch it', () => {
    doUndoRedo(smallMap(), { type: 'deleteCard', id: 't2' }, (doc) => {
      expect(doc.cards.t2).toBeUndefined();
      expect(doc.links).toEqual({});
    });
  });

  it('a failing operation in a batch leaves the document untouched', () => {
    const editor = new Editor(smallMap());
    const before = editor.doc;
    expect(() =>
      editor.apply([
        { type: 'setCardText', id: 'c1', text: 'changed' },
        { type: 'deleteCard', id: 'missing' },
      ]),
    ).toThrow(/no card 'missing'/);
    expect(editor.doc).toBe(before);
    expect(editor.getSnapshot().canUndo).toBe(false);
  });
});

describe('moves to the same place', () => {
  it('make no history entry', () => {
    const editor = new Editor(smallMap());
    editor.apply([
      { type: 'moveCard', id: 'c2', laneId: 'needs', sceneId: 'a1', index: 1 },
      { type: 'moveStage', id: 'b', index: 1 },
      { type: 'moveScene', id: 'a2', stageId: 'a', index: 1 },
      { type: 'moveLane', id: 'needs', index: 0 },
    ]);
    expect(editor.getSnapshot().canUndo).toBe(false);
  });
});

describe('card fields the file could not hold', () => {
  it('are refused, and the map stays as it was (one that saves)', () => {
    const editor = new Editor(smallMap());
    editor.apply({ type: 'addLane', id: 'acts', kind: 'service-actions', title: 'Service actions' });
    const before = structuredClone(editor.doc);
    const refused = [
      { steps: ['x'.repeat(2001)] },
      { steps: Array.from({ length: 201 }, () => 'step') },
      { roles: Array.from({ length: 51 }, (_, i) => `role ${i}`) },
      { series: 's'.repeat(201) },
      { measure: { inspection: { who: 'Manager', frequency: 'daily', how: 'h'.repeat(2001) } } },
      { tags: ['t'.repeat(101)] },
      { severity: 4 },
    ];
    for (const fields of refused) {
      expect(() => editor.apply({ type: 'setCardFields', id: 'c1', fields } as never), JSON.stringify(fields).slice(0, 40)).toThrow(/field '/);
      expect(() => editor.apply({ type: 'addCard', id: 'n1', laneId: 'acts', sceneId: 'a1', text: '', fields } as never)).toThrow(/field '/);
    }
    expect(() => editor.apply({ type: 'setCardFields', id: 'c1', fields: { votes: 3 } } as never)).toThrow(/no field 'votes'/);
    expect(editor.doc).toEqual(before);
    // at the limits they are taken
    editor.apply({ type: 'setCardFields', id: 'c1', fields: { steps: Array.from({ length: 200 }, () => 'x'.repeat(2000)) } });
    expect(editor.doc.cards.c1?.steps).toHaveLength(200);
  });
});
