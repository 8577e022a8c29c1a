import { describe, expect, it } from 'vitest';
import { MM_PER_CSS_PIXEL, PAGE_SIZES, planPages } from '../../../shared/export/pages.ts';

describe('page planning', () => {
  it('fits the whole map on one page, keeping its proportions', () => {
    const plan = planPages(3528, 1090, { size: 'A3', landscape: true, margin: 10, mode: 'fit' });
    expect([plan.pageWidth, plan.pageHeight]).toEqual([420, 297]);
    expect(plan.tiles).toHaveLength(1);
    expect(3528 * plan.mmPerPixel).toBeCloseTo(400); // limited by the width
    expect(1090 * plan.mmPerPixel).toBeLessThanOrEqual(277);
  });

  it('tiles at 100 % with overlaps; the tiles cover the whole map', () => {
    const plan = planPages(3528, 1090, { size: 'A4', landscape: false, margin: 10, mode: 'tile', overlap: 10 });
    const tileWidth = (210 - 20) / MM_PER_CSS_PIXEL;
    const overlap = 10 / MM_PER_CSS_PIXEL;
    expect(plan.mmPerPixel).toBe(MM_PER_CSS_PIXEL);
    expect(plan.columns).toBe(Math.ceil((3528 - overlap) / (tileWidth - overlap)));
    expect(plan.tiles).toHaveLength(plan.rows * plan.columns);
    const last = plan.tiles.at(-1)!;
    expect(last.x + last.width).toBeGreaterThanOrEqual(3528);
    expect(last.y + last.height).toBeGreaterThanOrEqual(1090);
    // Neighbours share exactly the overlap.
    const [a1, a2] = plan.tiles;
    expect(a1!.x + a1!.width - a2!.x).toBeCloseTo(overlap);
    expect(plan.tiles.map((t) => t.label).slice(0, 3)).toEqual(['A1', 'A2', 'A3']);
    expect(plan.tiles.find((t) => t.row === 1)?.label).toBe('B1');
  });

  it('one page when the map is smaller than the paper; custom sizes and orientation', () => {
    expect(planPages(300, 200, { size: 'A0', mode: 'tile' }).tiles).toHaveLength(1);
    const custom = planPages(1000, 1000, { size: { width: 1000, height: 500 }, mode: 'fit' });
    expect([custom.pageWidth, custom.pageHeight]).toEqual([500, 1000]);
    expect(Object.keys(PAGE_SIZES)).toEqual(['A4', 'A3', 'A2', 'A1', 'A0', 'Letter']);
  });

  it('keeps margins and overlaps sensible', () => {
    const plan = planPages(5000, 5000, { size: 'A4', mode: 'tile', margin: 500, overlap: 500 });
    expect(plan.margin).toBeLessThanOrEqual(210 / 4);
    expect(plan.tiles.every((t) => t.width > 0 && t.height > 0)).toBe(true);
  });
});
