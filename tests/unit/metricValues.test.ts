import { describe, expect, it } from 'vitest';
import { applyPasted, parseMetricValues, parseNumber, VALUES_MAX } from '../../shared/metricValues.ts';

describe('parseNumber', () => {
  it('reads English, continental and full-width numbers', () => {
    expect(parseNumber('42')).toBe(42);
    expect(parseNumber('4.5')).toBe(4.5);
    expect(parseNumber('1,234')).toBe(1234);
    expect(parseNumber('1,234,567.5')).toBe(1234567.5);
    expect(parseNumber('1.234,5')).toBe(1234.5);
    expect(parseNumber('1.234.567')).toBe(1234567);
    expect(parseNumber('1,5')).toBe(1.5);
    expect(parseNumber('１２３４．５')).toBe(1234.5);
    expect(parseNumber('１，２３４')).toBe(1234);
    expect(parseNumber('－3')).toBe(-3);
    expect(parseNumber('−3.5')).toBe(-3.5);
    expect(parseNumber('85%')).toBe(85);
    expect(parseNumber('８５％')).toBe(85);
    expect(parseNumber(' 12 ')).toBe(12);
  });

  it('refuses what is not a number', () => {
    for (const text of ['', 'abc', '12a', '1,2,3', '1.2.3,4,5', '--3', '1,23,456', '.', ',']) expect(parseNumber(text), text).toBeNull();
  });
});

describe('parseMetricValues', () => {
  it('reads a column of numbers, skipping blank lines', () => {
    expect(parseMetricValues('42\n\n  \n38,5\r\n1,234\n')).toEqual({
      values: [
        { period: null, value: 42 },
        { period: null, value: 38.5 },
        { period: null, value: 1234 },
      ],
      errors: [],
    });
  });

  it('reads period/value pairs by tab, comma or spaces, in both languages', () => {
    const { values, errors } = parseMetricValues('2026-01\t42\n2026-02,40.5\n2026-03   1,234.5\n一月，３８\n二月 39%\nQ1,1,234');
    expect(errors).toEqual([]);
    expect(values).toEqual([
      { period: '2026-01', value: 42 },
      { period: '2026-02', value: 40.5 },
      { period: '2026-03', value: 1234.5 },
      { period: '一月', value: 38 },
      { period: '二月', value: 39 },
      { period: 'Q1', value: 1234 },
    ]);
  });

  it('reports every line it cannot read with its number, and keeps the rest', () => {
    const { values, errors } = parseMetricValues('42\nabc\n2026-02\tx\n1 2 3\n\n7');
    expect(values).toEqual([
      { period: null, value: 42 },
      { period: null, value: 7 },
    ]);
    expect(errors).toEqual([
      { line: 2, text: 'abc', problem: 'number' },
      { line: 3, text: '2026-02\tx', problem: 'number' },
      { line: 4, text: '1 2 3', problem: 'fields' },
    ]);
    expect(parseMetricValues(`${'x'.repeat(41)}\t3`).errors[0]?.problem).toBe('period');
    expect(parseMetricValues('1e99').errors[0]?.problem).toBe('number');
    expect(parseMetricValues('9999999999999').errors[0]?.problem).toBe('range');
  });

  it('reads NPS answers as three counts, with or without a period', () => {
    const { values, errors } = parseMetricValues('60 30 10\n2026-02\t55\t35\t10\n2026-03,1,2,x\n5 5 5.5\n2026-04 -1 2 3', true);
    expect(values).toEqual([
      { period: null, promoters: 60, passives: 30, detractors: 10 },
      { period: '2026-02', promoters: 55, passives: 35, detractors: 10 },
    ]);
    expect(errors.map((e) => [e.line, e.problem])).toEqual([
      [3, 'number'],
      [4, 'count'],
      [5, 'count'],
    ]);
  });
});

describe('applyPasted', () => {
  const existing = [{ period: 'Q1', value: 1 }, { period: 'Q2' }];
  it('bare values fill the periods there in order, then new numbered ones', () => {
    expect(applyPasted(existing, [{ period: null, value: 10 }, { period: null, value: 20 }, { period: null, value: 30 }]).values).toEqual([
      { period: 'Q1', value: 10 },
      { period: 'Q2', value: 20 },
      { period: '3', value: 30 },
    ]);
  });
  it('a value with a period replaces that period or is added', () => {
    expect(applyPasted(existing, [{ period: 'Q2', value: 5 }, { period: 'Q3', value: 6 }]).values).toEqual([
      { period: 'Q1', value: 1 },
      { period: 'Q2', value: 5 },
      { period: 'Q3', value: 6 },
    ]);
    expect(applyPasted([{ period: 'M1', value: 3 }], [{ period: 'M1', promoters: 1, passives: 2, detractors: 3 }]).values).toEqual([{ period: 'M1', promoters: 1, passives: 2, detractors: 3 }]);
  });
  it('never holds more periods than the schema', () => {
    const many = Array.from({ length: VALUES_MAX + 3 }, (_, i) => ({ period: `p${i}`, value: i }));
    const result = applyPasted([], many);
    expect(result.values).toHaveLength(VALUES_MAX);
    expect(result.leftOut).toBe(3);
  });
});
