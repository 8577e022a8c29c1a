import { describe, expect, it } from 'vitest';
import { doUndoRedo, ids, smallMap } from './harness.ts';

describe('emotion point operations', () => {
  it('addEmotionPoint on a curve, in a scene, optionally tied to a touchpoint card', () => {
    doUndoRedo(smallMap(), { type: 'addEmotionPoint', id: 'e3', curveId: 'now', sceneId: 'a2', score: -1, note: '朋友说服务差' }, (doc) => {
      expect(doc.emotionPoints.e3).toMatchObject({ curveId: 'now', sceneId: 'a2', score: -1, note: '朋友说服务差' });
    });
    doUndoRedo(smallMap(), { type: 'addEmotionPoint', id: 'e0', curveId: 'now', sceneId: 'a1', score: 0, cardId: 't1', index: 0 }, (doc) => {
      expect(ids(doc.emotionPoints, (p) => p.sceneId === 'a1')).toEqual(['e0', 'e1']);
      expect(doc.emotionPoints.e0?.cardId).toBe('t1');
    });
  });

  it('addEmotionPoint needs an existing curve and scene', () => {
    expect(() => doUndoRedo(smallMap(), { type: 'addEmotionPoint', id: 'x', curveId: 'nope', sceneId: 'a1', score: 0 }, () => {})).toThrow(/no curve/);
    expect(() => doUndoRedo(smallMap(), { type: 'addEmotionPoint', id: 'x', curveId: 'now', sceneId: 'nope', score: 0 }, () => {})).toThrow(/no scene/);
  });

  it('setEmotion changes the score and/or the note', () => {
    doUndoRedo(smallMap(), { type: 'setEmotion', id: 'e2', score: 2 }, (doc) => {
      expect(doc.emotionPoints.e2).toMatchObject({ score: 2, note: 'nobody there' });
    });
    doUndoRedo(smallMap(), { type: 'setEmotion', id: 'e2', note: '没人接待' }, (doc) => {
      expect(doc.emotionPoints.e2).toMatchObject({ score: -2, note: '没人接待' });
    });
  });

  it('moveEmotionPoint reorders points inside their scene', () => {
    const start = doUndoRedo(smallMap(), { type: 'addEmotionPoint', id: 'e3', curveId: 'now', sceneId: 'a1', score: 2 }, () => {});
    doUndoRedo(start, { type: 'moveEmotionPoint', id: 'e3', index: 0 }, (doc) => {
      expect(ids(doc.emotionPoints, (p) => p.sceneId === 'a1')).toEqual(['e3', 'e1']);
    });
  });

  it('setEmotionPointCard ties a point to a card of its scene, or unties it', () => {
    doUndoRedo(smallMap(), { type: 'setEmotionPointCard', id: 'e1', cardId: 't1' }, (doc) => {
      expect(doc.emotionPoints.e1?.cardId).toBe('t1');
    });
    doUndoRedo(smallMap(), { type: 'setEmotionPointCard', id: 'e2' }, (doc) => {
      expect(doc.emotionPoints.e2).not.toHaveProperty('cardId');
    });
    expect(() => doUndoRedo(smallMap(), { type: 'setEmotionPointCard', id: 'e1', cardId: 't2' }, () => {})).toThrow(/not in the point's scene/);
  });

  it('deleting a card unties its points; deleteEmotionPoint removes one', () => {
    doUndoRedo(smallMap(), { type: 'deleteCard', id: 't2' }, (doc) => {
      expect(doc.emotionPoints.e2).toBeDefined();
      expect(doc.emotionPoints.e2).not.toHaveProperty('cardId');
    });
    doUndoRedo(smallMap(), { type: 'deleteEmotionPoint', id: 'e1' }, (doc) => {
      expect(Object.keys(doc.emotionPoints)).toEqual(['e2']);
    });
  });
});

describe('curve operations', () => {
  it('addCurve, renameCurve, setCurveColour, setCurveHidden', () => {
    doUndoRedo(
      smallMap(),
      [
        { type: 'addCurve', id: 'goal', name: 'Target', colour: '#2563eb' },
        { type: 'renameCurve', id: 'goal', name: '目标体验' },
        { type: 'setCurveColour', id: 'goal', colour: '#16a34a' },
        { type: 'setCurveHidden', id: 'now', hidden: true },
      ],
      (doc) => {
        expect(ids(doc.curves)).toEqual(['now', 'goal']);
        expect(doc.curves.goal).toMatchObject({ name: '目标体验', colour: '#16a34a', hidden: false });
        expect(doc.curves.now?.hidden).toBe(true);
      },
    );
  });

  it('deleteCurve removes its points', () => {
    doUndoRedo(smallMap(), { type: 'deleteCurve', id: 'now' }, (doc) => {
      expect(doc.curves).toEqual({});
      expect(doc.emotionPoints).toEqual({});
    });
  });
});

describe('map-wide emotion settings', () => {
  it('setEmotionScale maps every score and keeps its mood', () => {
    doUndoRedo(smallMap(), { type: 'setEmotionScale', scale: '1..5' }, (doc) => {
      expect(doc.map.scale).toBe('1..5');
      expect(doc.emotionPoints.e1?.score).toBe(4);
      expect(doc.emotionPoints.e2?.score).toBe(1);
    });
  });

  it('setCurveGaps and setEmotionFaces', () => {
    doUndoRedo(
      smallMap(),
      [
        { type: 'setCurveGaps', mode: 'interpolate' },
        { type: 'setEmotionFaces', faces: true },
      ],
      (doc) => {
        expect(doc.map).toMatchObject({ curveGaps: 'interpolate', emotionFaces: true });
      },
    );
  });
});
