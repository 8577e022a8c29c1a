// The opportunity matrix: value (x) against feasibility (y), each 1–5, in four named quadrants.
// Dragging a dot sets its scores: up and down is feasibility; sideways moves value by moving
// need & emotion, pain and visibility together, so their differences (the reasons) are kept.
import type { CriterionScoreSchema } from './laneKinds.ts';
import type { Card } from './model.ts';
import { valueOf, type ValueWeights } from './opportunities.ts';
import type { Proposals } from './proposals.ts';
import type { z } from 'zod';

type CriterionScore = z.infer<typeof CriterionScoreSchema>;
type Scores = NonNullable<Card['scores']>;

export type Quadrant = 'quickWins' | 'bigBets' | 'fillIns' | 'deprioritise';

/** The middle of each axis: above it is high. */
export const MATRIX_MIDDLE = 3;

/** Valuable and easy: quick wins (速赢); valuable, hard: big bets; easy, small: fill-ins; neither: deprioritise. */
export function quadrantOf(value: number, feasibility: number): Quadrant {
  const valuable = value >= MATRIX_MIDDLE;
  const feasible = feasibility >= MATRIX_MIDDLE;
  if (valuable) return feasible ? 'quickWins' : 'bigBets';
  return feasible ? 'fillIns' : 'deprioritise';
}

const clamp = (n: number) => Math.min(5, Math.max(1, Math.round(n)));

/**
 * The scores after a dot is dropped at (value, feasibility). Unscored value criteria start at
 * the dropped value; scored ones, and proposed ones (which the drop turns into scores), move by
 * the same step; reasons stay.
 */
export function scoresAt(scores: Scores | undefined, value: number, feasibility: number, weights?: ValueWeights, proposals: Proposals = {}): Scores {
  const current = valueOf({ scores }, weights, proposals);
  const step = current === null ? 0 : Math.round(value - current);
  const next: Scores = { ...scores };
  for (const criterion of ['need', 'pain', 'visibility'] as const) {
    const proposed = criterion === 'visibility' ? undefined : proposals[criterion];
    const old: CriterionScore | undefined = scores?.[criterion] ?? (proposed && { value: proposed.value, reason: '' });
    next[criterion] = old ? { ...old, value: clamp(old.value + step) } : { value: clamp(value), reason: '' };
  }
  next.feasibility = { value: clamp(feasibility), reason: scores?.feasibility?.reason ?? '' };
  return next;
}
