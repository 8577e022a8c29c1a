// The one export renderer: a map (optionally some stages and lanes only) as a standalone SVG
// document, laid out by the same layout as the canvas, so cards wrap as on screen. PDF and PNG
// exports print or rasterise this SVG.
import { META_FONT_SIZE, cardAccent, cardFill, type MetaPart } from '../cardStyle.ts';
import { targetExists, threadsOf } from '../comments.ts';
import { drawsCurve } from '../laneKinds.ts';
import { FONT_STACK, META_TONES, MOOD_FILLS } from '../theme.ts';
import { analyseCurve } from '../emotion/analysis.ts';
import { monotoneSegments, segmentsToPath } from '../emotion/curve.ts';
import { placeLabels, type LabelWish } from '../emotion/labels.ts';
import { curveRuns, placeCurve, visibleCurves, yOfScore } from '../emotion/laneGeometry.ts';
import { SCALES, moodOf } from '../emotion/scale.ts';
import { GRID, layoutMap, type MapLayout, type RowBox } from '../layout.ts';
import type { JourneyDoc } from '../model.ts';
import { LABEL_FONT_SIZE, labelSizeOf, linkGeometry } from '../pathGeometry.ts';
import { curveLabel, legendShown, personaLine, titlePersonas } from '../personas.ts';
import { textWidth, wrapText } from '../text.ts';
import { imageMargin, type ExportOptions } from './options.ts';
import { SvgImages, type ImageHref } from './svgImages.ts';
import { LABELS } from './theme.ts';

export interface SvgOptions {
  /** stage ids to include (default: all) */
  stages?: string[];
  /** lane ids to include (default: all visible lanes) */
  lanes?: string[];
  /** curve ids to draw (default: all visible curves) */
  curves?: string[];
  /** keep the review comments in the exported document (default: dropped; a file handed on carries none) */
  comments?: boolean;
  background?: 'white' | 'transparent';
  /** shown in the title block, e.g. 2026-11-23 */
  date?: string;
  /** a PNG or JPEG data: URL, drawn at the right of the title block */
  logo?: string;
  /** empty space around the map, in map pixels, background coloured (images; a PDF has its page margin) */
  margin?: number;
  /** the exporter's date (YYYY-MM-DD), for the pain points past their due date */
  today?: string;
  /** how the cards' images and the personas' photos are referred to (default: all placeholders) */
  imageHref?: ImageHref;
}

export interface SvgResult {
  /** the standalone SVG document */
  svg: string;
  width: number;
  height: number;
  /** the parts of `svg`, for pages that show the map more than once (tiled PDF) */
  defs: string;
  content: string;
}

const TITLE_HEIGHT = 64;

export function escapeXml(text: string): string {
  // Control characters other than tab and newline are not allowed in XML 1.0 at all.
  // oxlint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const n = (value: number) => Number(value.toFixed(2));

/**
 * The comments an export asked to keep: the threads (as threadsOf reads them) pinned to what it
 * shows or to the map, each with its replies; a thread whose card, scene or point was left out goes whole.
 */
function keptComments(doc: JourneyDoc, shown: JourneyDoc): JourneyDoc['comments'] {
  const kept = threadsOf(doc).filter((thread) => targetExists(shown, thread.root));
  return Object.fromEntries(kept.flatMap((thread) => [thread.root, ...thread.replies]).map((comment) => [comment.id, comment]));
}

/** The document reduced to what the export shows (and what an exported file carries inside). */
export function exportedDocument(doc: JourneyDoc, options: Pick<SvgOptions, 'stages' | 'lanes' | 'curves' | 'comments'>): JourneyDoc {
  const keepStage = (id: string) => !options.stages || options.stages.includes(id);
  const keepLane = (id: string) => !options.lanes || options.lanes.includes(id);
  const keepCurve = (id: string) => options.curves?.includes(id) ?? true;
  const pick = <T extends { id: string }>(records: Record<string, T>, keep: (r: T) => boolean) =>
    Object.fromEntries(Object.values(records).filter(keep).map((r) => [r.id, r]));
  const stages = pick(doc.stages, (s) => keepStage(s.id));
  const scenes = pick(doc.scenes, (s) => Boolean(stages[s.stageId]));
  const lanes = pick(doc.lanes, (l) => !l.hidden && keepLane(l.id));
  const cards = pick(doc.cards, (c) => Boolean(lanes[c.laneId] && scenes[c.sceneId]));
  // Without a choice of curves, hidden ones stay in what the file carries (as before views).
  const curves = options.curves ? pick(doc.curves, (c) => keepCurve(c.id)) : doc.curves;
  const points = pick(doc.emotionPoints, (p) => Boolean(scenes[p.sceneId] && curves[p.curveId]));
  const shown = { ...doc, stages, scenes, lanes, cards, curves, emotionPoints: points };
  return {
    ...doc,
    comments: options.comments ? keptComments(doc, shown) : {},
    stages,
    scenes,
    lanes,
    cards,
    curves,
    emotionPoints: points,
    links: pick(doc.links, (l) => Boolean(cards[l.fromCardId] && cards[l.toCardId])),
    relations: pick(doc.relations, (r) => Boolean(cards[r.fromCardId] && (r.toCardId ? cards[r.toCardId] : points[r.toPointId ?? '']))),
  };
}

function text(x: number, y: number, content: string, attrs: string): string {
  return `<text x="${n(x)}" y="${n(y)}" ${attrs}>${escapeXml(content)}</text>`;
}

function headers(doc: JourneyDoc, layout: MapLayout, lang: 'zh-CN' | 'en'): string[] {
  const out: string[] = [];
  for (const box of layout.stages) {
    out.push(`<rect data-stage-id="${escapeXml(box.stageId)}" x="${box.x}" y="0" width="${box.width}" height="${GRID.stageHeaderHeight}" fill="#1e3a5f" stroke="#fff" stroke-width="2"/>`);
    out.push(text(box.x + 14, 28, doc.stages[box.stageId]?.title ?? '', 'font-size="15" font-weight="700" fill="#fff"'));
  }
  for (const column of layout.columns) {
    const scene = column.sceneId ? doc.scenes[column.sceneId] : undefined;
    const sceneId = scene ? ` data-scene-id="${escapeXml(scene.id)}"` : '';
    out.push(`<rect${sceneId} x="${column.x}" y="${GRID.stageHeaderHeight}" width="${column.width}" height="${GRID.sceneHeaderHeight}" fill="#e8eef5" stroke="#bcccdc"/>`);
    if (!scene) continue;
    out.push(text(column.x + 10, GRID.stageHeaderHeight + 23, scene.title, 'font-size="13" font-weight="600" fill="#1f2933"'));
    out.push(text(column.x + 10, GRID.stageHeaderHeight + 43, LABELS[lang].channel[scene.channel], 'font-size="11" fill="#52606d"'));
  }
  return out;
}

function laneRows(doc: JourneyDoc, layout: MapLayout): string[] {
  const out: string[] = [];
  layout.rows.forEach((row, i) => {
    const lane = doc.lanes[row.laneId];
    if (!lane) return;
    const colour = cardAccent(lane.kind);
    out.push(`<rect x="${GRID.laneHeaderWidth}" y="${row.y}" width="${layout.width - GRID.laneHeaderWidth}" height="${row.height}" fill="${i % 2 ? '#f8fafc' : '#ffffff'}" stroke="#d9e2ec"/>`);
    out.push(`<rect data-lane-id="${escapeXml(lane.id)}" x="0" y="${row.y}" width="${GRID.laneHeaderWidth}" height="${row.height}" fill="#ffffff" stroke="#d9e2ec"/>`);
    out.push(`<rect x="0" y="${row.y}" width="4" height="${row.height}" fill="${colour}"/>`);
    out.push(text(14, row.y + 22, lane.title, 'font-size="13" font-weight="600" fill="#1f2933"'));
  });
  for (const column of layout.columns) {
    const x = column.x + column.width;
    out.push(`<line x1="${x}" y1="${layout.top}" x2="${x}" y2="${layout.height}" stroke="#d9e2ec"/>`);
  }
  return out;
}

/** The rows under a card's text, each one <text> of coloured runs (the canvas' spans, in order). */
function metaText(rows: MetaPart[][], x: number, bottom: number): string {
  return rows
    .map((row, i) => {
      // Words after the first start with a space, as the canvas' gap between its spans.
      const runs = row.map((part, j) => {
        const tone = META_TONES[part.tone];
        return `<tspan fill="${tone.colour}" class="meta-${part.tone}"${tone.bold ? ' font-weight="600"' : ''}${part.tone === 'severity' ? ' letter-spacing="-1"' : ''}>${j > 0 ? ' ' : ''}${escapeXml(part.text)}</tspan>`;
      });
      return `<text x="${n(x)}" y="${n(bottom - (rows.length - 1 - i) * GRID.cardLineHeight)}" font-size="${META_FONT_SIZE}">${runs.join('')}</text>`;
    })
    .join('');
}

function cards(doc: JourneyDoc, layout: MapLayout, images: SvgImages): string[] {
  const out: string[] = [];
  for (const box of Object.values(layout.cards)) {
    const card = doc.cards[box.cardId];
    const lane = doc.lanes[box.laneId];
    if (!card || !lane) continue;
    const { picture, thumbs } = box;
    // The caption starts under the storyboard frame; the meta rows end above the thumbnails.
    const textTop = box.y + (picture ? picture.y + picture.height + GRID.imageGap : GRID.cardPaddingY + 1);
    const metaBottom = thumbs ? box.y + thumbs.y - GRID.imageGap - 1 : box.y + box.height - GRID.cardPaddingY - 2;
    const lines = box.lines
      .map((line, i) => `<tspan x="${box.x + GRID.cardPaddingX + 3}" y="${textTop + 12 + i * GRID.cardLineHeight}">${escapeXml(line)}</tspan>`)
      .join('');
    const pictures: string[] = [];
    if (picture) pictures.push(images.place(picture.imageId, { x: box.x + picture.x, y: box.y + picture.y, width: picture.width, height: picture.height }, 'whole', 'card-picture'));
    if (thumbs) {
      const at = (i: number) => ({ x: box.x + thumbs.x + i * (thumbs.size + GRID.thumbGap), y: box.y + thumbs.y, width: thumbs.size, height: thumbs.size });
      thumbs.imageIds.forEach((id, i) => pictures.push(images.place(id, at(i), 'fill', 'card-thumb')));
      if (thumbs.more > 0) pictures.push(images.more(thumbs.more, at(thumbs.imageIds.length)));
    }
    out.push(
      `<g class="card" data-card-id="${escapeXml(card.id)}">` +
        `<rect x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" rx="6" fill="${cardFill(card, lane.kind)}" stroke="#bcccdc"/>` +
        `<rect x="${box.x}" y="${box.y}" width="3" height="${box.height}" fill="${cardAccent(lane.kind)}"/>` +
        pictures.join('') +
        `<text font-size="${GRID.cardFontSize}" fill="#1f2933">${lines}</text>` +
        metaText(box.meta, box.x + GRID.cardPaddingX + 3, metaBottom) +
        `</g>`,
    );
  }
  return out;
}

function links(doc: JourneyDoc, layout: MapLayout): string[] {
  const out: string[] = [];
  for (const link of Object.values(doc.links)) {
    const from = layout.cards[link.fromCardId];
    const to = layout.cards[link.toCardId];
    if (!from || !to) continue;
    const size = labelSizeOf(link.label);
    const { path, labelX, labelY } = linkGeometry(from, to, size);
    out.push(`<path d="${path}" fill="none" stroke="#d97706" stroke-width="2.5" marker-end="url(#arrow)"/>`);
    if (!link.label) continue;
    // The same pill as on screen, so a label over a card stays readable on paper.
    out.push(
      `<rect x="${n(labelX - size.width / 2)}" y="${n(labelY - size.height / 2)}" width="${size.width}" height="${size.height}" rx="10" fill="#fffbeb" stroke="#f59e0b"/>`,
    );
    out.push(text(labelX, labelY + 4, link.label, `font-size="${LABEL_FONT_SIZE}" text-anchor="middle" fill="#92400e"`));
  }
  return out;
}

function emotionLane(doc: JourneyDoc, layout: MapLayout, row: RowBox, lang: 'zh-CN' | 'en'): string[] {
  const scale = SCALES[doc.map.scale];
  const y = (score: number) => yOfScore(score, row, doc);
  const x0 = GRID.laneHeaderWidth;
  const width = layout.width - x0;
  const goodBottom = (y(scale.delighted) + y(scale.neutral)) / 2;
  const badTop = (y(scale.bad) + y(scale.neutral)) / 2;
  const labels = LABELS[lang];
  const out = [
    `<rect x="${x0}" y="${row.y}" width="${width}" height="${n(goodBottom - row.y)}" fill="#22c55e" fill-opacity="0.09"/>`,
    `<rect x="${x0}" y="${n(badTop)}" width="${width}" height="${n(row.y + row.height - badTop)}" fill="#ef4444" fill-opacity="0.08"/>`,
    `<line x1="${x0}" y1="${n(y(scale.neutral))}" x2="${layout.width}" y2="${n(y(scale.neutral))}" stroke="#bcccdc" stroke-dasharray="4 4"/>`,
    text(x0 + 6, row.y + 14, labels.delighted, 'font-size="11" fill="#15803d"'),
    text(x0 + 6, y(scale.neutral) - 4, labels.neutral, 'font-size="11" fill="#64748b"'),
    text(x0 + 6, row.y + row.height - 5, labels.bad, 'font-size="11" fill="#b91c1c"'),
  ];
  const curves = visibleCurves(doc);
  const wishes: (LabelWish & { label: string; colour: string })[] = [];
  for (const curve of curves) {
    const placed = placeCurve(doc, layout, row, curve.id);
    for (const run of curveRuns(doc, placed)) {
      out.push(`<path class="curve" data-curve-id="${escapeXml(curve.id)}" d="${segmentsToPath(monotoneSegments(run))}" fill="none" stroke="${curve.colour}" stroke-width="2.5"/>`);
    }
    for (const p of placed) {
      const fill = MOOD_FILLS[moodOf(p.point.score, doc.map.scale)];
      out.push(`<circle data-point-id="${escapeXml(p.point.id)}" cx="${n(p.x)}" cy="${n(p.y)}" r="6.5" fill="${fill}" stroke="${curve.colour}" stroke-width="2.5"/>`);
    }
    const a = analyseCurve(placed.map((p) => ({ id: p.point.id, sceneId: p.point.sceneId, score: p.point.score })), doc.map.scale);
    const at = new Map(placed.map((p) => [p.point.id, p]));
    const mark = (id: string | undefined, label: string, colour: string, below: boolean) => {
      const p = id ? at.get(id) : undefined;
      if (p) wishes.push({ key: String(wishes.length), x: p.x, y: p.y, width: textWidth(label, 10) * 1.1 + 2, height: 12, below, label, colour });
    };
    for (const id of a.highlights) mark(id, labels.highlight, '#16a34a', false);
    for (const id of a.darkest) mark(id, labels.darkest, '#dc2626', true);
    if (a.peak) mark(a.peak.id, a.peak.direction === 'low' ? labels.peakLow : labels.peakHigh, '#7c3aed', a.peak.direction === 'low');
    if (a.end) mark(a.end.id, labels.end, '#0f172a', moodOf(a.end.score, doc.map.scale) === 'bad');
  }
  // The markers' labels, as on the canvas: inside the lane, clear of each other and of the zone names.
  const zones = [row.y + 14, y(scale.neutral) - 4, row.y + row.height - 5].map((baseline, i) => ({
    x: x0 + 6,
    y: baseline - 10,
    width: textWidth([labels.delighted, labels.neutral, labels.bad][i] as string, 11),
    height: 12,
  }));
  for (const box of placeLabels(wishes, zones, { top: row.y, bottom: row.y + row.height })) {
    const wish = wishes[Number(box.key)] as (typeof wishes)[number];
    out.push(text(box.x + box.width / 2, box.y + 10, wish.label, `font-size="10" font-weight="700" fill="${wish.colour}" text-anchor="middle"`));
  }
  if (legendShown(doc, curves)) {
    // Which line is which, as on the canvas's lane header: "Li Wei — Current experience", on two lines at most.
    let ly = row.y + 40;
    for (const curve of curves) {
      const lines = fitLines(curveLabel(doc, curve), GRID.laneHeaderWidth - 36 - 8, 11, 2);
      out.push(`<line class="legend" data-curve-id="${escapeXml(curve.id)}" x1="14" y1="${ly - 4}" x2="30" y2="${ly - 4}" stroke="${curve.colour}" stroke-width="3"/>`);
      lines.forEach((line, i) => out.push(text(36, ly + i * 13, line, 'font-size="11" fill="#52606d"')));
      ly += 16 + (lines.length - 1) * 13;
    }
  }
  return out;
}

// A printed map shows every included lane open.
function expandLanes(doc: JourneyDoc): JourneyDoc {
  const lanes = Object.fromEntries(Object.values(doc.lanes).map((l) => [l.id, { ...l, collapsed: undefined }]));
  return { ...doc, lanes };
}

const LOGO_HEIGHT = 44;

/** `content` cut with an ellipsis to at most `width` (estimated, as the layout measures). */
function fitText(content: string, width: number, fontSize: number): string {
  if (textWidth(content, fontSize) <= width) return content;
  const chars = [...content];
  while (chars.length > 0 && textWidth(`${chars.join('').trimEnd()}…`, fontSize) > width) chars.pop();
  return chars.length > 0 ? `${chars.join('').trimEnd()}…` : '';
}

/** `content` wrapped to `width`, at most `max` lines, the last one ending in an ellipsis when cut. */
function fitLines(content: string, width: number, fontSize: number, max: number): string[] {
  const lines = wrapText(content.replace(/\s+/g, ' '), width, fontSize);
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  kept[max - 1] = fitText(`${kept[max - 1]} ${lines.slice(max).join(' ')}`, width, fontSize);
  return kept;
}

const PERSONA_COLUMN = 300;
const PERSONA_GAP = 40;
/** a persona's photo, left of its name */
const PHOTO_SIZE = 38;
const PHOTO_GAP = 8;

/**
 * The personas of the title block, right of the map's title: each one's name and, under it, its
 * quote or the first sentence of its description, as many side by side as the width allows. The
 * names that find no room join the subtitle, so every chosen persona is named.
 */
function titleBlockPersonas(doc: JourneyDoc, options: SvgOptions, inner: number, images: SvgImages): { svg: string[]; leftover: string[] } {
  const shown = titlePersonas(doc);
  const svg: string[] = [];
  const leftover: string[] = [];
  const right = inner - 16 - (options.logo ? 4 * LOGO_HEIGHT + 24 : 0);
  let x = 16 + Math.max(textWidth(doc.map.title, 20) * 1.08, options.date ? textWidth(options.date, 12) : 0) + PERSONA_GAP;
  for (const persona of shown) {
    const photo = persona.photo ? PHOTO_SIZE + PHOTO_GAP : 0;
    const room = Math.min(PERSONA_COLUMN, right - x) - photo;
    const name = persona.name.trim();
    if (leftover.length > 0 || room < Math.min(120, textWidth(name, 13) * 1.08)) {
      if (name) leftover.push(name);
      continue;
    }
    const line = personaLine(persona);
    const nameText = fitText(name, room, 13 * 1.08);
    const lineText = line ? fitText(line.text, room, 11) : '';
    const width = photo + Math.min(room, Math.max(textWidth(nameText, 13) * 1.08, lineText ? textWidth(lineText, 11) : 0));
    svg.push(
      `<g class="title-persona" data-persona-id="${escapeXml(persona.id)}">` +
        `<line x1="${n(x - PERSONA_GAP / 2)}" y1="14" x2="${n(x - PERSONA_GAP / 2)}" y2="52" stroke="#d9e2ec"/>` +
        (persona.photo ? images.place(persona.photo, { x, y: 14, width: PHOTO_SIZE, height: PHOTO_SIZE }, 'fill', 'persona-photo', PHOTO_SIZE / 2) : '') +
        text(x + photo, 28, nameText, 'font-size="13" font-weight="700" fill="#1f2933"') +
        (lineText ? text(x + photo, 46, lineText, `font-size="11" fill="#52606d"${line?.kind === 'quote' ? ' font-style="italic"' : ''}`) : '') +
        `</g>`,
    );
    x += width + PERSONA_GAP;
  }
  return { svg, leftover };
}

export function renderSvg(source: JourneyDoc, options: SvgOptions = {}): SvgResult {
  const doc = expandLanes(exportedDocument(source, options));
  const layout = layoutMap(doc, source, { today: options.today });
  const lang = doc.map.locale;
  const margin = n(Math.max(0, options.margin ?? 0));
  const inner = Math.max(layout.width, 480);
  const width = n(inner + 2 * margin);
  const height = n(layout.height + TITLE_HEIGHT + 2 * margin);
  const images = new SvgImages(options.imageHref);
  const personas = titleBlockPersonas(doc, options, inner, images);
  const subtitle = [...personas.leftover, options.date].filter(Boolean).join(' · ');
  const emotionRow = layout.rows.find((r) => drawsCurve(doc.lanes[r.laneId]?.kind));
  const body = [
    ...headers(doc, layout, lang),
    ...laneRows(doc, layout),
    ...(emotionRow ? emotionLane(doc, layout, emotionRow, lang) : []),
    ...cards(doc, layout, images),
    ...links(doc, layout),
  ];
  // The canvas's arrowhead (React Flow's closed arrow at 18 stroke widths): tip on the target's edge.
  const defs = `<marker id="arrow" viewBox="-10 -10 20 20" refX="0" refY="0" markerWidth="18" markerHeight="18" orient="auto-start-reverse"><path d="M -5 -4 L 0 0 L -5 4 z" fill="#d97706" stroke="#d97706" stroke-width="1" stroke-linejoin="round"/></marker>${images.defs()}`;
  const content = [
    options.background === 'transparent' ? '' : `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    margin > 0 ? `<g transform="translate(${margin} ${margin})">` : '',
    text(16, 30, doc.map.title, 'font-size="20" font-weight="700" fill="#1f2933"'),
    subtitle ? text(16, 50, subtitle, 'font-size="12" fill="#52606d"') : '',
    ...personas.svg,
    // The logo keeps its proportions inside a box at the right of the title block.
    options.logo
      ? `<image x="${inner - 16 - 4 * LOGO_HEIGHT}" y="10" width="${4 * LOGO_HEIGHT}" height="${LOGO_HEIGHT}" preserveAspectRatio="xMaxYMid meet" href="${escapeXml(options.logo)}"/>`
      : '',
    `<g transform="translate(0 ${TITLE_HEIGHT})">`,
    ...body,
    `</g>`,
    margin > 0 ? `</g>` : '',
  ]
    .filter(Boolean)
    .join('\n');
  const svg = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" lang="${lang}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT_STACK)}">`,
    `<title>${escapeXml(doc.map.title)}</title>`,
    `<defs>${defs}</defs>`,
    content,
    `</svg>`,
  ].join('\n');
  return { svg, width, height, defs, content };
}

/** What an export with these options draws: the map, with the image margin for PNG and SVG. */
export function exportSvg(doc: JourneyDoc, options: Pick<ExportOptions, 'format' | 'page' | 'stages' | 'lanes' | 'curves' | 'background' | 'date' | 'logo'> & Pick<SvgOptions, 'today' | 'imageHref'>): SvgResult {
  return renderSvg(doc, { ...options, margin: imageMargin(options) });
}
