import { describe, expect, it } from 'vitest';
import type { Metric } from '../../shared/laneKinds.ts';
import { metricStatus, npsScore, series } from '../../shared/metrics.ts';

const metric = (fields: Partial<Metric>): Metric => ({ type: 'outcome', definition: '', unit: '', department: '', source: '', period: 'month', direction: 'higher', display: 'number', values: [], ...fields });

describe('metrics', () => {
  it('NPS is % promoters − % detractors of all answers, null without any', () => {
    expect(npsScore({ promoters: 60, passives: 30, detractors: 10 })).toBe(50);
    expect(npsScore({ promoters: 0, passives: 0, detractors: 5 })).toBe(-100);
    expect(npsScore({})).toBeNull();
    const nps = metric({ nps: true, values: [{ period: '2026-10', promoters: 50, passives: 30, detractors: 20 }, { period: '2026-11' }] });
    expect(series(nps)).toEqual([{ period: '2026-10', value: 30 }]);
  });

  it('met, near (within 10 % of the target) or missed, by direction; none without a target or a value', () => {
    const up = metric({ target: 80, values: [{ period: 'Q1', value: 70 }, { period: 'Q2', value: 75 }] });
    expect(metricStatus(up)).toBe('near');
    expect(metricStatus(up, 80)).toBe('met');
    expect(metricStatus(up, 60)).toBe('missed');
    const down = metric({ direction: 'lower', target: 10, values: [{ period: 'W1', value: 9 }] });
    expect(metricStatus(down)).toBe('met');
    expect(metricStatus(down, 10.5)).toBe('near');
    expect(metricStatus(down, 12)).toBe('missed');
    expect(metricStatus(metric({ values: [{ period: 'x', value: 1 }] }))).toBeNull();
    expect(metricStatus(metric({ target: 5 }))).toBeNull();
    // NPS around 0: near means within a point
    expect(metricStatus(metric({ nps: true, target: 0, values: [{ period: 'x', promoters: 49, passives: 1, detractors: 50 }] }))).toBe('near');
  });
});
