import { describe, expect, it } from 'vitest';
import { doUndoRedo, smallMap } from './harness.ts';

describe('emotion operations', () => {
  it('setEmotion changes the score of the scene’s point', () => {
    doUndoRedo(smallMap(), { type: 'setEmotion', sceneId: 'b1', score: 2 }, (doc) => {
      expect(doc.emotionPoints.e2).toMatchObject({ score: 2, note: 'nobody there' });
    });
  });

  it('setEmotion creates a point for a scene without one, with its note', () => {
    doUndoRedo(smallMap(), { type: 'setEmotion', id: 'e3', sceneId: 'a2', score: -1, note: '朋友说服务差' }, (doc) => {
      expect(doc.emotionPoints.e3).toMatchObject({ sceneId: 'a2', score: -1, note: '朋友说服务差' });
    });
  });

  it('setEmotion refuses a point of another scene', () => {
    expect(() => doUndoRedo(smallMap(), { type: 'setEmotion', id: 'e1', sceneId: 'b1', score: 0 }, () => {})).toThrow(/not in scene/);
  });

  it('deleteEmotionPoint', () => {
    doUndoRedo(smallMap(), { type: 'deleteEmotionPoint', id: 'e1' }, (doc) => {
      expect(Object.keys(doc.emotionPoints)).toEqual(['e2']);
    });
  });
});
