// Emotion scales. Whatever the scale, a score reads as one of three moods: delighted (愉悦),
// neutral (一般) or bad (糟糕). Changing a map's scale maps each score and keeps its mood.
import type { EmotionScale } from '../model.ts';

export type Mood = 'delighted' | 'neutral' | 'bad';

export interface ScaleInfo {
  min: number;
  max: number;
  /** the score that means "neither good nor bad" */
  neutral: number;
  /** scores at or above this are delighted; at or below `bad` are bad */
  delighted: number;
  bad: number;
  /** the values points snap to */
  steps: number[];
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

export const SCALES: Record<EmotionScale, ScaleInfo> = {
  '-2..+2': { min: -2, max: 2, neutral: 0, delighted: 1, bad: -1, steps: range(-2, 2) },
  moods: { min: -1, max: 1, neutral: 0, delighted: 1, bad: -1, steps: range(-1, 1) },
  '1..5': { min: 1, max: 5, neutral: 3, delighted: 4, bad: 2, steps: range(1, 5) },
  '-3..+3': { min: -3, max: 3, neutral: 0, delighted: 1, bad: -1, steps: range(-3, 3) },
};

export function moodOf(score: number, scale: EmotionScale): Mood {
  const s = SCALES[scale];
  return score >= s.delighted ? 'delighted' : score <= s.bad ? 'bad' : 'neutral';
}

export function clampScore(score: number, scale: EmotionScale): number {
  const s = SCALES[scale];
  return Math.min(s.max, Math.max(s.min, score));
}

/** The nearest step of the scale (what a dragged point snaps to); halfway rounds away from neutral. */
export function snapScore(score: number, scale: EmotionScale): number {
  const { steps, neutral } = SCALES[scale];
  return steps.reduce((best, step) => {
    const d = Math.abs(step - score) - Math.abs(best - score);
    return d < 0 || (d === 0 && Math.abs(step - neutral) > Math.abs(best - neutral)) ? step : best;
  }, steps[0] as number);
}

/** Position on a common −1…+1 axis: −1 the worst, 0 neutral, +1 the best of the scale. */
function normalised(score: number, scale: EmotionScale): number {
  const s = SCALES[scale];
  return score >= s.neutral ? (score - s.neutral) / (s.max - s.neutral) : -(s.neutral - score) / (s.neutral - s.min);
}

function fromNormalised(value: number, scale: EmotionScale): number {
  const s = SCALES[scale];
  return value >= 0 ? s.neutral + value * (s.max - s.neutral) : s.neutral + value * (s.neutral - s.min);
}

/** Maps a score to another scale, snapped to its steps, keeping the mood it had. */
export function mapScore(score: number, from: EmotionScale, to: EmotionScale): number {
  const mood = moodOf(score, from);
  const mapped = snapScore(fromNormalised(normalised(clampScore(score, from), from), to), to);
  if (moodOf(mapped, to) === mood) return mapped;
  const target = SCALES[to];
  return mood === 'delighted' ? target.delighted : mood === 'bad' ? target.bad : target.neutral;
}
