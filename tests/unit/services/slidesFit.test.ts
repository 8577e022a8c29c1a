import { describe, expect, it } from 'vitest';
import { fitTable, type FitOptions } from '../../../electron/services/slides/fit.ts';

const options: FitOptions = { widths: [1, 2], height: 1, sizes: [12, 10, 8], marginX: 0.1, marginY: 0.1, lineHeight: 1.2 };
const total = (heights: number[]) => heights.reduce((a, b) => a + b, 0);

describe('fitTable', () => {
  it('keeps the largest size that fits', () => {
    const result = fitTable([[['Lane'], ['Scene']], [['Needs'], ['Know the price']]], options);
    expect(result.fontSize).toBe(12);
    expect(result.rows).toEqual([[['Lane'], ['Scene']], [['Needs'], ['Know the price']]]);
    expect(total(result.rowHeights)).toBeLessThanOrEqual(1);
  });

  it('shrinks as the text grows, and the rows stay within the height', () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
    const sizes = [8, 14, 20].map((n) => fitTable([[['a'], [words(n)]]], options));
    expect(sizes.map((r) => r.fontSize)).toEqual([12, 10, 8]);
    for (const r of sizes) expect(total(r.rowHeights)).toBeLessThanOrEqual(1 + 1e-9);
  });

  it('cuts cells to the same number of lines at the smallest size, ending in …, but never the header', () => {
    const long = Array.from({ length: 200 }, (_, i) => `w${i}`).join(' ');
    const result = fitTable([[['Head'], ['Title', 'Channel']], [['x'], [long]], [['y'], [long]]], { ...options, keepRows: 1 });
    expect(result.fontSize).toBe(8);
    expect(total(result.rowHeights)).toBeLessThanOrEqual(1 + 1e-9);
    expect(result.rows[0]).toEqual([['Head'], ['Title', 'Channel']]);
    const cut = result.rows[1]![1]!;
    expect(cut.length).toBeGreaterThan(0);
    expect(cut.at(-1)!.endsWith('…')).toBe(true);
    expect(cut.join(' ').length).toBeLessThan(long.length);
  });
});
