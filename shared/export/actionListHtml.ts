// The pain-point action list for the client (痛点改善行动清单): one row per pain point — owner, due
// date, loop status, the pain point, its scene and the improvement plan — on A4 landscape sheets.
// Rows are measured with shared/text.ts and cut into pages by packPages (a row never splits; the
// column heads repeat on each sheet). All text is the map's, from anywhere: it is escaped.
import type { Locale } from '../model.ts';
import { OVERDUE_GLYPH, statusWord, type BoardItem } from '../painBoard.ts';
import { DETAIL_COLOUR, FONT_STACK, INK_COLOUR, LINE_COLOUR, SEVERITY_COLOUR, laneColours } from '../theme.ts';
import { wrapText } from '../text.ts';
import { packPages, type Piece } from './handbookPages.ts';
import { exportPageHead } from './printPage.ts';
import { escapeXml as esc } from './svg.ts';

const PX_PER_MM = 96 / 25.4;
/** A4 landscape; a sheet a hair shorter than its page so rounding never spills onto a blank one. */
const PAGE = { width: 297, height: 209, top: 12, side: 12, bottom: 16 };
const CONTENT_WIDTH_MM = PAGE.width - 2 * PAGE.side;
export const ACTION_CONTENT_HEIGHT = (PAGE.height - PAGE.top - PAGE.bottom) * PX_PER_MM;
const FONT = 11;
const LINE = 15;
const PAD = 4;
const TITLE_HEIGHT = 30 + 20 + 10;
const SAFETY = 0.92;

/** Columns in mm: no., owner, due, status, pain point, scene, plan (the rest of the width). */
export const ACTION_COLUMNS = ['no', 'owner', 'due', 'status', 'painPoint', 'scene', 'plan'] as const;
type Column = (typeof ACTION_COLUMNS)[number];
const FIXED: Record<Exclude<Column, 'plan'>, number> = { no: 9, owner: 30, due: 29, status: 24, painPoint: 68, scene: 40 };
const WIDTHS: Record<Column, number> = { ...FIXED, plan: CONTENT_WIDTH_MM - Object.values(FIXED).reduce((a, b) => a + b, 0) };

const WORDS: Record<Locale, { title: string; heads: Record<Column, string>; counts: (open: number, overdue: number, all: number) => string; none: string; page: (i: number, n: number) => string; overdue: string }> = {
  en: {
    title: 'Pain-point action list',
    heads: { no: 'No.', owner: 'Owner', due: 'Due', status: 'Status', painPoint: 'Pain point', scene: 'Scene', plan: 'Improvement plan' },
    counts: (open, overdue, all) => `${open} open · ${overdue} overdue · ${all} in all`,
    none: '—',
    page: (i, n) => `page ${i} of ${n}`,
    overdue: 'overdue',
  },
  'zh-CN': {
    title: '痛点改善行动清单',
    heads: { no: '序号', owner: '负责人', due: '截止日期', status: '状态', painPoint: '痛点', scene: '场景', plan: '改善计划' },
    counts: (open, overdue, all) => `未关闭 ${open} · 已逾期 ${overdue} · 共 ${all}`,
    none: '—',
    page: (i, n) => `第 ${i} 页，共 ${n} 页`,
    overdue: '已逾期',
  },
};

/** Open ones first, soonest due first (no date after the dated), then the closed ones; else map order. */
export function actionOrder(items: readonly BoardItem[]): BoardItem[] {
  const rank = (i: BoardItem) => (i.status === 'closed' ? 2 : i.due ? 0 : 1);
  return items
    .map((item, at) => ({ item, at }))
    .sort((a, b) => rank(a.item) - rank(b.item) || (a.item.due ?? '').localeCompare(b.item.due ?? '') || a.at - b.at)
    .map(({ item }) => item);
}

const cellLines = (text: string, column: Column) => Math.max(1, wrapText(text, (WIDTHS[column] * PX_PER_MM - 2 * PAD) * SAFETY, FONT).length);

export interface ActionRow {
  cells: Record<Column, string>;
  overdue: boolean;
  /** CSS pixels */
  height: number;
}

export function actionRows(items: readonly BoardItem[], locale: Locale): ActionRow[] {
  const words = WORDS[locale] ?? WORDS.en;
  return actionOrder(items).map((item, i) => {
    const cells: Record<Column, string> = {
      no: String(i + 1),
      owner: item.owner.trim() || words.none,
      due: item.due ? `${item.overdue ? `${OVERDUE_GLYPH} ` : ''}${item.due}` : words.none,
      status: statusWord(item.status, locale),
      painPoint: item.text,
      scene: [item.stage, item.scene].filter(Boolean).join(' · '),
      plan: item.plan.trim() || words.none,
    };
    // an overdue row says so under its date
    const lines = Math.max(...ACTION_COLUMNS.map((c) => cellLines(cells[c], c) + (c === 'due' && item.overdue ? 1 : 0)));
    return { cells, overdue: item.overdue, height: lines * LINE + 2 * PAD + 1 };
  });
}

const headRow = (locale: Locale): Piece => {
  const words = WORDS[locale] ?? WORDS.en;
  return { height: LINE + 2 * PAD + 2, html: `<div class="row row--head">${ACTION_COLUMNS.map((c) => `<div class="cell">${esc(words.heads[c])}</div>`).join('')}</div>` };
};

export interface ActionListPages {
  html: string;
  pages: number;
  /** the rows on each page, for tests */
  rowsPerPage: number[];
}

export function actionListHtml(title: string, items: readonly BoardItem[], locale: Locale, date?: string): ActionListPages {
  const words = WORDS[locale] ?? WORDS.en;
  const rows = actionRows(items, locale);
  const open = items.filter((i) => i.status !== 'closed').length;
  const overdue = items.filter((i) => i.overdue).length;
  const heading: Piece = {
    height: TITLE_HEIGHT,
    html: `<div class="title">${esc(title)} — ${esc(words.title)}</div><div class="sub">${esc([words.counts(open, overdue, items.length), date].filter(Boolean).join(' · '))}</div>`,
  };
  const head = headRow(locale);
  const pieces: Piece[] = rows.map((row) => ({
    height: row.height,
    html: `<div class="row${row.overdue ? ' row--overdue' : ''}">${ACTION_COLUMNS.map((c) => `<div class="cell cell--${c}">${esc(row.cells[c])}${c === 'due' && row.overdue ? `<div class="late">${esc(words.overdue)}</div>` : ''}</div>`).join('')}</div>`,
  }));
  // The heading on the first page; the column heads at the top of every page.
  const packed = packPages(
    pieces.map((piece, i) => (i === 0 ? { pieces: [heading, head, piece] } : { pieces: [piece], lead: head })),
    ACTION_CONTENT_HEIGHT,
  );
  if (packed.length === 0) packed.push([heading, head]);
  const sections = packed.map(
    (page, i) =>
      `<section class="page">${page.map((p) => p.html).join('')}${page.length <= 2 && rows.length === 0 ? `<div class="empty">${esc(words.none)}</div>` : ''}<div class="footer"><span>${esc(`${title} · ${words.title}`)}</span><span>${esc(words.page(i + 1, packed.length))}</span></div></section>`,
  );
  return {
    html: `${exportPageHead(`${title} — ${words.title}`, locale, css())}${sections.join('')}</body></html>`,
    pages: packed.length,
    rowsPerPage: packed.map((page) => page.filter((p) => pieces.includes(p)).length),
  };
}

function css(): string {
  const accent = laneColours('painpoints');
  const columns = ACTION_COLUMNS.map((c) => `${WIDTHS[c].toFixed(2)}mm`).join(' ');
  return [
    `@page{size:297mm 210mm;margin:0}`,
    `body{font-family:${FONT_STACK};color:${INK_COLOUR};-webkit-print-color-adjust:exact;print-color-adjust:exact}`,
    `.page{position:relative;box-sizing:border-box;width:${PAGE.width}mm;height:${PAGE.height}mm;padding:${PAGE.top}mm ${PAGE.side}mm 0;break-after:page;overflow:hidden;overflow-wrap:anywhere}`,
    `.page:last-child{break-after:auto}`,
    `.title{font-size:20px;line-height:30px;font-weight:700}.sub{font-size:12px;line-height:20px;color:${DETAIL_COLOUR};margin-bottom:10px}`,
    `.row{display:grid;grid-template-columns:${columns};border-left:1px solid ${LINE_COLOUR};border-bottom:1px solid ${LINE_COLOUR};font-size:${FONT}px;line-height:${LINE}px;break-inside:avoid}`,
    `.row--head{border-top:1px solid ${INK_COLOUR};border-bottom:1px solid ${INK_COLOUR};font-weight:700;background:${accent.fill}}`,
    `.cell{padding:${PAD}px;border-right:1px solid ${LINE_COLOUR};min-width:0;white-space:pre-line}`,
    `.row--overdue .cell--due{color:${SEVERITY_COLOUR};font-weight:700}.late{font-size:${FONT}px}`,
    `.empty{padding:12px;color:${DETAIL_COLOUR}}`,
    `.footer{position:absolute;left:${PAGE.side}mm;right:${PAGE.side}mm;bottom:7mm;display:flex;justify-content:space-between;font-size:9.5px;line-height:13px;color:${DETAIL_COLOUR};border-top:1px solid ${LINE_COLOUR};padding-top:4px}`,
  ].join('');
}
