// The HTML pages Chromium prints (PDF) or photographs (PNG). The map is the renderer's SVG;
// a tiled PDF shows it once per sheet through <use>, cropped to the sheet's tile, with the
// sheet's label and overlap marks in the margin so the sheets can be taped together.
import type { Locale } from '../model.ts';
import type { PagePlan, Tile } from './pages.ts';
import { escapeXml, type SvgResult } from './svg.ts';
import { FONT_STACK } from '../theme.ts';

const WORDS: Record<Locale, { sheet: (title: string, label: string, i: number, n: number) => string; glue: string }> = {
  en: { sheet: (title, label, i, n) => `${title} — sheet ${label} · page ${i} of ${n}`, glue: 'Blue marks: where the next sheet starts (overlap)' },
  'zh-CN': { sheet: (title, label, i, n) => `${title} — 拼贴 ${label} · 第 ${i} 页，共 ${n} 页`, glue: '蓝色虚线：下一张从此处开始（重叠区）' },
};

// The export page is built from a map file that came from anywhere, so it may load and run
// nothing: its styles are inline (<style> and style=""), its only images are data: URLs (the
// logo), its fonts are the system's. script-src 'none': the app's own measuring code arrives
// through executeJavaScript / page.evaluate, which the page's CSP does not govern.
export const EXPORT_PAGE_CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src 'none'; base-uri 'none'; form-action 'none'";

const mm = (value: number) => `${Number(value.toFixed(3))}mm`;

/** The start of every export page: its language, its CSP and its styles. */
export function exportPageHead(title: string, lang: Locale, pageCss: string): string {
  return [
    '<!doctype html>',
    `<html lang="${lang}"><head><meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="${EXPORT_PAGE_CSP}">`,
    `<title>${escapeXml(title)}</title>`,
    `<style>html,body{margin:0;padding:0;background:transparent}svg{display:block}${pageCss}</style>`,
    '</head><body>',
  ].join('');
}

/** One sheet of a tiled print: where the neighbours overlap, and the sheet's name. */
function tileMarks(plan: PagePlan, tile: Tile, index: number, title: string, lang: Locale): string {
  const words = WORDS[lang];
  const { pageWidth: w, pageHeight: h, margin: m } = plan;
  const overlap = (tile.x + tile.width - (plan.tiles[index + 1]?.x ?? tile.x + tile.width)) * plan.mmPerPixel;
  const out: string[] = [];
  const tick = (x1: number, y1: number, x2: number, y2: number) =>
    `<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" stroke="#64748b" stroke-width="0.25"/>`;
  // Crop marks at the corners of the printed area.
  for (const [x, y] of [[m, m], [w - m, m], [m, h - m], [w - m, h - m]] as const) {
    out.push(tick(x, y < h / 2 ? y - m * 0.8 : y + m * 0.2, x, y < h / 2 ? y - m * 0.2 : y + m * 0.8));
    out.push(tick(x < w / 2 ? x - m * 0.8 : x + m * 0.2, y, x < w / 2 ? x - m * 0.2 : x + m * 0.8, y));
  }
  // Where the next sheet to the right and below begins.
  const dash = 'stroke="#0ea5e9" stroke-width="0.35" stroke-dasharray="1.5 1"';
  if (tile.column < plan.columns - 1 && overlap > 0) {
    const x = w - m - overlap;
    out.push(`<line x1="${x}" y1="${m * 0.2}" x2="${x}" y2="${m}" ${dash}/>`, `<line x1="${x}" y1="${h - m}" x2="${x}" y2="${h - m * 0.2}" ${dash}/>`);
  }
  const below = plan.tiles[index + plan.columns];
  const overlapY = below ? (tile.y + tile.height - below.y) * plan.mmPerPixel : 0;
  if (tile.row < plan.rows - 1 && overlapY > 0) {
    const y = h - m - overlapY;
    out.push(`<line x1="${m * 0.2}" y1="${y}" x2="${m}" y2="${y}" ${dash}/>`, `<line x1="${w - m}" y1="${y}" x2="${w - m * 0.2}" y2="${y}" ${dash}/>`);
  }
  if (m >= 5) {
    const size = Math.min(3.2, m * 0.45);
    out.push(
      `<text x="${m + 2}" y="${h - m * 0.35}" font-size="${size}" fill="#334155" font-weight="700">${escapeXml(words.sheet(title, tile.label, index + 1, plan.tiles.length))}</text>`,
      `<text x="${w - m - 2}" y="${h - m * 0.35}" font-size="${size * 0.8}" fill="#0369a1" text-anchor="end">${escapeXml(words.glue)}</text>`,
    );
  }
  return `<svg class="marks" width="${mm(w)}" height="${mm(h)}" viewBox="0 0 ${w} ${h}" font-family="${escapeXml(FONT_STACK)}">${out.join('')}</svg>`;
}

/** The document Chromium prints to PDF: one sheet per tile of the plan. */
export function pdfPageHtml(map: SvgResult, plan: PagePlan, title: string, lang: Locale): string {
  const { pageWidth: w, pageHeight: h, margin: m } = plan;
  const css =
    `@page{size:${mm(w)} ${mm(h)};margin:0}` +
    `.sheet{position:relative;width:${mm(w)};height:${mm(h)};overflow:hidden;break-after:page}` +
    `.sheet:last-child{break-after:auto}.map{position:absolute}.marks{position:absolute;left:0;top:0}`;
  const single = plan.tiles.length === 1;
  const sheets = plan.tiles.map((tile, i) => {
    const width = Math.min(tile.width, map.width - tile.x) * plan.mmPerPixel;
    const height = Math.min(tile.height, map.height - tile.y) * plan.mmPerPixel;
    // A fitted map is centred on its sheet; tiles start at the top left of the printed area.
    const left = single ? (w - width) / 2 : m;
    const top = single ? (h - height) / 2 : m;
    const view = `${tile.x} ${tile.y} ${width / plan.mmPerPixel} ${height / plan.mmPerPixel}`;
    const body = single
      ? map.content
      : `<use href="#map"/>`;
    return (
      `<section class="sheet">` +
      `<svg class="map" style="left:${mm(left)};top:${mm(top)}" width="${mm(width)}" height="${mm(height)}" viewBox="${view}" font-family="${escapeXml(FONT_STACK)}">${body}</svg>` +
      (single ? '' : tileMarks(plan, tile, i, title, lang)) +
      `</section>`
    );
  });
  const shared = single
    ? `<svg width="0" height="0" style="position:absolute"><defs>${map.defs}</defs></svg>`
    : `<svg width="0" height="0" style="position:absolute"><defs>${map.defs}<g id="map">${map.content}</g></defs></svg>`;
  return `${exportPageHead(title, lang, css)}${shared}${sheets.join('')}</body></html>`;
}

/** The document Chromium photographs for a PNG: the map alone at its own size. */
export function rasterPageHtml(map: SvgResult, title: string, lang: Locale): string {
  const css = `html,body{overflow:hidden}#map{transform-origin:0 0}`;
  const svg = map.svg.replace(/^<\?xml[^>]*\?>\s*/, '').replace('<svg ', '<svg id="map" ');
  return `${exportPageHead(title, lang, css)}${svg}</body></html>`;
}
