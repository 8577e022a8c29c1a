// The inspector's caps on service action and opportunity fields are the schema's: a value as long
// as the inspector lets it be saves, one character more would not. And a cut never splits a character.
import { describe, expect, it } from 'vitest';
import { CriterionScoreSchema, KIND_FIELD_SHAPES, MetricSchema, ServiceMeasureSchema } from '../../shared/laneKinds.ts';
import { LIMITS, clip } from '../../renderer/components/inspector/limits.ts';

const text = (n: number) => 'x'.repeat(n);
const list = (count: number, length = 1) => Array.from({ length: count }, () => text(length));
const ok = (schema: { safeParse: (v: unknown) => { success: boolean } }, value: unknown) => schema.safeParse(value).success;

describe('inspector limits', () => {
  it('match the card schema: at the limit it saves, one past it does not', () => {
    expect(ok(KIND_FIELD_SHAPES.steps, list(LIMITS.steps, LIMITS.step))).toBe(true);
    expect(ok(KIND_FIELD_SHAPES.steps, list(LIMITS.steps + 1))).toBe(false);
    expect(ok(KIND_FIELD_SHAPES.steps, [text(LIMITS.step + 1)])).toBe(false);
    expect(ok(KIND_FIELD_SHAPES.roles, list(LIMITS.roles, LIMITS.role))).toBe(true);
    expect(ok(KIND_FIELD_SHAPES.roles, list(LIMITS.roles + 1))).toBe(false);
    expect(ok(KIND_FIELD_SHAPES.roles, [text(LIMITS.role + 1)])).toBe(false);
    expect(ok(KIND_FIELD_SHAPES.role, text(LIMITS.role))).toBe(true);
    expect(ok(KIND_FIELD_SHAPES.role, text(LIMITS.role + 1))).toBe(false);
    expect(ok(KIND_FIELD_SHAPES.series, text(LIMITS.series))).toBe(true);
    expect(ok(KIND_FIELD_SHAPES.series, text(LIMITS.series + 1))).toBe(false);
    const long = text(LIMITS.measureLong);
    const short = text(LIMITS.measureShort);
    expect(ok(ServiceMeasureSchema, { training: { plan: long, frequency: short, owner: short }, inspection: { who: short, frequency: short, how: long } })).toBe(true);
    for (const measure of [
      { training: { plan: long + 'x', frequency: '', owner: '' } },
      { training: { plan: '', frequency: short + 'x', owner: '' } },
      { training: { plan: '', frequency: '', owner: short + 'x' } },
      { inspection: { who: short + 'x', frequency: '', how: '' } },
      { inspection: { who: '', frequency: short + 'x', how: '' } },
      { inspection: { who: '', frequency: '', how: long + 'x' } },
    ]) {
      expect(ok(ServiceMeasureSchema, measure)).toBe(false);
    }
    expect(ok(CriterionScoreSchema, { value: 3, reason: text(LIMITS.reason) })).toBe(true);
    expect(ok(CriterionScoreSchema, { value: 3, reason: text(LIMITS.reason + 1) })).toBe(false);
    const metric = { type: 'outcome', definition: text(LIMITS.metricDefinition), unit: text(LIMITS.metricUnit), department: text(LIMITS.metricDepartment), source: text(LIMITS.metricSource), period: text(LIMITS.metricPeriod), direction: 'higher', display: 'number', values: Array.from({ length: LIMITS.values }, () => ({ period: text(LIMITS.valuePeriod), value: 1 })) };
    expect(ok(MetricSchema, metric)).toBe(true);
    for (const key of ['definition', 'unit', 'department', 'source', 'period'] as const) expect(ok(MetricSchema, { ...metric, [key]: metric[key] + 'x' }), key).toBe(false);
    expect(ok(MetricSchema, { ...metric, values: [...metric.values, { period: '', value: 1 }] })).toBe(false);
    expect(ok(MetricSchema, { ...metric, values: [{ period: text(LIMITS.valuePeriod + 1), value: 1 }] })).toBe(false);
  });

  it('cut a long text at the limit, at a character, never in the middle of an emoji', () => {
    expect(clip('short', 10)).toBe('short');
    expect(clip('abcdef', 3)).toBe('abc');
    // 😀 is two UTF-16 units: at 3 units, the second one would only fit half.
    expect(clip('ab😀c', 3)).toBe('ab');
    expect(clip('ab😀c', 4)).toBe('ab😀');
    expect(clip('微笑服务', 2)).toBe('微笑');
    const pasted = '𠮷'.repeat(1500);
    const cut = clip(pasted, LIMITS.step);
    expect(cut.length).toBe(LIMITS.step);
    expect([...cut].every((c) => c === '𠮷')).toBe(true);
    expect(ok(KIND_FIELD_SHAPES.steps, [cut])).toBe(true);
  });
});
