// A slide plan (shared/export/slides.ts) as a PowerPoint deck, written with pptxgenjs. Every word
// is an editable text box or table cell, the emotion curve is drawn shapes (lines and dots), so a
// consultant can restyle and correct the deck in PowerPoint or WPS; nothing is a picture.
import pptxgenjs from 'pptxgenjs';
import type { CurveBand, OpportunitySlide, SlidePlan, StageSlide, TitleSlide } from '../../../shared/export/slides.ts';
import type { Locale } from '../../../shared/model.ts';
import { INK_COLOUR, LINE_COLOUR, DETAIL_COLOUR } from '../../../shared/theme.ts';
import { fitTable, type FitCell } from './fit.ts';

// The types are read as CommonJS (the package has no "type": "module"), so TypeScript takes the
// default import for the module object; Node and Vite load the ES build, whose default is the
// class itself, and a bundle of the CommonJS build gives the class as well. Either way: the class.
type PptxClass = typeof pptxgenjs.default;
const PptxGenJS: PptxClass = (pptxgenjs as unknown as { default?: PptxClass }).default ?? (pptxgenjs as unknown as PptxClass);
type Pptx = InstanceType<PptxClass>;
type Slide = ReturnType<Pptx['addSlide']>;
type TextOptions = pptxgenjs.default.TextPropsOptions;
type TextRun = { text: string; options?: TextOptions };
type Cell = pptxgenjs.default.TableCell;

// LAYOUT_16x9: 10 × 5.625 inches.
const W = 10;
const H = 5.625;
const MARGIN = 0.4;
const HEADING_Y = 0.2;
const HEADING_H = 0.5;
const BODY_Y = 0.8;
const FOOTER_Y = H - 0.32;
const LANE_COLUMN = 1.5;
const CURVE_BAND = 1.25;
const CELL_MARGIN: [number, number, number, number] = [0.04, 0.06, 0.04, 0.06];
// The dark blue of the map export's stage headers and its light scene header (shared/export/svg.ts).
const STAGE_BLUE = '1E3A5F';
const SCENE_FILL = 'E8EEF5';

/** Office's own fonts: Microsoft YaHei has the Chinese glyphs, Calibri is the Latin default. */
export const FONT_FACE: Record<Locale, string> = { 'zh-CN': 'Microsoft YaHei', en: 'Calibri' };
const LANG: Record<Locale, string> = { 'zh-CN': 'zh-CN', en: 'en-US' };
// Line spacing of single-spaced text in em, measured on rendered decks: CJK fonts (YaHei, and Noto
// Sans CJK where LibreOffice stands in for it) set lines far apart, Calibri (or Carlito) closer.
const LINE_EM: Record<Locale, number> = { 'zh-CN': 1.35, en: 1.25 };

/** pptxgenjs escapes & < > " ' but passes control characters through, and XML 1.0 forbids them. */
// oxlint-disable-next-line no-control-regex
const clean = (text: string) => text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
// Chinese words in an English map (a brand's name, a quoted customer): in Calibri they would fall
// back to whatever font Office finds, so a run with wide characters is set in YaHei, which has
// Latin letters too. pptxgenjs names one typeface for Latin and East-Asian text alike.
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
function run(deck: Deck, text: string, options: TextOptions = {}): TextRun {
  const cjk = deck.plan.locale !== 'zh-CN' && WIDE.test(text);
  return { text: clean(text), options: cjk ? { ...options, fontFace: FONT_FACE['zh-CN'] } : options };
}
/** The line spacing to fit with: the CJK font's when any of the texts is set in it. */
const lineEm = (deck: Deck, cells: string[][][]): number => (cells.some((row) => row.some((cell) => cell.some((text) => WIDE.test(text)))) ? LINE_EM['zh-CN'] : LINE_EM[deck.plan.locale]);
const hex = (colour: string) => colour.replace(/^#/, '').toUpperCase();

interface Deck {
  pptx: Pptx;
  font: { fontFace: string; lang: string };
  plan: SlidePlan;
}

interface BoxPlace {
  x: number;
  y: number;
  w: number;
  h: number;
  /** font sizes to try, largest first */
  sizes: number[];
}

/**
 * A text box whose font size is chosen to fit it: PowerPoint applies "shrink on overflow" only once
 * the text is edited, so a deck must open with text that already fits. `fit: 'shrink'` stays on for
 * the edits.
 */
function box(deck: Deck, slide: Slide, paragraphs: TextRun[], place: BoxPlace, style: TextOptions): void {
  const fit = fitTable([[paragraphs.map((p) => clean(p.text))]], { widths: [place.w], height: place.h, sizes: place.sizes, marginX: 0, marginY: 0, lineHeight: lineEm(deck, [[paragraphs.map((p) => p.text)]]) });
  const kept = fit.rows[0]?.[0] ?? [];
  // Cut lines (past the smallest size) lose the paragraphs' own styles: better than running over.
  const cut = kept.length !== paragraphs.length || kept.some((text, i) => text !== clean(paragraphs[i]?.text ?? ''));
  const runs = cut ? kept.map((text, i) => run(deck, text, { breakLine: i < kept.length - 1 })) : paragraphs.map((p, i) => run(deck, p.text, { ...p.options, breakLine: i < paragraphs.length - 1 }));
  slide.addText(runs, { ...deck.font, ...style, x: place.x, y: place.y, w: place.w, h: place.h, fontSize: fit.fontSize, fit: 'shrink', margin: 0 });
}

const plain = (text: string): TextRun[] => [{ text }];

function newSlide(deck: Deck): Slide {
  const slide = deck.pptx.addSlide();
  slide.background = { color: 'FFFFFF' };
  return slide;
}

function heading(deck: Deck, slide: Slide, text: string): void {
  box(deck, slide, plain(text), { x: MARGIN, y: HEADING_Y, w: W - 2 * MARGIN, h: HEADING_H, sizes: [22, 20, 18, 16, 14] }, { bold: true, color: STAGE_BLUE, valign: 'middle' });
}

function footer(deck: Deck, slide: Slide, index: number, count: number): void {
  const style = { ...deck.font, y: FOOTER_Y, h: 0.24, fontSize: 9, color: hex(DETAIL_COLOUR), margin: 0, valign: 'middle' as const };
  box(deck, slide, plain(deck.plan.title), { x: MARGIN, y: FOOTER_Y, w: W - 2 * MARGIN - 1, h: 0.24, sizes: [9, 8, 7] }, { color: hex(DETAIL_COLOUR), valign: 'middle' });
  slide.addText(`${index} / ${count}`, { ...style, x: W - MARGIN - 1, w: 1, align: 'right' });
}

function titleSlide(deck: Deck, slide: Slide, plan: TitleSlide): void {
  slide.addShape('rect', { x: 0, y: 0, w: 0.18, h: H, fill: { color: STAGE_BLUE }, line: { color: STAGE_BLUE } });
  box(deck, slide, plain(plan.title), { x: 0.8, y: 1.0, w: 8.4, h: 1.1, sizes: [34, 30, 26, 22, 18] }, { bold: true, color: STAGE_BLUE, valign: 'bottom' });
  if (plan.description) box(deck, slide, plain(plan.description), { x: 0.8, y: 2.25, w: 8.4, h: 1.5, sizes: [14, 13, 12, 11, 10, 9] }, { color: hex(INK_COLOUR), valign: 'top' });
  const lines: TextRun[] = [];
  if (plan.personas) lines.push({ text: plan.personas.text, options: { bold: true } });
  lines.push({ text: plan.counts.text });
  box(deck, slide, lines, { x: 0.8, y: 3.9, w: 8.4, h: 0.9, sizes: [13, 12, 11, 10, 9] }, { color: hex(DETAIL_COLOUR), valign: 'top' });
}

/** The emotion curve of one stage slide: tick lines at the moods, then each curve's lines and dots. */
function curveBand(deck: Deck, slide: Slide, band: CurveBand, top: number, columnX: (i: number) => number, columnW: number): void {
  const pad = 0.16;
  const yOf = (score: number) => top + pad + ((band.max - Math.max(band.min, Math.min(band.max, score))) / (band.max - band.min || 1)) * (CURVE_BAND - 2 * pad);
  const left = MARGIN + LANE_COLUMN;
  const right = W - MARGIN;
  slide.addShape('rect', { x: MARGIN, y: top, w: right - MARGIN, h: CURVE_BAND, fill: { color: 'FFFFFF' }, line: { color: hex(LINE_COLOUR), width: 0.75 } });
  box(deck, slide, plain(band.title), { x: MARGIN + 0.08, y: top + 0.06, w: LANE_COLUMN - 0.7, h: 0.45, sizes: [10, 9, 8, 7] }, { bold: true, color: hex(INK_COLOUR), valign: 'top' });
  for (const tick of band.ticks) {
    const y = yOf(tick.score);
    slide.addShape('line', { x: left, y, w: right - left, h: 0, line: { color: 'D9E2EC', width: 0.75, dashType: 'dash' } });
    slide.addText(clean(tick.label), { ...deck.font, x: MARGIN + LANE_COLUMN - 0.62, y: y - 0.1, w: 0.58, h: 0.2, fontSize: 8, color: hex(DETAIL_COLOUR), align: 'right', valign: 'middle', margin: 0, fit: 'shrink' });
  }
  // Legend under the band's title: each curve's name in its colour.
  const legend: TextRun[] = band.curves.map((curve) => ({ text: `● ${curve.name}`, options: { color: hex(curve.colour) } }));
  box(deck, slide, legend, { x: MARGIN + 0.08, y: top + 0.55, w: LANE_COLUMN - 0.7, h: CURVE_BAND - 0.62, sizes: [8, 7] }, { valign: 'top' });
  for (const curve of band.curves) {
    const colour = hex(curve.colour);
    const placed = curve.points.map((p) => ({ ...p, x: columnX(p.column) + ((p.slot + 1) * columnW) / (p.slots + 1), y: yOf(p.score) }));
    placed.forEach((p, i) => {
      const before = placed[i - 1];
      if (!before || !p.joined) return;
      // A line shape spans its box top-left to bottom-right; flipped, bottom-left to top-right.
      slide.addShape('line', { x: before.x, y: Math.min(before.y, p.y), w: p.x - before.x, h: Math.abs(p.y - before.y), flipV: p.y < before.y, line: { color: colour, width: 2 } });
    });
    const r = 0.055;
    for (const p of placed) {
      slide.addShape('ellipse', { x: p.x - r, y: p.y - r, w: 2 * r, h: 2 * r, fill: { color: colour }, line: { color: 'FFFFFF', width: 0.75 } });
      if (p.markers.length === 0) continue;
      // Marks above a high point and below a low one, so they stay inside the band.
      const above = p.y > top + CURVE_BAND / 2;
      slide.addText(clean(p.markers.map((m) => m.label).join(' · ')), { ...deck.font, x: p.x - 0.9, y: above ? p.y - 0.27 : p.y + 0.07, w: 1.8, h: 0.2, fontSize: 8, color: colour, bold: true, align: 'center', valign: 'middle', margin: 0, fit: 'shrink' });
    }
  }
}

function stageSlide(deck: Deck, slide: Slide, plan: StageSlide): void {
  heading(deck, slide, plan.heading);
  const bottom = FOOTER_Y - 0.06;
  if (plan.empty) {
    slide.addText(clean(plan.empty), { ...deck.font, x: MARGIN, y: BODY_Y, w: W - 2 * MARGIN, h: 0.5, fontSize: 14, color: hex(DETAIL_COLOUR), margin: 0 });
    return;
  }
  const columnW = (W - 2 * MARGIN - LANE_COLUMN) / plan.columns.length;
  const widths = [LANE_COLUMN, ...plan.columns.map(() => columnW)];
  const tableBottom = plan.curve ? bottom - CURVE_BAND - 0.08 : bottom;
  const source: FitCell[][] = [
    [[plan.laneHeading], ...plan.columns.map((c) => [c.title, c.channel])],
    ...plan.rows.map((row) => [[row.title], ...row.cells.map((cell) => cell.map((text) => `• ${text}`))]),
  ];
  const fit = fitTable(source, { widths, height: tableBottom - BODY_Y, sizes: [12, 11, 10, 9, 8, 7], keepRows: 1, marginX: CELL_MARGIN[1] + CELL_MARGIN[3], marginY: CELL_MARGIN[0] + CELL_MARGIN[2] + 0.02, lineHeight: lineEm(deck, source) });
  const size = fit.fontSize;
  // An empty cell still gets one run: pptxgenjs leaves its paragraph without a size, and PowerPoint
  // and LibreOffice then give the empty line 18 pt, which makes empty rows taller than the fit thinks.
  const runs = (cell: FitCell, options: TextOptions = {}): TextRun[] =>
    cell.length === 0 ? [{ text: ' ', options: { ...options, fontSize: size } }] : cell.map((text, i) => run(deck, text, { ...options, breakLine: i < cell.length - 1 }));
  const border = { type: 'solid' as const, pt: 0.75, color: hex(LINE_COLOUR) };
  const base = { ...deck.font, fontSize: size, color: hex(INK_COLOUR), margin: CELL_MARGIN, valign: 'top' as const, border };
  const [head = [], ...body] = fit.rows;
  const header: Cell[] = head.map((cell, i) => ({
    text: i === 0 ? runs(cell, { bold: true }) : cell.map((text, j) => run(deck, text, j === 0 ? { bold: true, breakLine: cell.length > 1 } : { color: hex(DETAIL_COLOUR), fontSize: Math.max(7, size - 1) })),
    options: { ...base, fill: { color: SCENE_FILL } },
  }));
  const rows: Cell[][] = body.map((cells, r) => {
    const lane = plan.rows[r]!;
    return cells.map((cell, i): Cell =>
      i === 0
        ? // The lane's accent as a thick left edge, like the stripe of its header on the canvas.
          { text: runs(cell, { bold: true }), options: { ...base, border: [border, border, border, { type: 'solid', pt: 4, color: hex(lane.accent) }] } }
        : { text: runs(cell), options: { ...base, fill: { color: hex(cell.length > 0 ? lane.fill : '#FFFFFF') } } },
    );
  });
  slide.addTable([header, ...rows], { x: MARGIN, y: BODY_Y, w: W - 2 * MARGIN, colW: widths, rowH: fit.rowHeights, autoPage: false });
  if (plan.curve) curveBand(deck, slide, plan.curve, bottom - CURVE_BAND, (i) => MARGIN + LANE_COLUMN + i * columnW, columnW);
}

function opportunitySlide(deck: Deck, slide: Slide, plan: OpportunitySlide): void {
  heading(deck, slide, plan.heading);
  const notesH = plan.notes.length > 0 ? 0.3 * plan.notes.length : 0;
  const bottom = FOOTER_Y - 0.06 - notesH;
  if (plan.rows.length > 0) {
    const widths = [0.7, W - 2 * MARGIN - 0.7 - 3 * 1.0, 1.0, 1.0, 1.0];
    const { columns } = plan;
    const source: FitCell[][] = [
      [[columns.rank], [columns.text], [columns.value], [columns.feasibility], [columns.score]],
      ...plan.rows.map((row) => [[`#${row.rank}`], [row.text], [row.value.toFixed(1)], [String(row.feasibility)], [row.score.toFixed(1)]]),
    ];
    const fit = fitTable(source, { widths, height: bottom - BODY_Y, sizes: [13, 12, 11, 10, 9, 8], keepRows: 1, marginX: CELL_MARGIN[1] + CELL_MARGIN[3], marginY: CELL_MARGIN[0] + CELL_MARGIN[2] + 0.02, lineHeight: lineEm(deck, source) });
    const border = { type: 'solid' as const, pt: 0.75, color: hex(LINE_COLOUR) };
    const base = { ...deck.font, fontSize: fit.fontSize, color: hex(INK_COLOUR), margin: CELL_MARGIN, valign: 'middle' as const, border };
    const table: Cell[][] = fit.rows.map((cells, r) =>
      cells.map((cell, i) => ({
        text: cell.map((text, j) => run(deck, text, { breakLine: j < cell.length - 1 })),
        options: r === 0 ? { ...base, bold: true, color: 'FFFFFF', fill: { color: STAGE_BLUE }, align: i === 1 ? 'left' : 'center' } : { ...base, bold: i === 0, align: i === 1 ? 'left' : 'center', fill: { color: r % 2 ? 'FFFFFF' : 'F8FAFC' } },
      })),
    );
    slide.addTable(table, { x: MARGIN, y: BODY_Y, w: W - 2 * MARGIN, colW: widths, rowH: fit.rowHeights, autoPage: false });
  }
  if (plan.notes.length > 0) {
    const y = plan.rows.length > 0 ? bottom + 0.06 : BODY_Y;
    box(deck, slide, plan.notes.map((text) => ({ text })), { x: MARGIN, y, w: W - 2 * MARGIN, h: notesH, sizes: [12, 11, 10, 9] }, { color: hex(DETAIL_COLOUR), valign: 'top' });
  }
}

/** The deck as the bytes of a .pptx file (16:9, one slide per planned slide, in order). */
export async function writePptx(plan: SlidePlan): Promise<Uint8Array> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_16x9';
  pptx.title = clean(plan.title);
  const deck: Deck = { pptx, font: { fontFace: FONT_FACE[plan.locale], lang: LANG[plan.locale] }, plan };
  plan.slides.forEach((planned, i) => {
    const slide = newSlide(deck);
    if (planned.kind === 'title') titleSlide(deck, slide, planned);
    else if (planned.kind === 'stage') stageSlide(deck, slide, planned);
    else opportunitySlide(deck, slide, planned);
    if (planned.kind !== 'title') footer(deck, slide, i + 1, plan.slides.length);
  });
  // stream(), not write({ outputType }): pptxgenjs 4.0.1 drops `compression` whenever an output
  // type is given, and a stored (uncompressed) deck is about six times larger. It gives a Buffer.
  const out = await pptx.stream({ compression: true });
  if (!(out instanceof Uint8Array)) throw new Error('pptxgenjs did not write bytes');
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}
