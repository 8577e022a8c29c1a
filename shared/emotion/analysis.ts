// Reading an emotion curve the way the method does: highlights (高光点) to protect, darkest
// points (至暗点) to fix, the peak and the end (峰终体验), and how much of the journey sits in
// each mood.
import type { EmotionScale } from '../model.ts';
import { SCALES, moodOf, type Mood } from './scale.ts';
import { appendTo } from '../collections.ts';

export interface AnalysedPoint {
  id: string;
  sceneId: string;
  score: number;
}

export interface CurveAnalysis {
  /** local maxima at or above the delighted threshold, one per plateau (its first point) */
  highlights: string[];
  /** local minima at or below the bad threshold, one per plateau */
  darkest: string[];
  /**
   * The most intense moment (farthest from neutral), a high or a low; on a tie the first, and
   * `tie` says so. Null while every point is neutral: a flat curve has no peak to speak of.
   */
  peak: { id: string; score: number; tie: boolean; direction: 'high' | 'low' } | null;
  end: { id: string; score: number } | null;
  /** mean of the peak and end scores (null without a peak) */
  peakEndScore: number | null;
  /** share (0…1) of the scenes with points whose mean score is in each mood */
  moodShare: Record<Mood, number>;
}

/** `points` in reading order (scene by scene, left to right). */
export function analyseCurve(points: AnalysedPoint[], scale: EmotionScale): CurveAnalysis {
  const info = SCALES[scale];
  // Runs of equal consecutive scores: a plateau counts once.
  const runs: { first: AnalysedPoint; score: number }[] = [];
  for (const point of points) {
    if (runs.at(-1)?.score !== point.score) runs.push({ first: point, score: point.score });
  }
  const highlights: string[] = [];
  const darkest: string[] = [];
  runs.forEach((run, i) => {
    const before = runs[i - 1]?.score;
    const after = runs[i + 1]?.score;
    const isMax = (before === undefined || before < run.score) && (after === undefined || after < run.score);
    const isMin = (before === undefined || before > run.score) && (after === undefined || after > run.score);
    if (isMax && run.score >= info.delighted) highlights.push(run.first.id);
    if (isMin && run.score <= info.bad) darkest.push(run.first.id);
  });

  let peak: CurveAnalysis['peak'] = null;
  for (const point of points) {
    const intensity = Math.abs(point.score - info.neutral);
    // A neutral point is no moment of any intensity.
    const best = peak ? Math.abs(peak.score - info.neutral) : 0;
    if (intensity > best) peak = { id: point.id, score: point.score, tie: false, direction: point.score > info.neutral ? 'high' : 'low' };
    else if (peak && intensity === best) peak.tie = true;
  }
  // Peak and end go together: a flat neutral curve has neither to speak of yet.
  const last = points.at(-1);
  const end = last && peak ? { id: last.id, score: last.score } : null;

  const byScene = new Map<string, number[]>();
  for (const point of points) appendTo(byScene, point.sceneId, point.score);
  const counts: Record<Mood, number> = { delighted: 0, neutral: 0, bad: 0 };
  for (const scores of byScene.values()) counts[moodOf(scores.reduce((a, b) => a + b, 0) / scores.length, scale)] += 1;
  const share = (mood: Mood) => (byScene.size === 0 ? 0 : counts[mood] / byScene.size);
  const moodShare: Record<Mood, number> = { delighted: share('delighted'), neutral: share('neutral'), bad: share('bad') };

  return {
    highlights,
    darkest,
    peak,
    end,
    peakEndScore: peak && end ? (peak.score + end.score) / 2 : null,
    moodShare,
  };
}
