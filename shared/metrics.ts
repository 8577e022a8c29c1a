// Reading a metric card (指标): the value of each period (NPS computed from its answers), the
// latest one against the target, and whether it is met, near or missed.
import type { Metric, MetricValue } from './laneKinds.ts';

export type MetricStatus = 'met' | 'near' | 'missed';

/** How far short of the target still counts as near: 10 % of the target (at least 1 for NPS-like scores around 0). */
export const NEAR_SHARE = 0.1;

/** Net Promoter Score: % promoters − % detractors (−100…100); null without answers. */
export function npsScore(answers: Pick<MetricValue, 'promoters' | 'passives' | 'detractors'>): number | null {
  const promoters = answers.promoters ?? 0;
  const passives = answers.passives ?? 0;
  const detractors = answers.detractors ?? 0;
  const total = promoters + passives + detractors;
  return total > 0 ? ((promoters - detractors) / total) * 100 : null;
}

/** The value of one period: typed, or for NPS computed from its answers. */
export const periodValue = (metric: Pick<Metric, 'nps'>, entry: MetricValue): number | null =>
  metric.nps ? npsScore(entry) : entry.value !== undefined && Number.isFinite(entry.value) ? entry.value : null;

/** The measured periods in the order entered, with their values (periods without one are left out). */
export function series(metric: Metric): { period: string; value: number }[] {
  return metric.values.flatMap((entry) => {
    const value = periodValue(metric, entry);
    return value === null ? [] : [{ period: entry.period, value }];
  });
}

/** Met, near (within NEAR_SHARE of the target) or missed, by the metric's direction; null without a target or a value. */
export function metricStatus(metric: Metric, value: number | null = series(metric).at(-1)?.value ?? null): MetricStatus | null {
  if (value === null || metric.target === undefined) return null;
  const shortBy = metric.direction === 'higher' ? metric.target - value : value - metric.target;
  if (shortBy <= 0) return 'met';
  const tolerance = Math.max(Math.abs(metric.target) * NEAR_SHARE, metric.nps ? 1 : 0);
  return shortBy <= tolerance ? 'near' : 'missed';
}
