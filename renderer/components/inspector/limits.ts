// How long a field of the inspector may be and how many items a list may hold: the numbers of
// the card schema (shared/laneKinds.ts KIND_FIELD_SHAPES, ServiceMeasureSchema, CriterionScoreSchema),
// so a map edited here always saves. tests/unit/inspectorLimits.test.ts holds them to the schema.

export const LIMITS = {
  /** a service action's steps: how many, and each one's length */
  steps: 200,
  step: 2000,
  /** its roles: how many, and each name's length */
  roles: 50,
  role: 200,
  series: 200,
  /** the management measure: the plan and the how are long, the rest one line */
  measureLong: 2000,
  measureShort: 200,
  /** the one-line reason of an opportunity's score on a criterion */
  reason: 500,
  /** a metric card (MetricSchema): its definition, unit, owner, source, period; a period's name, how many periods */
  metricDefinition: 2000,
  metricUnit: 40,
  metricDepartment: 200,
  metricSource: 500,
  metricPeriod: 100,
  valuePeriod: 40,
  values: 500,
  /** the paste box: long enough for 500 periods of NPS answers */
  paste: 100_000,
  /** a pain point's loop (PainLoopSchema): its owner, and the improvement plan and check result */
  loopOwner: 200,
  loopText: 5000,
} as const;

/**
 * `text` cut to at most `max` UTF-16 units (what the schema and `maxLength` count), at a code
 * point, so an emoji or a rare CJK character is never split in half.
 */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let out = '';
  for (const char of text) {
    if (out.length + char.length > max) break;
    out += char;
  }
  return out;
}
