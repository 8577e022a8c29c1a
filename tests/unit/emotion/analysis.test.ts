import { describe, expect, it } from 'vitest';
import { analyseCurve, type AnalysedPoint } from '../../../shared/emotion/analysis.ts';

const curve = (...scores: number[]): AnalysedPoint[] => scores.map((score, i) => ({ id: `p${i}`, sceneId: `s${i}`, score }));

describe('analyseCurve', () => {
  it('finds highlights and darkest points, one per plateau', () => {
    const result = analyseCurve(curve(0, 2, 2, 0, -2, -1, -2, -2, 1), '-2..+2');
    expect(result.highlights).toEqual(['p1', 'p8']);
    expect(result.darkest).toEqual(['p4', 'p6']);
  });

  it('a maximum below the delighted threshold is no highlight; a minimum above the bad threshold is no darkest point', () => {
    const result = analyseCurve(curve(-2, 0, -2, 0), '-2..+2');
    expect(result.highlights).toEqual([]);
    expect(result.darkest).toEqual(['p0', 'p2']);
  });

  it('peak is the most intense point, the first of a tie and says so; end is the last', () => {
    const tie = analyseCurve(curve(1, -2, 2, 1), '-2..+2');
    expect(tie.peak).toEqual({ id: 'p1', score: -2, tie: true, direction: 'low' });
    expect(tie.end).toEqual({ id: 'p3', score: 1 });
    expect(tie.peakEndScore).toBe(-0.5);
    const clear = analyseCurve(curve(1, 2, 0), '-2..+2');
    expect(clear.peak).toEqual({ id: 'p1', score: 2, tie: false, direction: 'high' });
    expect(clear.peakEndScore).toBe(1);
  });

  it('measures intensity from the neutral score of the scale (1…5: neutral is 3)', () => {
    const result = analyseCurve(curve(5, 1, 4), '1..5');
    expect(result.peak).toEqual({ id: 'p0', score: 5, tie: true, direction: 'high' });
    expect(result.highlights).toEqual(['p0', 'p2']);
    expect(result.darkest).toEqual(['p1']);
  });

  it('a single point, all equal, and no points', () => {
    const one = analyseCurve(curve(2), '-2..+2');
    expect(one).toMatchObject({ highlights: ['p0'], darkest: [], peak: { id: 'p0', tie: false }, end: { id: 'p0' }, peakEndScore: 2 });
    const flat = analyseCurve(curve(-1, -1, -1), '-2..+2');
    expect(flat).toMatchObject({ highlights: [], darkest: ['p0'], peak: { id: 'p0', tie: true } });
    const none = analyseCurve([], '-2..+2');
    expect(none).toEqual({ highlights: [], darkest: [], peak: null, end: null, peakEndScore: null, moodShare: { delighted: 0, neutral: 0, bad: 0 } });
  });

  it('a flat neutral curve (a new blank map) has no peak and no peak–end score: nothing to say yet', () => {
    const flat = analyseCurve(curve(0, 0, 0), '-2..+2');
    expect(flat).toMatchObject({ highlights: [], darkest: [], peak: null, end: null, peakEndScore: null });
    expect(analyseCurve(curve(3, 3), '1..5').peak).toBeNull();
    // One point off neutral is enough, and a low says it is a low.
    expect(analyseCurve(curve(0, -1, 0), '-2..+2').peak).toEqual({ id: 'p1', score: -1, tie: false, direction: 'low' });
  });

  it('shares of scenes in each mood, a scene with several points counted once by its mean', () => {
    const points: AnalysedPoint[] = [
      { id: 'a', sceneId: 's1', score: 2 },
      { id: 'b', sceneId: 's1', score: -2 },
      { id: 'c', sceneId: 's2', score: -2 },
      { id: 'd', sceneId: 's3', score: 1 },
      { id: 'e', sceneId: 's4', score: 2 },
    ];
    expect(analyseCurve(points, '-2..+2').moodShare).toEqual({ delighted: 0.5, neutral: 0.25, bad: 0.25 });
  });
});
