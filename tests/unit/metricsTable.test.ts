import { describe, expect, it } from 'vitest';
import type { Metric } from '../../shared/laneKinds.ts';
import { metricMeta, metricStatusText, sparkline, textGauge, trendArrow } from '../../shared/metricText.ts';
import { csvCell, metricRows, metricsCsv, type CsvWords, type MetricRow } from '../../shared/metricsTable.ts';
import { createDocument } from '../../shared/templates.ts';
import { cardMetaParts } from '../../shared/cardStyle.ts';
import en from '../../shared/locales/en.json' with { type: 'json' };
import zh from '../../shared/locales/zh-CN.json' with { type: 'json' };
import { CSV_COLUMNS } from '../../shared/metricsTable.ts';

const metric = (fields: Partial<Metric>): Metric => ({ type: 'outcome', definition: '', unit: '', department: '', source: '', period: 'month', direction: 'higher', display: 'number', values: [], ...fields });

describe('metric text on the card', () => {
  it('says the status with a glyph and the numbers, with the unit', () => {
    expect(metricStatusText(metric({ target: 40, values: [{ period: 'a', value: 42 }] }))).toEqual({ text: '✓ 42 / 40', status: 'met' });
    expect(metricStatusText(metric({ target: 40, unit: '%', values: [{ period: 'a', value: 38 }] }))).toEqual({ text: '≈ 38 / 40%', status: 'near' });
    expect(metricStatusText(metric({ target: 5, unit: 'min', direction: 'lower', values: [{ period: 'a', value: 7.25 }] }))).toEqual({ text: '✗ 7.3 / 5 min', status: 'missed' });
    expect(metricStatusText(metric({ unit: 'min', values: [{ period: 'a', value: 3 }] }))).toEqual({ text: '3 min', status: null });
    expect(metricStatusText(metric({ target: 3 }))).toBeNull();
    expect(metricStatusText(metric({ nps: true, target: 30, values: [{ period: 'a', promoters: 2, passives: 0, detractors: 1 }] }))?.text).toBe('✓ 33.3 / 30');
  });

  it('draws a sparkline from the lowest to the highest value, from 2 periods on', () => {
    expect(sparkline([1])).toBeNull();
    expect(sparkline([0, 7])).toBe('▁█');
    expect(sparkline([10, 20, 15, 30])).toBe('▁▅▃█');
    expect(sparkline([5, 5, 5])).toBe('▄▄▄');
    expect(sparkline(Array.from({ length: 20 }, (_, i) => i))).toHaveLength(12);
  });

  it('gives the metric card its meta parts: status tone, then the sparkline', () => {
    expect(metricMeta(undefined)).toEqual([]);
    // the display form: a gauge towards the target, or the way of the last change
    const two = { target: 40, values: [{ period: 'a', value: 20 }, { period: 'b', value: 30 }] };
    expect(metricMeta(metric({ ...two, display: 'gauge' })).map((p) => p.text)).toEqual(['✗ 30 / 40', '▰▰▰▰▱', '▁█']);
    expect(metricMeta(metric({ ...two, display: 'trend' })).map((p) => p.text)).toEqual(['✗ 30 / 40', '▁█ ↗']);
    expect(textGauge(metric({ target: 10, direction: 'lower', values: [{ period: 'a', value: 20 }] }))).toBe('▰▰▰▱▱');
    expect(textGauge(metric({ target: 10, values: [{ period: 'a', value: 50 }] }))).toBe('▰▰▰▰▰');
    expect(textGauge(metric({ nps: true, target: 0, values: [{ period: 'a', promoters: 1 }] }))).toBeNull();
    expect(trendArrow([3])).toBeNull();
    expect(trendArrow([3, 2])).toBe('↘');
    expect(trendArrow([3, 3])).toBe('→');
    expect(metricMeta(metric({ target: 40, values: [{ period: 'a', value: 20 }, { period: 'b', value: 42 }] }))).toEqual([
      { text: '✓ 42 / 40', tone: 'metric-met' },
      { text: '▁█', tone: 'sparkline' },
    ]);
    // the template's needs lane made a metrics lane, its first card a metric
    const withCard = structuredClone(createDocument('car-dealer', 'en'));
    withCard.lanes['lane-needs']!.kind = 'metrics';
    const first = Object.values(withCard.cards).find((c) => c.laneId === 'lane-needs')!;
    Object.assign(first, { text: 'NPS', metric: metric({ target: 40, values: [{ period: 'a', value: 20 }] }) });
    expect(cardMetaParts(withCard, first)).toEqual([{ text: '✗ 20 / 40', tone: 'metric-missed' }]);
    expect(metricRows(withCard).find((r) => r.name === 'NPS')).toMatchObject({ status: 'missed', latest: 20 });
  });
});

const words: CsvWords = {
  columns: { name: 'Metric', type: 'Type', definition: 'Definition', unit: 'Unit', department: 'Owner', source: 'Source', period: 'Period', target: 'Target', direction: 'Better', latestPeriod: 'Latest period', latest: 'Latest', status: 'Status', stage: 'Stage', scene: 'Scene' },
  type: { outcome: 'Outcome', process: 'Process', nps: 'NPS' },
  direction: { higher: 'higher', lower: 'lower' },
  status: { met: 'met', near: 'near', missed: 'missed' },
};
const row = (fields: Partial<MetricRow>): MetricRow => ({ cardId: 'c', name: 'n', nps: false, type: 'process', definition: '', unit: '', department: '', source: '', period: '', target: null, direction: 'higher', latest: null, latestPeriod: null, status: null, stage: '', scene: '', ...fields });

describe('metrics CSV', () => {
  it('quotes as RFC 4180 and defuses formulas, leaving plain numbers alone', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(' padded')).toBe('" padded"');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('\tx')).toBe(`'\tx`);
    expect(csvCell('-3.5')).toBe('-3.5');
  });

  it('writes a BOM, a heading and one row per metric, CRLF between rows, Chinese intact', () => {
    const csv = metricsCsv([row({ name: '净推荐值', nps: true, type: 'outcome', department: '客服部', target: 30, latest: 33.333, latestPeriod: '2026-11', status: 'met', unit: '分' }), row({ name: '=cmd', target: -5, latest: -7 })], words);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('Metric,Type,Definition,Unit,Owner,Source,Period,Target,Better,Latest period,Latest,Status,Stage,Scene');
    expect(lines[1]).toBe('净推荐值,Outcome (NPS),,分,客服部,,,30,higher,2026-11,33.3,met,,');
    expect(lines[2]).toBe("'=cmd,Process,,,,,,-5,higher,,-7,,,");
    expect(lines[3]).toBe('');
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });
});

describe('metrics words', () => {
  it('both languages name every CSV column, type, status and paste problem', () => {
    for (const locale of [en, zh]) {
      const words = locale.metrics;
      for (const column of CSV_COLUMNS) expect(words.columns[column], column).toBeTruthy();
      expect(Object.keys(words.status).sort()).toEqual(['met', 'missed', 'near', 'none']);
      expect(Object.keys(words.types).sort()).toEqual(['outcome', 'process']);
      expect(Object.keys(words.problems).sort()).toEqual(['count', 'fields', 'number', 'period', 'range']);
    }
  });
});
