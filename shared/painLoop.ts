// The pain-point closed loop (痛点闭环) of the practice: found 发现 → reported 反馈 → improvement
// planned 改善计划 → assessed 考核 → tracked until closed 跟踪/关闭.
import { LOOP_STATUSES, type LoopStatus, type PainLoop } from './laneKinds.ts';
import type { Card } from './model.ts';

/** A pain point without a loop yet has just been found. */
export const loopStatusOf = (card: Pick<Card, 'loop'>): LoopStatus => card.loop?.status ?? 'found';

export const isOpen = (card: Pick<Card, 'loop'>): boolean => loopStatusOf(card) !== 'closed';

/** Open and past its due date; `today` is YYYY-MM-DD (the caller's clock, so this stays pure). */
export const isOverdue = (card: Pick<Card, 'loop'>, today: string): boolean => isOpen(card) && card.loop?.due !== undefined && card.loop.due < today;

/** The next step of the loop (none after closed). */
export function nextStatus(status: LoopStatus): LoopStatus | null {
  const at = LOOP_STATUSES.indexOf(status);
  return LOOP_STATUSES[at + 1] ?? null;
}

/** How many pain points stand at each status. */
export function loopCounts(cards: Pick<Card, 'loop'>[]): Record<LoopStatus, number> {
  const counts = Object.fromEntries(LOOP_STATUSES.map((s) => [s, 0])) as Record<LoopStatus, number>;
  for (const card of cards) counts[loopStatusOf(card)] += 1;
  return counts;
}

/** A loop with nothing filled in yet. */
export const emptyLoop = (): PainLoop => ({ status: 'found', owner: '', plan: '', check: '', history: [] });

/** A date as YYYY-MM-DD in its local time zone (the caller passes its clock's now). */
export function isoDay(now: Date): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
