import { describe, expect, it } from 'vitest';
import { doUndoRedo, ids, smallMap } from './harness.ts';

describe('stage operations', () => {
  it('addStage appends, or inserts at an index', () => {
    doUndoRedo(smallMap(), { type: 'addStage', id: 'z', title: 'Use' }, (doc) => {
      expect(ids(doc.stages)).toEqual(['a', 'b', 'z']);
    });
    doUndoRedo(smallMap(), { type: 'addStage', id: 'z', title: 'First', index: 0 }, (doc) => {
      expect(ids(doc.stages)).toEqual(['z', 'a', 'b']);
    });
  });

  it('addStage refuses an id in use, changing nothing', () => {
    const doc = smallMap();
    expect(() => doUndoRedo(doc, { type: 'addStage', id: 'a', title: 'again' }, () => {})).toThrow(/already used/);
  });

  it('renameStage', () => {
    doUndoRedo(smallMap(), { type: 'renameStage', id: 'a', title: '知晓' }, (doc) => {
      expect(doc.stages.a?.title).toBe('知晓');
    });
  });

  it('moveStage reorders, and its scenes follow', () => {
    doUndoRedo(smallMap(), { type: 'moveStage', id: 'b', index: 0 }, (doc) => {
      expect(ids(doc.stages)).toEqual(['b', 'a']);
      expect(ids(doc.scenes, (s) => s.stageId === 'a')).toEqual(['a1', 'a2']);
    });
  });

  it('deleteStage removes its scenes and everything in them', () => {
    doUndoRedo(smallMap(), { type: 'deleteStage', id: 'a' }, (doc) => {
      expect(Object.keys(doc.stages)).toEqual(['b']);
      expect(Object.keys(doc.scenes)).toEqual(['b1']);
      expect(Object.keys(doc.cards).sort()).toEqual(['t2']);
      expect(Object.keys(doc.emotionPoints)).toEqual(['e2']);
      expect(doc.links).toEqual({});
    });
  });
});
