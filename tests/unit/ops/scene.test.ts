import { describe, expect, it } from 'vitest';
import { doUndoRedo, ids, smallMap } from './harness.ts';

describe('scene operations', () => {
  it('addScene at the end of its stage or at an index', () => {
    doUndoRedo(smallMap(), { type: 'addScene', id: 'a3', stageId: 'a', title: 'Search', channel: 'both' }, (doc) => {
      expect(ids(doc.scenes, (s) => s.stageId === 'a')).toEqual(['a1', 'a2', 'a3']);
      expect(doc.scenes.a3?.channel).toBe('both');
    });
    doUndoRedo(smallMap(), { type: 'addScene', id: 'a0', stageId: 'a', title: 'Before', channel: 'online', index: 0 }, (doc) => {
      expect(ids(doc.scenes, (s) => s.stageId === 'a')).toEqual(['a0', 'a1', 'a2']);
    });
  });

  it('addScene needs an existing stage', () => {
    expect(() => doUndoRedo(smallMap(), { type: 'addScene', id: 'x', stageId: 'nope', title: '', channel: 'online' }, () => {})).toThrow(
      /no stage 'nope'/,
    );
  });

  it('renameScene and setSceneChannel', () => {
    doUndoRedo(
      smallMap(),
      [
        { type: 'renameScene', id: 'a1', title: '看广告' },
        { type: 'setSceneChannel', id: 'a1', channel: 'both' },
      ],
      (doc) => {
        expect(doc.scenes.a1).toMatchObject({ title: '看广告', channel: 'both' });
      },
    );
  });

  it('moveScene within its stage and into another stage', () => {
    doUndoRedo(smallMap(), { type: 'moveScene', id: 'a2', stageId: 'a', index: 0 }, (doc) => {
      expect(ids(doc.scenes, (s) => s.stageId === 'a')).toEqual(['a2', 'a1']);
    });
    doUndoRedo(smallMap(), { type: 'moveScene', id: 'a1', stageId: 'b', index: 1 }, (doc) => {
      expect(ids(doc.scenes, (s) => s.stageId === 'b')).toEqual(['b1', 'a1']);
      expect(ids(doc.scenes, (s) => s.stageId === 'a')).toEqual(['a2']);
      // cards travel with their scene
      expect(doc.cards.c1?.sceneId).toBe('a1');
    });
  });

  it('deleteScene removes its cards, their links and its emotion points', () => {
    doUndoRedo(smallMap(), { type: 'deleteScene', id: 'a1' }, (doc) => {
      expect(doc.scenes.a1).toBeUndefined();
      expect(Object.keys(doc.cards)).toEqual(['t2']);
      expect(doc.links).toEqual({});
      expect(Object.keys(doc.emotionPoints)).toEqual(['e2']);
    });
  });
});

describe('scene width', () => {
  it('setSceneWidth rounds and clamps', () => {
    doUndoRedo(smallMap(), { type: 'setSceneWidth', id: 'a1', width: 321.7 }, (doc) => {
      expect(doc.scenes.a1?.width).toBe(322);
    });
    doUndoRedo(smallMap(), { type: 'setSceneWidth', id: 'a1', width: Number.NaN }, (doc) => {
      expect(doc.scenes.a1?.width).toBe(40);
    });
  });
});
