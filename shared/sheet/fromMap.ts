// A map as a workbook: the map sheet (stages, scenes and channels across the top, a row per lane
// and per emotion curve, the cards of a cell one per line), the card details sheet (what cards
// keep beyond text: one row per such card, naming its cell), and the map info sheet (title,
// description, emotion scale). What a spreadsheet cannot carry is counted in `leftOut`.
import { drawsCurve, holdsCards } from '../laneKinds.ts';
import type { Card, JourneyDoc } from '../model.ts';
import { sortOrdered } from '../order.ts';
import { scenesInReadingOrder } from '../readingOrder.ts';
import { relationsFrom } from '../relations.ts';
import { columnsFor, type CardColumn } from './cardColumns.ts';
import { joinCards } from './cells.ts';
import { cellName, MAX_CELL_CHARS, type Cell, type Range, type Sheet, type Workbook } from './workbook.ts';
import { CHANNEL_WORDS, LANE_KIND_WORDS, sheetWords, type ColumnKey, type SheetWords } from './words.ts';

export const SHEET_FORMAT = 'journey-mapper/sheet 1';
/** Where the map sheet's grid of cells starts: after the row labels and the lane kinds. */
export const GRID_COLUMN = 2;
export const HEADER_ROWS = 3;

export type LeftOutKind = keyof SheetWords['leftOut'] extends infer K ? (K extends `${infer Base}_${'one' | 'other'}` ? Base : K) : never;
export interface LeftOut {
  kind: LeftOutKind;
  count: number;
}

const count = (n: number, kind: LeftOutKind): LeftOut[] => (n > 0 ? [{ kind, count: n }] : []);
const firstLine = (text: string) => {
  const line = text.split('\n')[0]?.trim() ?? '';
  return line.length > 60 ? `${line.slice(0, 59)}…` : line;
};

function capped(text: string, cut: { count: number }): string {
  if (text.length <= MAX_CELL_CHARS) return text;
  cut.count += 1;
  return text.slice(0, MAX_CELL_CHARS);
}

export function mapToWorkbook(doc: JourneyDoc): { workbook: Workbook; leftOut: LeftOut[] } {
  const locale = doc.map.locale;
  const words = sheetWords(locale);
  const scenes = scenesInReadingOrder(doc).map((scene) => scene.id);
  const column = new Map(scenes.map((id, i) => [id, GRID_COLUMN + i]));
  const stages = sortOrdered(Object.values(doc.stages));
  const width = GRID_COLUMN + scenes.length;
  const blank = (): Cell[] => Array.from({ length: width }, () => null);

  const stageRow = blank();
  const sceneRow = blank();
  const channelRow = blank();
  stageRow[0] = words.stage;
  sceneRow[0] = words.scene;
  channelRow[0] = words.channel;
  const merges: Range[] = [];
  for (const stage of stages) {
    const own = scenes.filter((id) => doc.scenes[id]?.stageId === stage.id);
    const first = column.get(own[0] ?? '');
    if (first === undefined) continue;
    stageRow[first] = stage.title;
    if (own.length > 1) merges.push({ top: 0, left: first, bottom: 0, right: first + own.length - 1 });
  }
  for (const id of scenes) {
    const scene = doc.scenes[id];
    const at = column.get(id) as number;
    if (!scene) continue;
    sceneRow[at] = scene.title;
    channelRow[at] = CHANNEL_WORDS.label(scene.channel, locale);
  }

  const rows: Cell[][] = [stageRow, sceneRow, channelRow];
  const hiddenRows: number[] = [];
  const notes: Record<string, string> = {};
  const fills: Record<string, string> = {};
  /** where each card and emotion point went, for the details sheet's references */
  const placeOf = new Map<string, string>();
  const cut = { count: 0 };
  let extraPoints = 0;
  const cardsByCell = new Map<string, Card[]>();
  for (const card of sortOrdered(Object.values(doc.cards))) {
    const key = `${card.laneId}|${card.sceneId}`;
    cardsByCell.set(key, [...(cardsByCell.get(key) ?? []), card]);
  }
  const lanes = sortOrdered(Object.values(doc.lanes));
  const curves = sortOrdered(Object.values(doc.curves));
  // The curves are drawn in the first emotion lane (a second one would only repeat them).
  const curveLane = lanes.find((lane) => drawsCurve(lane.kind));
  for (const lane of lanes) {
    const row = blank();
    row[0] = lane.title;
    row[1] = LANE_KIND_WORDS.label(lane.kind, locale);
    const at = rows.length;
    if (lane.hidden) hiddenRows.push(at);
    if (holdsCards(lane.kind)) {
      for (const id of scenes) {
        const cards = cardsByCell.get(`${lane.id}|${id}`) ?? [];
        if (cards.length === 0) continue;
        const col = column.get(id) as number;
        row[col] = capped(joinCards(cards.map((c) => c.text)), cut);
        for (const card of cards) placeOf.set(card.id, cellName(at, col));
      }
    }
    rows.push(row);
    if (lane !== curveLane) continue;
    for (const curve of curves) {
      const curveRow = blank();
      curveRow[0] = curve.name;
      curveRow[1] = words.curve;
      const r = rows.length;
      fills[`${r}:0`] = curve.colour;
      if (lane.hidden || curve.hidden) hiddenRows.push(r);
      const points = sortOrdered(Object.values(doc.emotionPoints).filter((p) => p.curveId === curve.id));
      const seen = new Set<string>();
      for (const point of points) {
        const col = column.get(point.sceneId);
        if (col === undefined) continue;
        if (seen.has(point.sceneId)) {
          extraPoints += 1;
          continue;
        }
        seen.add(point.sceneId);
        curveRow[col] = point.score;
        if (point.note) notes[`${r}:${col}`] = point.note;
        placeOf.set(point.id, cellName(r, col));
      }
      rows.push(curveRow);
    }
  }
  const mapSheet: Sheet = { name: words.mapSheet, rows, notes, merges, hiddenRows, fills, layout: 'grid' };

  const details = detailsSheet(doc, words, placeOf, scenes, cut);
  const info: Sheet = {
    name: words.infoSheet,
    layout: 'pairs',
    rows: [
      [words.info.title, capped(doc.map.title, cut)],
      [words.info.description, capped(doc.map.description, cut)],
      [words.info.scale, doc.map.scale],
      [words.info.language, locale],
      [words.info.format, SHEET_FORMAT],
    ],
  };

  const images = new Set<string>();
  for (const card of Object.values(doc.cards)) for (const image of card.images ?? []) images.add(image);
  for (const persona of Object.values(doc.personas)) if (persona.photo) images.add(persona.photo);
  const leftOut = [
    ...count(images.size, 'images'),
    ...count(Object.keys(doc.personas).length, 'personas'),
    ...count(Object.keys(doc.links).length, 'links'),
    ...count(Object.values(doc.emotionPoints).filter((p) => p.cardId !== undefined).length, 'pointCards'),
    ...count(extraPoints, 'extraPoints'),
    ...(Object.values(doc.lanes).some((l) => l.height !== undefined) || Object.values(doc.scenes).some((s) => s.width !== undefined) ? [{ kind: 'sizes' as const, count: 1 }] : []),
    ...count(cut.count, 'cut'),
  ];
  return { workbook: [mapSheet, ...(details ? [details] : []), info], leftOut };
}

function detailsSheet(doc: JourneyDoc, words: SheetWords, placeOf: Map<string, string>, scenes: string[], cut: { count: number }): Sheet | null {
  const locale = doc.map.locale;
  const sceneRank = new Map(scenes.map((id, i) => [id, i]));
  const reference = (id: string | undefined): string | null => {
    if (!id) return null;
    const card = doc.cards[id];
    const point = doc.emotionPoints[id];
    const place = placeOf.get(id);
    if (!place) return null;
    return `${place}: ${card ? firstLine(card.text) : (doc.curves[point?.curveId ?? '']?.name ?? '')}`;
  };
  const relationCell = (card: Card, key: ColumnKey): Cell => {
    const kind = key === 'addresses' ? 'addresses' : 'delivers';
    const refs = relationsFrom(doc, kind, card.id)
      .map((r) => reference(r.toCardId ?? r.toPointId))
      .filter((r) => r !== null);
    return refs.length > 0 ? refs.join('\n') : null;
  };
  const entries: { card: Card; values: Map<ColumnKey, Cell> }[] = [];
  const used = new Set<ColumnKey>();
  for (const lane of sortOrdered(Object.values(doc.lanes))) {
    if (!holdsCards(lane.kind)) continue;
    const columns: CardColumn[] = columnsFor(lane.kind);
    const cards = sortOrdered(Object.values(doc.cards).filter((c) => c.laneId === lane.id && placeOf.has(c.id))).sort(
      (a, b) => (sceneRank.get(a.sceneId) ?? 0) - (sceneRank.get(b.sceneId) ?? 0),
    );
    for (const card of cards) {
      const values = new Map<ColumnKey, Cell>();
      for (const column of columns) {
        const value = column.field === 'relations' ? relationCell(card, column.key) : column.get(card, locale);
        if (value === null || value === '') continue;
        values.set(column.key, typeof value === 'string' ? capped(value, cut) : value);
        used.add(column.key);
      }
      if (values.size > 0) entries.push({ card, values });
    }
  }
  if (entries.length === 0) return null;
  const keys = (Object.keys(words.columns) as ColumnKey[]).filter((key) => used.has(key));
  const header: Cell[] = [words.columns.cell, words.columns.lane, words.columns.scene, words.columns.card, ...keys.map((key) => words.columns[key])];
  const rows = entries.map(({ card, values }): Cell[] => [
    placeOf.get(card.id) ?? null,
    doc.lanes[card.laneId]?.title ?? null,
    doc.scenes[card.sceneId]?.title ?? null,
    capped(card.text, cut),
    ...keys.map((key) => values.get(key) ?? null),
  ]);
  return { name: words.detailsSheet, rows: [header, ...rows], layout: 'list' };
}
