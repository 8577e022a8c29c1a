// Reading measured values pasted into a metric card (指标): a column of numbers, or one period
// and its value per line (tab, comma or space between them); for NPS the three answer counts
// promoters / passives / detractors, with or without a period. Numbers may be written the English
// way (1,234.5), the continental way (1.234,5) or with full-width characters (１２３４．５, －3), and
// may end in %. Blank lines are skipped; a line that cannot be read is reported, never dropped.
import type { MetricValue } from './laneKinds.ts';

/** The numbers the metric schema keeps (shared/laneKinds.ts): a value within ±1e12, a period of 40 characters, 500 periods. */
export const VALUE_LIMIT = 1e12;
export const COUNT_LIMIT = 1e9;
export const PERIOD_MAX = 40;
export const VALUES_MAX = 500;

export type PasteProblem = 'number' | 'fields' | 'count' | 'period' | 'range';

export interface PastedValue {
  /** null for a bare number (or three NPS counts): its period comes from its place (applyPasted) */
  period: string | null;
  value?: number;
  promoters?: number;
  passives?: number;
  detractors?: number;
}

export interface PasteResult {
  values: PastedValue[];
  /** every line that was not read, numbered from 1 as in the box */
  errors: { line: number; text: string; problem: PasteProblem }[];
}

/**
 * One number as people write it, or null. Full-width forms are folded (NFKC), spaces and a
 * trailing % dropped; "1,234" and "1.234.567" are thousands, "1,5" and "1.234,5" continental decimals.
 */
export function parseNumber(raw: string): number | null {
  let text = raw.normalize('NFKC').replace(/[\s\u00a0\u202f']/g, '').replace(/[\u2212\u2012\u2013]/g, '-').replace(/%$/, '');
  if (!/^[+-]?[\d.,]+$/.test(text) || !/\d/.test(text)) return null;
  const sign = text.startsWith('-') ? -1 : 1;
  text = text.replace(/^[+-]/, '');
  const lastComma = text.lastIndexOf(',');
  const lastDot = text.lastIndexOf('.');
  let decimal: ',' | '.' | null = null;
  let thousands: ',' | '.' = ',';
  if (lastComma >= 0 && lastDot >= 0) decimal = lastComma > lastDot ? ',' : '.';
  else if (lastComma >= 0) decimal = /^\d{1,3}(,\d{3})+$/.test(text) ? null : ',';
  else if (lastDot >= 0) decimal = /^\d{1,3}(\.\d{3}){2,}$/.test(text) ? null : '.';
  if (decimal === ',' || (decimal === null && lastDot >= 0)) thousands = '.';
  const [whole, fraction, ...more] = text.split(decimal ?? '\u0000');
  if (more.length > 0 || whole === undefined) return null;
  // thousands come in groups of three
  if (whole.includes(thousands) && !new RegExp(`^\\d{1,3}(\\${thousands}\\d{3})+$`).test(whole)) return null;
  if (!whole.includes(thousands) && /[.,]/.test(whole)) return null;
  if (fraction !== undefined && !/^\d+$/.test(fraction)) return null;
  const value = sign * Number(`${whole.replaceAll(thousands, '') || '0'}${fraction !== undefined ? `.${fraction}` : ''}`);
  return Number.isFinite(value) ? value : null;
}

/** A line's fields: by tab if it has one, else by runs of spaces, else by commas (a line that is one number stays whole). */
function fieldsOf(line: string): string[] {
  const folded = line.replace(/[，、；;]/g, ',').replace(/\u3000/g, ' ');
  if (folded.includes('\t')) return folded.split('\t').map((f) => f.trim()).filter(Boolean);
  const bySpace = folded.trim().split(/\s+/);
  if (bySpace.length > 1) return bySpace.map((f) => f.replace(/,$/, '')).filter(Boolean);
  if (parseNumber(folded) !== null) return [folded.trim()];
  return folded.split(',').map((f) => f.trim()).filter(Boolean);
}

/** Reads the box line by line (see the file's head). */
export function parseMetricValues(text: string, nps = false): PasteResult {
  const values: PastedValue[] = [];
  const errors: PasteResult['errors'] = [];
  text.split(/\r\n|\r|\n/).forEach((line, index) => {
    if (!line.trim()) return;
    const fail = (problem: PasteProblem) => errors.push({ line: index + 1, text: line.trim().slice(0, 200), problem });
    let fields = fieldsOf(line);
    const want = nps ? 3 : 1;
    // "Q1,1,234": the period, then a number that was split at its thousands
    if (!nps && fields.length > 2 && !line.includes('\t') && !/\s/.test(line.trim())) {
      const rest = fields.slice(1).join(',');
      if (parseNumber(rest) !== null) fields = [fields[0]!, rest];
    }
    let period: string | null = null;
    if (fields.length === want + 1) period = fields.shift()!.trim();
    else if (fields.length !== want) return fail('fields');
    if (period !== null && period.length > PERIOD_MAX) return fail('period');
    const numbers = fields.map(parseNumber);
    if (numbers.some((n) => n === null)) return fail('number');
    if (nps) {
      if (numbers.some((n) => !Number.isInteger(n) || n! < 0)) return fail('count');
      if (numbers.some((n) => n! > COUNT_LIMIT)) return fail('range');
      const [promoters, passives, detractors] = numbers as number[];
      values.push({ period, promoters, passives, detractors });
    } else {
      if (Math.abs(numbers[0]!) > VALUE_LIMIT) return fail('range');
      values.push({ period, value: numbers[0]! });
    }
  });
  return { values, errors };
}

/**
 * The metric's values after a paste: a value with a period replaces that period's or is added
 * after the others; bare values fill the periods already there in order, then new periods named
 * by their place ("4", "5" …). Never more than VALUES_MAX periods (the rest is counted as left out).
 */
export function applyPasted(existing: readonly MetricValue[], pasted: readonly PastedValue[]): { values: MetricValue[]; leftOut: number } {
  const values = existing.map((entry) => ({ ...entry }));
  let leftOut = 0;
  let next = 0;
  const measure = (entry: PastedValue): Omit<MetricValue, 'period'> =>
    entry.value !== undefined ? { value: entry.value } : { promoters: entry.promoters, passives: entry.passives, detractors: entry.detractors };
  const strip = (entry: MetricValue): MetricValue => ({ period: entry.period, ...Object.fromEntries(Object.entries(entry).filter(([key]) => !['period', 'value', 'promoters', 'passives', 'detractors'].includes(key))) });
  for (const entry of pasted) {
    let at = entry.period === null ? (next < values.length ? next++ : -1) : values.findIndex((v) => v.period === entry.period);
    if (at < 0) {
      if (values.length >= VALUES_MAX) {
        leftOut++;
        continue;
      }
      let period = entry.period;
      if (period === null) {
        let n = values.length + 1;
        while (values.some((v) => v.period === String(n))) n++;
        period = String(n);
        next = values.length + 1;
      }
      values.push({ period });
      at = values.length - 1;
    }
    values[at] = { ...strip(values[at]!), ...measure(entry) };
  }
  return { values, leftOut };
}
