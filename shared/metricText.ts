// How a metric card (指标) reads in a few characters, on the canvas and in the export alike:
// its latest value against the target with a glyph for the status (✓ met, ≈ near, ✗ missed, so
// it never rests on colour alone), and a sparkline of block characters over its periods.
import type { MetaPart } from './cardStyle.ts';
import type { Metric } from './laneKinds.ts';
import { metricStatus, series, type MetricStatus } from './metrics.ts';

export const STATUS_GLYPHS: Record<MetricStatus, string> = { met: '✓', near: '≈', missed: '✗' };
const BLOCKS = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'] as const;
/** The sparkline shows at most this many of the latest periods. */
export const SPARK_POINTS = 12;

/** A value as short as it stays exact to a tenth: 42, 4.5, -3.3 (NPS scores are rounded to a tenth too). */
export function formatMetricValue(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

/** "42 / 40 min", "38 / 40%": the unit once, at the end, a per cent sign without a space. */
export function valueWithUnit(text: string, unit: string): string {
  const u = unit.trim();
  if (!u) return text;
  return u === '%' || u === '％' ? `${text}${u}` : `${text} ${u}`;
}

/** The latest value against the target, with its status glyph: "✓ 42 / 40", "≈ 38 / 40%"; without a target, the value alone. */
export function metricStatusText(metric: Metric): { text: string; status: MetricStatus | null } | null {
  const latest = series(metric).at(-1);
  if (!latest) return null;
  const status = metricStatus(metric, latest.value);
  const value = formatMetricValue(latest.value);
  if (status === null || metric.target === undefined) return { text: valueWithUnit(value, metric.unit), status: null };
  return { text: `${STATUS_GLYPHS[status]} ${valueWithUnit(`${value} / ${formatMetricValue(metric.target)}`, metric.unit)}`, status };
}

/** Block characters from the lowest to the highest of the latest SPARK_POINTS values (flat: all middle); null under 2 periods. */
export function sparkline(values: readonly number[]): string | null {
  const points = values.slice(-SPARK_POINTS);
  if (points.length < 2) return null;
  const low = Math.min(...points);
  const high = Math.max(...points);
  return points.map((v) => (high === low ? BLOCKS[3] : BLOCKS[Math.round(((v - low) / (high - low)) * (BLOCKS.length - 1))])).join('');
}

export const GAUGE_CELLS = 5;

/**
 * How far the latest value has come towards the target, in GAUGE_CELLS cells: "▰▰▰▱▱" (the
 * value's share of the target, or for lower-is-better the target's share of the value); null
 * without a value, or with a target at or below 0 where a share means nothing.
 */
export function textGauge(metric: Metric): string | null {
  const latest = series(metric).at(-1)?.value;
  if (latest === undefined || metric.target === undefined || metric.target <= 0) return null;
  const share = metric.direction === 'higher' ? latest / metric.target : latest > 0 ? metric.target / latest : 1;
  const filled = Math.round(Math.min(1, Math.max(0, share)) * GAUGE_CELLS);
  return '▰'.repeat(filled) + '▱'.repeat(GAUGE_CELLS - filled);
}

/** The way of the last change: ↗ up, ↘ down, → level; null under 2 periods. */
export function trendArrow(values: readonly number[]): string | null {
  if (values.length < 2) return null;
  const [before, last] = values.slice(-2) as [number, number];
  return last > before ? '↗' : last < before ? '↘' : '→';
}

/**
 * What a metric card shows under its text (shared/laneKinds.ts): the status, then the sparkline
 * from two periods on; its display form adds a gauge towards the target or the way of the last change.
 */
export function metricMeta(metric: Metric | undefined): MetaPart[] {
  if (!metric) return [];
  const status = metricStatusText(metric);
  const values = series(metric).map((s) => s.value);
  const spark = sparkline(values);
  const gauge = metric.display === 'gauge' ? textGauge(metric) : null;
  const arrow = metric.display === 'trend' ? trendArrow(values) : null;
  return [
    ...(status ? [{ text: status.text, tone: status.status ? (`metric-${status.status}` as const) : ('details' as const) }] : []),
    ...(gauge ? [{ text: gauge, tone: 'sparkline' as const }] : []),
    ...(spark ? [{ text: arrow ? `${spark} ${arrow}` : spark, tone: 'sparkline' as const }] : []),
  ];
}
