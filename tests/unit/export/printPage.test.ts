import { describe, expect, it } from 'vitest';
import { planPages } from '../../../shared/export/pages.ts';
import { pdfPageHtml, rasterPageHtml } from '../../../shared/export/printPage.ts';
import { renderSvg } from '../../../shared/export/svg.ts';
import { createDocument } from '../../../shared/templates.ts';

const doc = createDocument('car-dealer', 'zh-CN');
const map = renderSvg(doc, { date: '2026-11-23' });

describe('print pages', () => {
  it('fit: one sheet of the chosen paper, the map centred on it, drawn once', () => {
    const plan = planPages(map.width, map.height, { size: 'A3', landscape: true, margin: 10, mode: 'fit' });
    const html = pdfPageHtml(map, plan, doc.map.title, 'zh-CN');
    expect(html).toContain('@page{size:420mm 297mm;margin:0}');
    expect(html.match(/<section class="sheet">/g)).toHaveLength(1);
    expect(html.match(/class="card"/g)).toHaveLength(Object.keys(doc.cards).length);
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).not.toContain('<script');
  });

  it('tile: one sheet per tile, each showing the shared map cropped to its tile, labelled, with overlap marks', () => {
    const plan = planPages(map.width, map.height, { size: 'A4', landscape: false, margin: 10, mode: 'tile', overlap: 10 });
    const html = pdfPageHtml(map, plan, doc.map.title, 'zh-CN');
    const sheets = html.match(/<section class="sheet">/g) ?? [];
    expect(sheets).toHaveLength(plan.tiles.length);
    expect(plan.tiles.length).toBeGreaterThan(4);
    // The map markup is in the page once; every sheet refers to it.
    expect(html.match(/class="card"/g)).toHaveLength(Object.keys(doc.cards).length);
    expect(html.match(/<use href="#map"\/>/g)).toHaveLength(plan.tiles.length);
    for (const [i, tile] of plan.tiles.entries()) {
      expect(html).toContain(`viewBox="${tile.x} ${tile.y} `);
      expect(html).toContain(`拼贴 ${tile.label} · 第 ${i + 1} 页，共 ${plan.tiles.length} 页`);
    }
    // Blue dashed marks where the next sheet starts: one pair per right or lower neighbour.
    const marks = html.match(/stroke="#0ea5e9"/g) ?? [];
    expect(marks).toHaveLength(2 * ((plan.columns - 1) * plan.rows + (plan.rows - 1) * plan.columns));
  });

  it('no labels when the margin is too small to hold them', () => {
    const plan = planPages(map.width, map.height, { size: 'A4', landscape: true, margin: 2, mode: 'tile', overlap: 10 });
    expect(pdfPageHtml(map, plan, doc.map.title, 'en')).not.toContain('sheet A1');
  });

  it('raster page: the SVG alone, with the id the capture moves', () => {
    const html = rasterPageHtml(map, doc.map.title, 'zh-CN');
    expect(html).toContain('<svg id="map" xmlns="http://www.w3.org/2000/svg"');
    expect(html).not.toContain('<?xml');
  });
});
