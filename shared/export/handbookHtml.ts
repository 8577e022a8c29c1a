// The service action handbook as the HTML page Chromium prints: A4 portrait sheets cut by
// handbookPages.ts, each a <section> that ends with a page break and carries its page number.
// Every piece is measured here with the same sizes its CSS gives it (explicit line heights and
// paddings, no margins), with text estimated a little wider than it prints, so a sheet never
// holds more than its page. All text is the map's, from anywhere: it is escaped.
import { laneColours, DETAIL_COLOUR, FONT_STACK, INK_COLOUR, LINE_COLOUR, SERIES_COLOUR } from '../theme.ts';
import { isWide, wrapText } from '../text.ts';
import { handbookActions, type Handbook, type HandbookAction, type HandbookSeries } from './handbook.ts';
import { packPages, type Group, type Piece } from './handbookPages.ts';
import { HANDBOOK_WORDS } from './handbookWords.ts';
import { exportPageHead } from './printPage.ts';
import { escapeXml } from './svg.ts';
import type { Locale } from '../model.ts';

const PX_PER_MM = 96 / 25.4;
/** A4 portrait; a sheet is a hair shorter than its page so rounding never spills onto a blank one. */
const PAGE = { width: 210, height: 296, top: 14, side: 15, bottom: 20 };
export const CONTENT_WIDTH = (PAGE.width - 2 * PAGE.side) * PX_PER_MM;
/** The printed area of a sheet, in CSS pixels. */
export const CONTENT_HEIGHT = (PAGE.height - PAGE.top - PAGE.bottom) * PX_PER_MM;
/**
 * Text is measured this much narrower than its box, so the estimate errs towards one line more:
 * shared/text.ts is within a few per cent of regular text in Chromium's fonts (measured on
 * Linux), and bold Latin runs up to 13 % wider.
 */
const SAFETY = 0.94;
const BOLD_WIDER = 1.15;

// Font size and line height of each kind of text (CSS pixels).
const T = {
  coverTitle: [26, 34],
  coverSub: [17, 26],
  coverLine: [13, 20],
  tocHead: [15, 22],
  toc: [13, 21],
  scene: [17, 24],
  series: [14.5, 21],
  action: [13.5, 20],
  who: [12, 17],
  step: [12.5, 18],
  measure: [11.5, 16],
  sheetTitle: [20, 28],
  sheetLine: [12, 18],
  cell: [11, 15],
  cellSmall: [9.5, 13],
} as const;
type TextKind = keyof typeof T;
const BOLD: ReadonlySet<TextKind> = new Set(['coverTitle', 'coverSub', 'tocHead', 'scene', 'series', 'action', 'sheetTitle']);

const INDENT = 34;
const STEP_BOX = 40;
/** Inspection sheet columns in mm: no., action, role, checked by, then one per day. */
const SHEET_COLUMNS = [9, 60, 24, 31] as const;
const DAY_COLUMN = 8;
const CELL_PAD = 4;

const measured = (width: number, kind: TextKind) => (width * SAFETY) / (BOLD.has(kind) ? BOLD_WIDER : 1);
const lines = (text: string, width: number, kind: TextKind): number => wrapText(text, measured(width, kind), T[kind][0]).length;
const textHeight = (text: string, width: number, kind: TextKind) => lines(text, width, kind) * T[kind][1];
const esc = escapeXml;

/** A piece of `kind` text: its height is its lines and the paddings above and below. */
function textPiece(kind: TextKind, html: string, plain: string, width: number, padTop: number, padBottom: number, extra: Partial<Piece> = {}): Piece {
  return { height: padTop + textHeight(plain, width, kind) + padBottom, html: `<div class="${kind}" style="padding-top:${padTop}px;padding-bottom:${padBottom}px">${html}</div>`, ...extra };
}

/** Very long text is cut into pieces of at most this many lines, so no piece is taller than a page. */
const MAX_PIECE_LINES = 30;
function chunks(text: string, width: number, kind: TextKind): string[] {
  const wrapped = wrapText(text, measured(width, kind), T[kind][0]);
  if (wrapped.length <= MAX_PIECE_LINES) return [text];
  const out: string[] = [];
  for (let i = 0; i < wrapped.length; i += MAX_PIECE_LINES) out.push(wrapped.slice(i, i + MAX_PIECE_LINES).join('\n'));
  return out;
}

/** Text cut to at most `max` lines with an ellipsis: the inspection sheet's cells name an action, the body has it whole. */
function clip(text: string, width: number, kind: TextKind, max = 3): string {
  const wrapped = wrapText(text, measured(width, kind), T[kind][0]);
  if (wrapped.length <= max) return text;
  // Latin lines are joined by a space, Chinese ones run on.
  const joined = wrapped.slice(0, max).reduce((out, line) => (out && !isWide(out.codePointAt(out.length - 1) ?? 0) ? `${out} ${line}` : out + line), '');
  return `${[...joined].slice(0, -1).join('').trimEnd()}…`;
}

function actionPieces(action: HandbookAction, series: HandbookSeries, handbook: Handbook): Piece[] {
  const words = HANDBOOK_WORDS[handbook.locale];
  const width = CONTENT_WIDTH - INDENT;
  const badge = `<span class="badge${series.name ? '' : ' badge--single'}">${series.name ? action.number : '•'}</span>`;
  // The first piece has the rule above the action (1 px) and its number.
  const pieces: Piece[] = chunks(action.text || '—', width, 'action').map((part, i) => ({
    height: (i === 0 ? 9 : 0) + textHeight(part, width, 'action') + 2,
    html: `<div class="action${i === 0 ? ' action--first' : ''}" style="padding-top:${i === 0 ? 8 : 0}px;padding-bottom:2px">${i === 0 ? badge : ''}${esc(part)}</div>`,
    keepWithNext: true,
  }));
  if (action.roles.length > 0) {
    const who = `${words.label(words.roles)}${action.roles.join(' · ')}`;
    pieces.push(textPiece('who', `<b>${esc(words.label(words.roles))}</b>${esc(action.roles.join(' · '))}`, who, width, 0, 3));
  }
  if (action.delivers.length > 0) {
    const label = words.label(words.delivers);
    const list = action.delivers.join(' · ');
    for (const part of chunks(`${label}${list}`, width, 'who')) {
      pieces.push(textPiece('who', part === `${label}${list}` ? `<b>${esc(label)}</b>${esc(list)}` : esc(part), part, width, 0, 3));
    }
  }
  if (action.steps.length === 0) pieces.push(textPiece('who', esc(words.noSteps), words.noSteps, width, 0, 3));
  action.steps.forEach((step, i) => {
    for (const [j, part] of chunks(step, width - STEP_BOX, 'step').entries()) {
      const head = j === 0 ? `<span class="box"></span><span class="step-no">${i + 1}.</span>` : '';
      pieces.push(textPiece('step', `${head}<span class="step-text">${esc(part)}</span>`, part, width - STEP_BOX, 1, 1));
    }
  });
  const { training, inspection } = action.measure ?? {};
  const measures: [string, string][] = [];
  if (training && (training.plan || training.frequency || training.owner)) measures.push([words.training, words.trainingLine(training.plan, training.frequency, training.owner)]);
  if (inspection && (inspection.who || inspection.frequency || inspection.how)) measures.push([words.inspection, words.inspectionLine(inspection.who, inspection.frequency, inspection.how)]);
  for (const [label, line] of measures) {
    const plain = `${words.label(label)}${line}`;
    for (const part of chunks(plain, width - 16, 'measure')) {
      const html = part === plain ? `<b>${esc(words.label(label))}</b>${esc(line)}` : esc(part);
      pieces.push({ height: 4 + textHeight(part, width - 16, 'measure') + 2, html: `<div class="measure" style="padding-top:4px;padding-bottom:2px"><div>${html}</div></div>` });
    }
  }
  // An action is kept together too, where it fits: every piece but its last belongs with the next.
  for (const p of pieces) p.keepWithNext = true;
  pieces.push({ height: 8, html: '<div style="height:8px"></div>' });
  return pieces;
}

function seriesHeading(series: HandbookSeries, handbook: Handbook, continued: boolean): Piece | null {
  if (!series.name) return null;
  const words = HANDBOOK_WORDS[handbook.locale];
  const text = `${words.series(series.name, series.count)}${continued ? words.continued : ''}`;
  return textPiece('series', esc(text), text, CONTENT_WIDTH, 12, 4, { keepWithNext: true });
}

function sceneHeading(stageTitle: string, title: string, continued = ''): Piece {
  const plain = `${stageTitle} · ${title}${continued}`;
  // 2 px: the rule under the heading.
  const piece = textPiece('scene', `${stageTitle ? `<span class="stage">${esc(stageTitle)} · </span>` : ''}${esc(title)}${esc(continued)}`, plain, CONTENT_WIDTH, 18, 6, { keepWithNext: true });
  return { ...piece, height: piece.height + 2 };
}

function contentGroups(handbook: Handbook): { groups: Group[]; firstOfScene: Map<Group, string> } {
  const groups: Group[] = [];
  const firstOfScene = new Map<Group, string>();
  for (const scene of handbook.scenes) {
    scene.series.forEach((series, i) => {
      const heading = seriesHeading(series, handbook, false);
      const pieces = [...(i === 0 ? [sceneHeading(scene.stageTitle, scene.title)] : []), ...(heading ? [heading] : []), ...series.actions.flatMap((a) => actionPieces(a, series, handbook))];
      const group: Group = {
        pieces,
        ...(heading && { continued: seriesHeading(series, handbook, true) as Piece }),
        ...(groups.length === 0 && { fresh: true }),
        // A later series of the scene that begins a page says which scene it is in.
        ...(i > 0 && { lead: sceneHeading(scene.stageTitle, scene.title, HANDBOOK_WORDS[handbook.locale].continued) }),
      };
      if (i === 0) firstOfScene.set(group, scene.sceneId);
      groups.push(group);
    });
  }
  return { groups, firstOfScene };
}

const mm = (value: number) => value * PX_PER_MM;

function sheetRow(cells: string[], header: boolean): string {
  return `<div class="row${header ? ' row--head' : ''}">${cells.map((c) => `<div class="cell">${c}</div>`).join('')}</div>`;
}

/** The inspection sheet: a table of every action with a box per day of a week, then room for notes. */
function inspectionSheet(handbook: Handbook): Group[] {
  const words = HANDBOOK_WORDS[handbook.locale];
  const [numberWidth, actionWidth, roleWidth, checkWidth] = SHEET_COLUMNS.map((w) => mm(w) - 2 * CELL_PAD) as [number, number, number, number];
  const titles = [words.columns.number, words.columns.action, words.columns.role, words.columns.check];
  const header = sheetRow([...titles, ...words.days].map(esc), true);
  const headerHeight = 2 * CELL_PAD + 2 + Math.max(...titles.map((t, i) => textHeight(t, [numberWidth, actionWidth, roleWidth, checkWidth][i] as number, 'cell')), ...words.days.map((d) => textHeight(d, mm(DAY_COLUMN), 'cell')));
  const headerPiece: Piece = { height: headerHeight, html: header, keepWithNext: true };
  const pieces: Piece[] = [
    { height: 28 + 4, html: `<div class="sheetTitle" style="padding-bottom:4px">${esc(words.sheet)}${handbook.role ? ` · ${esc(handbook.role)}` : ''}</div>` },
    textPiece('sheetLine', esc(words.sheetIntro), words.sheetIntro, CONTENT_WIDTH, 0, 4),
    { height: 18 + 14, html: `<div class="sheetLine fields" style="padding-top:4px;padding-bottom:10px">${esc(words.label(words.week))}<span class="blank"></span> ${esc(words.label(words.inspector))}<span class="blank"></span></div>` },
    headerPiece,
  ];
  let n = 0;
  for (const scene of handbook.scenes) {
    for (const series of scene.series) {
      for (const action of series.actions) {
        n++;
        const text = clip(action.text || '—', actionWidth, 'cell');
        const context = clip([scene.title, series.name && `${series.name} ${action.number}/${series.count}`].filter(Boolean).join(' · '), actionWidth, 'cellSmall', 2);
        const roles = clip(action.roles.join(' · '), roleWidth, 'cell', 4);
        const inspection = action.measure?.inspection;
        const check = clip([inspection?.who, inspection?.frequency].filter(Boolean).join(' · '), checkWidth, 'cell', 4);
        const height =
          2 * CELL_PAD +
          1 +
          Math.max(textHeight(text, actionWidth, 'cell') + textHeight(context, actionWidth, 'cellSmall'), textHeight(roles, roleWidth, 'cell'), textHeight(check, checkWidth, 'cell'), T.cell[1]);
        // One text box per day: a box to tick.
        const days = words.days.map(() => '<span class="box"></span>');
        pieces.push({
          height,
          html: sheetRow([esc(String(n)), `${esc(text)}<div class="context">${esc(context)}</div>`, esc(roles), esc(check), ...days], false),
        });
      }
    }
  }
  const ruled = '<div class="ruled"></div>'.repeat(4);
  const notes: Piece[] = [
    textPiece('tocHead', esc(words.notes), words.notes, CONTENT_WIDTH, 16, 4),
    { height: 4 * 30 + 30, html: `${ruled}<div class="sheetLine signature">${esc(words.label(words.signature))}<span class="blank"></span></div>` },
  ];
  return [{ pieces, continued: headerPiece, fresh: true }, { pieces: notes }];
}

function coverGroup(handbook: Handbook, tocPages: Map<string, number>, sheetPage: number): Group {
  const words = HANDBOOK_WORDS[handbook.locale];
  const actions = handbookActions(handbook);
  const series = handbook.scenes.reduce((n, s) => n + s.series.length, 0);
  const sub = `${words.handbook} · ${handbook.role ?? words.allRoles}`;
  const counts = words.counts(handbook.scenes.length, series, actions.length);
  const roles = `${words.label(words.rolesHeading)}${handbook.roles.join(' · ') || '—'}`;
  const pieces: Piece[] = [
    textPiece('coverTitle', esc(handbook.title || words.handbook), handbook.title || words.handbook, CONTENT_WIDTH, 48, 8),
    textPiece('coverSub', esc(sub), sub, CONTENT_WIDTH, 0, 6),
    textPiece('coverLine', esc(counts), counts, CONTENT_WIDTH, 0, 2),
    textPiece('coverLine', esc(roles), roles, CONTENT_WIDTH, 0, 2),
    textPiece('tocHead', esc(words.contents), words.contents, CONTENT_WIDTH, 28, 6),
  ];
  const entry = (label: string, page: number) => textPiece('toc', `<span>${esc(label)}</span><span class="toc-page">${page}</span>`, label, CONTENT_WIDTH - 60, 0, 0);
  for (const scene of handbook.scenes) pieces.push(entry(`${scene.stageTitle ? `${scene.stageTitle} · ` : ''}${scene.title}`, tocPages.get(scene.sceneId) ?? 0));
  pieces.push(entry(words.sheet, sheetPage));
  return { pieces };
}

function css(): string {
  const accent = laneColours('service-actions');
  const font = (kind: TextKind) => `font-size:${T[kind][0]}px;line-height:${T[kind][1]}px`;
  const columns = [...SHEET_COLUMNS.map((w) => `${w}mm`), `repeat(7,${DAY_COLUMN}mm)`].join(' ');
  return [
    `@page{size:210mm 297mm;margin:0}`,
    `body,.handbook{font-family:${FONT_STACK};color:${INK_COLOUR};-webkit-print-color-adjust:exact;print-color-adjust:exact}`,
    `.page{position:relative;box-sizing:border-box;width:${PAGE.width}mm;min-height:${PAGE.height}mm;padding:${PAGE.top}mm ${PAGE.side}mm 0;break-after:page;overflow-wrap:anywhere}`,
    `.page:last-child{break-after:auto}`,
    `.page div{margin:0}`,
    // A card's own line breaks are kept, as the estimate counts them.
    `.action,.step-text,.context{white-space:pre-line}`,
    `.footer{position:absolute;left:${PAGE.side}mm;right:${PAGE.side}mm;bottom:8mm;display:flex;justify-content:space-between;gap:8mm;font-size:9.5px;line-height:13px;color:${DETAIL_COLOUR};border-top:1px solid ${LINE_COLOUR};padding-top:4px}`,
    ...(Object.keys(T) as TextKind[]).map((kind) => `.${kind}{${font(kind)}}`),
    `.coverTitle{font-weight:700}.coverSub{color:${SERIES_COLOUR};font-weight:600}.coverLine{color:${DETAIL_COLOUR}}.tocHead{font-weight:700}`,
    `.toc{display:flex;justify-content:space-between;gap:12px;border-bottom:1px dotted ${LINE_COLOUR}}.toc-page{flex:none;width:48px;text-align:right}`,
    `.scene{font-weight:700;border-bottom:2px solid ${accent.accent}}.stage{color:${DETAIL_COLOUR};font-weight:600}`,
    `.series{font-weight:700;color:${SERIES_COLOUR}}`,
    `.action{font-weight:700;padding-left:${INDENT}px;position:relative}.action--first{border-top:1px solid ${LINE_COLOUR}}`,
    `.badge{position:absolute;left:2px;top:8px;width:22px;height:20px;border-radius:10px;background:${SERIES_COLOUR};color:#fff;font-size:12px;line-height:20px;text-align:center}`,
    `.badge--single{background:${accent.accent}}`,
    `.who{color:${DETAIL_COLOUR};padding-left:${INDENT}px}.who b{font-weight:600}`,
    `.step{position:relative;padding-left:${INDENT + STEP_BOX}px}`,
    `.step .box{position:absolute;left:${INDENT}px;top:4px}.step-no{position:absolute;left:${INDENT + 16}px;color:${DETAIL_COLOUR}}`,
    `.box{display:inline-block;box-sizing:border-box;width:11px;height:11px;border:1.2px solid ${INK_COLOUR};border-radius:2px;vertical-align:middle}`,
    `.measure{padding-left:${INDENT}px}.measure>div{${font('measure')};background:${accent.fill};border-left:3px solid ${accent.accent};padding:0 8px 0 13px}.measure b{font-weight:600}`,
    `.sheetTitle{font-weight:700}.sheetLine{color:${DETAIL_COLOUR}}.fields{color:${INK_COLOUR}}`,
    `.blank{display:inline-block;width:45mm;border-bottom:1px solid ${INK_COLOUR};margin-right:8mm;vertical-align:baseline}`,
    `.row{display:grid;grid-template-columns:${columns};border-left:1px solid ${INK_COLOUR};border-bottom:1px solid ${INK_COLOUR};${font('cell')}}`,
    `.row--head{border-top:1px solid ${INK_COLOUR};font-weight:700;background:${accent.fill}}`,
    `.cell{padding:${CELL_PAD}px;border-right:1px solid ${INK_COLOUR};min-width:0}.row:not(.row--head) .cell:nth-child(n+5){display:flex;align-items:center;justify-content:center}`,
    `.row--head .cell:nth-child(n+5){text-align:center;padding-left:0;padding-right:0}`,
    `.context{${font('cellSmall')};color:${DETAIL_COLOUR}}`,
    `.row .box{width:13px;height:13px}`,
    `.ruled{height:29px;border-bottom:1px solid ${LINE_COLOUR}}.signature{padding-top:10px;height:20px}`,
  ].join('');
}

export interface HandbookPages {
  /** the document Chromium prints */
  html: string;
  pages: number;
  /** its parts, for a preview that shows one sheet (well-formed XML, so it can sit in an SVG's foreignObject) */
  css: string;
  sheets: string[];
}

/** A sheet's size in CSS pixels. */
export const SHEET_SIZE = { width: 210 * PX_PER_MM, height: 297 * PX_PER_MM };

/** The handbook's printable page, and how many sheets it has. */
export function handbookHtml(handbook: Handbook): HandbookPages {
  const words = HANDBOOK_WORDS[handbook.locale];
  const { groups, firstOfScene } = contentGroups(handbook);
  const sheet = inspectionSheet(handbook);
  const sheetStart = sheet[0]?.pieces[0] as Piece;
  // The cover's length does not depend on its page numbers: lay it out once to learn where the content starts.
  const coverPages = packPages([coverGroup(handbook, new Map(), 0)], CONTENT_HEIGHT).length;
  const body = packPages([...groups, ...sheet], CONTENT_HEIGHT);
  const tocPages = new Map<string, number>();
  for (const [group, sceneId] of firstOfScene) {
    const at = body.findIndex((page) => page.includes(group.pieces[0] as Piece));
    tocPages.set(sceneId, coverPages + at + 1);
  }
  const sheetPage = coverPages + body.findIndex((page) => page.includes(sheetStart)) + 1;
  const pages = [...packPages([coverGroup(handbook, tocPages, sheetPage)], CONTENT_HEIGHT), ...body];
  const running = [handbook.title, words.handbook, handbook.role].filter(Boolean).join(' · ');
  const sections = pages.map(
    (pieces, i) =>
      `<section class="page">${pieces.map((p) => p.html).join('')}<div class="footer"><span>${esc(running)}</span><span>${esc(words.page(i + 1, pages.length))}</span></div></section>`,
  );
  const title = `${handbook.title} — ${words.handbook}`;
  const style = css();
  return { html: `${exportPageHead(title, handbook.locale, style)}${sections.join('')}</body></html>`, pages: pages.length, css: style, sheets: sections };
}

/** One sheet as a standalone SVG image, for the export dialog's preview: the sheet's own HTML in a foreignObject. */
export function sheetSvg(pages: HandbookPages, index: number, lang: Locale): string {
  const { width, height } = SHEET_SIZE;
  const size = `width="${width.toFixed(1)}" height="${height.toFixed(1)}"`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" ${size} viewBox="0 0 ${width.toFixed(1)} ${height.toFixed(1)}">` +
    `<rect ${size} fill="#ffffff"/>` +
    `<foreignObject x="0" y="0" ${size}><div xmlns="http://www.w3.org/1999/xhtml" class="handbook" lang="${lang}"><style>${pages.css}</style>${pages.sheets[index] ?? ''}</div></foreignObject>` +
    `</svg>`
  );
}
