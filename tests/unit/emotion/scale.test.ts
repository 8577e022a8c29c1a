import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SCALES, mapScore, moodOf, snapScore } from '../../../shared/emotion/scale.ts';
import { EMOTION_SCALES } from '../../../shared/model.ts';

describe('emotion scales', () => {
  it('read scores as three moods', () => {
    expect([-2, -1, 0, 1, 2].map((s) => moodOf(s, '-2..+2'))).toEqual(['bad', 'bad', 'neutral', 'delighted', 'delighted']);
    expect([1, 2, 3, 4, 5].map((s) => moodOf(s, '1..5'))).toEqual(['bad', 'bad', 'neutral', 'delighted', 'delighted']);
    expect([-1, 0, 1].map((s) => moodOf(s, 'moods'))).toEqual(['bad', 'neutral', 'delighted']);
  });

  it('snap to the nearest step', () => {
    expect(snapScore(1.4, '-2..+2')).toBe(1);
    expect(snapScore(-2.7, '-3..+3')).toBe(-3);
    expect(snapScore(4.6, '1..5')).toBe(5);
  });

  it('map between scales keeping the mood, onto a step of the new scale (property)', () => {
    const scale = fc.constantFrom(...EMOTION_SCALES);
    fc.assert(
      fc.property(scale, scale, fc.double({ min: 0, max: 1, noNaN: true }), (from, to, t) => {
        const info = SCALES[from];
        const score = info.min + t * (info.max - info.min);
        const mapped = mapScore(score, from, to);
        expect(SCALES[to].steps).toContain(mapped);
        expect(moodOf(mapped, to)).toBe(moodOf(score, from));
      }),
      { numRuns: 500 },
    );
  });

  it('maps the ends and the middle where a person expects', () => {
    expect(mapScore(-2, '-2..+2', '1..5')).toBe(1);
    expect(mapScore(2, '-2..+2', '1..5')).toBe(5);
    expect(mapScore(0, '-2..+2', '1..5')).toBe(3);
    expect(mapScore(1, '-2..+2', '-3..+3')).toBe(2);
    expect(mapScore(1, '-2..+2', 'moods')).toBe(1);
    expect(mapScore(4, '1..5', '-2..+2')).toBe(1);
  });
});

describe('snapping halfway', () => {
  it('rounds away from neutral, the same on both sides', () => {
    expect(snapScore(1.5, '-3..+3')).toBe(2);
    expect(snapScore(-1.5, '-3..+3')).toBe(-2);
    expect(snapScore(3.5, '1..5')).toBe(4);
    expect(snapScore(2.5, '1..5')).toBe(2);
  });
});
