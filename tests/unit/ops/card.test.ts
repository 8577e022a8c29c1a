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
