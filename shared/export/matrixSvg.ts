// The opportunity matrix as a standalone SVG, for the export: value (x) against feasibility (y),
// each 1–5, in the four named quadrants of shared/matrix.ts, every scored opportunity a dot with
// its rank and a short label, and beside the plot the ranked list with the opportunities' text.
// Printed (PDF) and photographed (PNG) by the same paths as the map.
import { MATRIX_MIDDLE, quadrantOf, type Quadrant } from '../matrix.ts';
import type { JourneyDoc } from '../model.ts';
import { mapOpportunities } from '../opportunities.ts';
import { overlaps, type Box } from '../emotion/labels.ts';
import { wrapText, textWidth } from '../text.ts';
import { DETAIL_COLOUR, FONT_STACK, INK_COLOUR, laneColours, LINE_COLOUR, SCORE_COLOUR } from '../theme.ts';
import { MATRIX_WORDS } from './handbookWords.ts';
import { imageMargin, type ExportOptions } from './options.ts';
import { escapeXml, type SvgResult } from './svg.ts';
import { appendTo } from '../collections.ts';

const TITLE_HEIGHT = 64;
/** The plot: a square of SIDE pixels, PAD from the left (the feasibility axis and its ticks). */
export const PLOT = { left: 84, top: TITLE_HEIGHT + 20, side: 560 };
const LIST = { gap: 36, width: 320, line: 17, font: 12 };
const DOT_RADIUS = 11;
const LABEL_FONT = 11;
const LABEL_MAX = 120;
const WIDTH = PLOT.left + PLOT.side + LIST.gap + LIST.width + 24;

export const matrixX = (value: number): number => PLOT.left + ((value - 1) / 4) * PLOT.side;
export const matrixY = (feasibility: number): number => PLOT.top + PLOT.side - ((feasibility - 1) / 4) * PLOT.side;

const n = (value: number) => Number(value.toFixed(2));
const text = (x: number, y: number, content: string, attrs: string) => `<text x="${n(x)}" y="${n(y)}" ${attrs}>${escapeXml(content)}</text>`;

/** The first line of a card's text, cut with an ellipsis to fit `max` pixels. */
export function shortLabel(cardText: string, max = LABEL_MAX, fontSize = LABEL_FONT): string {
  const first = cardText.trim().split('\n')[0] ?? '';
  if (textWidth(first, fontSize) <= max) return first;
  let out = '';
  for (const ch of first) {
    if (textWidth(`${out}${ch}…`, fontSize) > max) break;
    out += ch;
  }
  return `${out.trimEnd()}…`;
}

interface Dot {
  cardId: string;
  rank: number | null;
  value: number;
  feasibility: number;
  quadrant: Quadrant;
  x: number;
  y: number;
  text: string;
}

/** Dots on the same spot (equal scores are common) are set around it, so each rank stays readable. */
function spread(dots: Dot[]): void {
  const at = new Map<string, Dot[]>();
  for (const dot of dots) appendTo(at, `${n(dot.x)},${n(dot.y)}`, dot);
  for (const pile of at.values()) {
    if (pile.length < 2) continue;
    const radius = DOT_RADIUS * 1.2 * Math.max(1, pile.length / 4);
    pile.forEach((dot, i) => {
      const angle = (2 * Math.PI * i) / pile.length - Math.PI / 2;
      dot.x += radius * Math.cos(angle);
      dot.y += radius * Math.sin(angle);
    });
  }
}

/** Each label right of its dot if there is room, else left, else a little above or below. */
function placeDotLabels(dots: Dot[], obstacles: Box[]): (Box & { label: string })[] {
  const taken: Box[] = [...obstacles, ...dots.map((d) => ({ x: d.x - DOT_RADIUS, y: d.y - DOT_RADIUS, width: 2 * DOT_RADIUS, height: 2 * DOT_RADIUS }))];
  const right = PLOT.left + PLOT.side;
  return dots.map((dot) => {
    const label = shortLabel(dot.text);
    const width = textWidth(label, LABEL_FONT) * 1.05;
    const height = 13;
    const candidates: Box[] = [];
    for (const dy of [0, -14, 14, -28, 28, -42, 42]) {
      candidates.push({ x: dot.x + DOT_RADIUS + 3, y: dot.y - height / 2 + dy, width, height });
      candidates.push({ x: dot.x - DOT_RADIUS - 3 - width, y: dot.y - height / 2 + dy, width, height });
    }
    const inside = (b: Box) => b.x >= PLOT.left + 2 && b.x + b.width <= right - 2 && b.y >= PLOT.top + 2 && b.y + b.height <= PLOT.top + PLOT.side - 2;
    const box = candidates.find((b) => inside(b) && !taken.some((t) => overlaps(t, b))) ?? candidates.find(inside) ?? (candidates[0] as Box);
    taken.push(box);
    return { ...box, label };
  });
}

export function renderMatrixSvg(doc: JourneyDoc, options: { background?: 'white' | 'transparent'; date?: string; margin?: number } = {}): SvgResult {
  const words = MATRIX_WORDS[doc.map.locale];
  const scored = mapOpportunities(doc);
  const dots: Dot[] = scored
    .filter((s) => s.value !== null && s.feasibility !== null)
    .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity))
    .map((s) => ({
      cardId: s.cardId,
      rank: s.rank,
      value: s.value as number,
      feasibility: s.feasibility as number,
      quadrant: quadrantOf(s.value as number, s.feasibility as number),
      x: matrixX(s.value as number),
      y: matrixY(s.feasibility as number),
      text: doc.cards[s.cardId]?.text ?? '',
    }));
  spread(dots);
  const unplaced = scored.length - dots.length;
  const theme = laneColours('opportunities');
  const { left, top, side } = PLOT;
  const midX = matrixX(MATRIX_MIDDLE);
  const midY = matrixY(MATRIX_MIDDLE);
  const out: string[] = [
    `<rect x="${left}" y="${top}" width="${side}" height="${side}" fill="#ffffff" stroke="${LINE_COLOUR}"/>`,
    `<rect x="${n(midX)}" y="${top}" width="${n(left + side - midX)}" height="${n(midY - top)}" fill="${theme.fill}"/>`,
    `<line x1="${n(midX)}" y1="${top}" x2="${n(midX)}" y2="${top + side}" stroke="${LINE_COLOUR}" stroke-dasharray="5 4"/>`,
    `<line x1="${left}" y1="${n(midY)}" x2="${left + side}" y2="${n(midY)}" stroke="${LINE_COLOUR}" stroke-dasharray="5 4"/>`,
  ];
  const quadrants: { quadrant: Quadrant; x: number; y: number; anchor: 'start' | 'end' }[] = [
    { quadrant: 'quickWins', x: left + side - 10, y: top + 22, anchor: 'end' },
    { quadrant: 'bigBets', x: left + side - 10, y: top + side - 12, anchor: 'end' },
    { quadrant: 'fillIns', x: left + 10, y: top + 22, anchor: 'start' },
    { quadrant: 'deprioritise', x: left + 10, y: top + side - 12, anchor: 'start' },
  ];
  const names: Box[] = [];
  for (const q of quadrants) {
    const label = words.quadrants[q.quadrant];
    const width = textWidth(label, 15) * 1.1;
    names.push({ x: q.anchor === 'end' ? q.x - width : q.x, y: q.y - 15, width, height: 19 });
    out.push(text(q.x, q.y, label, `class="quadrant" data-quadrant="${q.quadrant}" font-size="15" font-weight="700" text-anchor="${q.anchor}" fill="${q.quadrant === 'quickWins' ? SCORE_COLOUR : DETAIL_COLOUR}"`));
  }
  for (let tick = 1; tick <= 5; tick++) {
    out.push(text(matrixX(tick), top + side + 18, String(tick), `font-size="12" text-anchor="middle" fill="${DETAIL_COLOUR}"`));
    out.push(text(left - 10, matrixY(tick) + 4, String(tick), `font-size="12" text-anchor="end" fill="${DETAIL_COLOUR}"`));
  }
  out.push(text(left + side / 2, top + side + 42, `${words.value} →`, `font-size="13" font-weight="600" text-anchor="middle" fill="${INK_COLOUR}"`));
  out.push(text(left - 44, top + side / 2, `${words.feasibility} →`, `font-size="13" font-weight="600" text-anchor="middle" fill="${INK_COLOUR}" transform="rotate(-90 ${left - 44} ${n(top + side / 2)})"`));
  for (const box of placeDotLabels(dots, names)) out.push(text(box.x, box.y + 10.5, box.label, `class="dot-label" font-size="${LABEL_FONT}" fill="${INK_COLOUR}"`));
  for (const dot of dots) {
    out.push(
      `<g class="dot" data-card-id="${escapeXml(dot.cardId)}" data-quadrant="${dot.quadrant}" data-value="${n(dot.value)}" data-feasibility="${dot.feasibility}">` +
        `<circle cx="${n(dot.x)}" cy="${n(dot.y)}" r="${DOT_RADIUS}" fill="${theme.accent}" stroke="#ffffff" stroke-width="2"/>` +
        text(dot.x, dot.y + 4, dot.rank === null ? '' : String(dot.rank), 'font-size="11" font-weight="700" text-anchor="middle" fill="#ffffff"') +
        `</g>`,
    );
  }
  // The ranked list beside the plot: the whole text of each opportunity, and its scores.
  const listX = left + side + LIST.gap;
  let y = top + 4;
  for (const dot of dots) {
    const head = `#${dot.rank ?? '–'}`;
    const body = wrapText(dot.text.replaceAll('\n', ' '), LIST.width - 34, LIST.font);
    out.push(text(listX, y + 12, head, `font-size="${LIST.font}" font-weight="700" fill="${SCORE_COLOUR}"`));
    body.forEach((line, i) => out.push(text(listX + 34, y + 12 + i * LIST.line, line, `font-size="${LIST.font}" fill="${INK_COLOUR}"`)));
    y += body.length * LIST.line;
    out.push(text(listX + 34, y + 10, `◆ ${dot.value.toFixed(1)} × ${dot.feasibility} · ${words.quadrants[dot.quadrant]}`, `font-size="10.5" fill="${DETAIL_COLOUR}"`));
    y += LIST.line + 8;
  }
  if (dots.length === 0) out.push(text(listX, y + 12, words.none, `font-size="${LIST.font}" fill="${DETAIL_COLOUR}"`));
  if (unplaced > 0) out.push(text(left, top + side + 66, words.unplaced(unplaced), `font-size="12" fill="${DETAIL_COLOUR}"`));

  const margin = n(Math.max(0, options.margin ?? 0));
  const innerHeight = Math.max(top + side + 80, y + 16);
  const width = n(WIDTH + 2 * margin);
  const height = n(innerHeight + 2 * margin);
  const lang = doc.map.locale;
  const content = [
    options.background === 'transparent' ? '' : `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    margin > 0 ? `<g transform="translate(${margin} ${margin})">` : '',
    text(16, 30, words.title(doc.map.title), `font-size="20" font-weight="700" fill="${INK_COLOUR}"`),
    options.date ? text(16, 50, options.date, `font-size="12" fill="${DETAIL_COLOUR}"`) : '',
    ...out,
    margin > 0 ? '</g>' : '',
  ]
    .filter(Boolean)
    .join('\n');
  const svg = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" lang="${lang}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT_STACK)}">`,
    `<title>${escapeXml(words.title(doc.map.title))}</title>`,
    content,
    `</svg>`,
  ].join('\n');
  return { svg, width, height, defs: '', content };
}

/** What a matrix export draws: with the image margin for PNG and SVG, as the map. */
export function matrixSvg(doc: JourneyDoc, options: Pick<ExportOptions, 'format' | 'page' | 'background' | 'date'>): SvgResult {
  return renderMatrixSvg(doc, { background: options.background, date: options.date, margin: imageMargin(options) });
}
