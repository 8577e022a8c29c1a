// A range of spreadsheet cells pasted onto a cell of the map: rows go to lanes, columns to
// scenes, one card per non-empty cell. A first row naming scenes (or stages) and a first column
// naming lanes place the cards by those titles instead of by position.
//
// Wider than the map: scenes are added at the right end of the last stage (a scene is only a
// column with a title). Taller than the lanes below: the rest is left out and the preview says
// how many cards — a lane has a kind (pain points, touchpoints…) that no spreadsheet says, and a
// guessed one would have to be redone; adding the lanes and pasting again is the honest way.
import { SCALES } from './emotion/scale.ts';
import { holdsCards } from './laneKinds.ts';
import type { JourneyDoc } from './model.ts';
import type { Operation } from './ops.ts';
import { sortOrdered } from './order.ts';
import { parseHtmlTable } from './tableHtml.ts';
import { parseTsv, type Grid, type TableRead } from './tableText.ts';

/**
 * The clipboard's range: its HTML table when that has the same shape as its text (the HTML is
 * unambiguous about line breaks in cells), else the text read as tab-separated cells.
 */
export function readTable(plain: string, html: string): TableRead {
  const fromText = parseTsv(plain);
  const fromHtml = html ? parseHtmlTable(html) : null;
  if (!fromHtml) return fromText;
  if ('tooLarge' in fromHtml) return 'tooLarge' in fromText || plain.trim() === '' ? fromHtml : fromText;
  if ('tooLarge' in fromText || plain.trim() === '') return fromHtml;
  const same = fromHtml.grid.length === fromText.grid.length && (fromHtml.grid[0]?.length ?? 0) === (fromText.grid[0]?.length ?? 0);
  return same ? fromHtml : fromText;
}

export interface TablePastePlan {
  ops: Operation[];
  /** the new cards, in reading order */
  ids: string[];
  lanes: number;
  scenes: number;
  /** scenes added at the right end */
  addedScenes: number;
  /** non-empty cells with no lane to go to (below the last lane, or a title no lane has) */
  leftOut: number;
}

export interface PasteTarget {
  laneId: string;
  sceneId: string;
}

interface PlanOptions {
  newId: (kind: 'card' | 'scene' | 'emotion') => string;
  /** the title of an added scene, numbered from the map's scene count (freshTitle) */
  sceneTitle: (taken: string[]) => string;
}

const key = (title: string) => title.toLowerCase().replace(/\s+/g, '');

/** Scenes left to right, as the layout draws them (stage order, then scene order). */
function sceneColumns(doc: JourneyDoc): string[] {
  const byStage = new Map<string, string[]>();
  for (const scene of sortOrdered(Object.values(doc.scenes))) byStage.set(scene.stageId, [...(byStage.get(scene.stageId) ?? []), scene.id]);
  return sortOrdered(Object.values(doc.stages)).flatMap((stage) => byStage.get(stage.id) ?? []);
}

/** The lanes a range can fill, top to bottom: shown ones that hold cards (not the emotion curve). */
const cardLanes = (doc: JourneyDoc): string[] =>
  sortOrdered(Object.values(doc.lanes))
    .filter((lane) => !lane.hidden && holdsCards(lane.kind))
    .map((lane) => lane.id);

function headers(doc: JourneyDoc, grid: Grid): { row: boolean; column: boolean } {
  const sceneKeys = new Set([...Object.values(doc.scenes), ...Object.values(doc.stages)].map((record) => key(record.title)));
  const laneKeys = new Set(cardLanes(doc).map((id) => key(doc.lanes[id]?.title ?? '')));
  const names = (cells: string[], keys: Set<string>) => {
    const filled = cells.filter((cell) => cell.trim() !== '');
    return filled.length > 0 && filled.every((cell) => keys.has(key(cell)));
  };
  if (grid.length < 2 || (grid[0]?.length ?? 0) < 2) return { row: false, column: false };
  const firstRow = grid[0] ?? [];
  const firstColumn = grid.map((row) => row[0] ?? '');
  const rowCandidate = names(firstRow.slice(1), sceneKeys);
  const columnCandidate = names(firstColumn.slice(1), laneKeys);
  if (rowCandidate && columnCandidate) return { row: true, column: true };
  if (rowCandidate && names(firstRow.slice(0, 1), sceneKeys)) return { row: true, column: false };
  if (columnCandidate && names(firstColumn.slice(0, 1), laneKeys)) return { row: false, column: true };
  return { row: false, column: false };
}

/** The operations of one paste (one undo step); a range of one column goes into the target cell. */
export function planTablePaste(doc: JourneyDoc, grid: Grid, target: PasteTarget, options: PlanOptions): TablePastePlan {
  const columns = sceneColumns(doc);
  const lanes = cardLanes(doc);
  const ops: Operation[] = [];
  const ids: string[] = [];
  const plan = { ops, ids, lanes: 0, scenes: 0, addedScenes: 0, leftOut: 0 };
  const startColumn = columns.indexOf(target.sceneId);
  const startLane = lanes.indexOf(target.laneId);
  if (startColumn < 0 || startLane < 0) return plan;

  const width = grid[0]?.length ?? 0;
  if (width === 1) {
    // a column of lines: one card per line, all in the target cell
    const texts = grid.map((row) => (row[0] ?? '').trim()).filter(Boolean);
    const index = countIn(doc, target.laneId, target.sceneId);
    for (const [i, text] of texts.entries()) {
      const id = options.newId('card');
      ids.push(id);
      ops.push({ type: 'addCard', id, laneId: target.laneId, sceneId: target.sceneId, text, index: index + i });
    }
    return { ...plan, lanes: texts.length ? 1 : 0, scenes: texts.length ? 1 : 0 };
  }

  const head = headers(doc, grid);
  const body = grid.slice(head.row ? 1 : 0).map((row) => row.slice(head.column ? 1 : 0));
  const byTitle = (keys: string[], title: string, records: Record<string, { title: string }>) => keys.find((id) => key(records[id]?.title ?? '') === key(title));

  // Where each column of the range goes: a scene id, 'new' (to add), or null (left out).
  const columnTargets: (string | 'new' | null)[] = (body[0] ?? []).map((_, c) => {
    if (!head.row) return columns[startColumn + c] ?? 'new';
    const title = grid[0]?.[c + (head.column ? 1 : 0)] ?? '';
    if (!title.trim()) return null;
    const stageId = byTitle(Object.keys(doc.stages), title, doc.stages);
    return byTitle(columns, title, doc.scenes) ?? columns.find((id) => doc.scenes[id]?.stageId === stageId) ?? null;
  });
  const laneTargets: (string | null)[] = body.map((_, r) => {
    if (!head.column) return lanes[startLane + r] ?? null;
    const title = grid[r + (head.row ? 1 : 0)]?.[0] ?? '';
    return title.trim() ? (byTitle(lanes, title, doc.lanes) ?? null) : null;
  });

  // Columns with something to paste that lie past the right end get new scenes, in order.
  const lastStage = sortOrdered(Object.values(doc.stages)).at(-1);
  const taken = Object.values(doc.scenes).map((scene) => scene.title);
  const sceneOf = columnTargets.map((targetScene, c) => {
    if (targetScene !== 'new') return targetScene;
    if (!lastStage || !body.some((row, r) => laneTargets[r] && row[c]?.trim())) return null;
    const id = options.newId('scene');
    const title = options.sceneTitle(taken);
    taken.push(title);
    ops.push({ type: 'addScene', id, stageId: lastStage.id, title, channel: 'offline' });
    for (const curve of Object.values(doc.curves)) ops.push({ type: 'addEmotionPoint', id: options.newId('emotion'), curveId: curve.id, sceneId: id, score: SCALES[doc.map.scale].neutral });
    plan.addedScenes++;
    return id;
  });

  const added = new Map<string, number>();
  const usedLanes = new Set<string>();
  const usedScenes = new Set<string>();
  for (const [r, row] of body.entries()) {
    for (const [c, raw] of row.entries()) {
      const text = raw.trim();
      if (!text) continue;
      const laneId = laneTargets[r];
      const sceneId = sceneOf[c];
      if (!laneId || !sceneId) {
        plan.leftOut++;
        continue;
      }
      const cell = `${laneId}|${sceneId}`;
      const before = added.get(cell) ?? 0;
      added.set(cell, before + 1);
      const id = options.newId('card');
      ids.push(id);
      usedLanes.add(laneId);
      usedScenes.add(sceneId);
      ops.push({ type: 'addCard', id, laneId, sceneId, text, index: countIn(doc, laneId, sceneId) + before });
    }
  }
  return { ...plan, lanes: usedLanes.size, scenes: usedScenes.size };
}

// A map of many cards pasted into many cells: counted once, not once per new card.
const counts = new WeakMap<JourneyDoc, Map<string, number>>();
function countIn(doc: JourneyDoc, laneId: string, sceneId: string): number {
  let perCell = counts.get(doc);
  if (!perCell) {
    perCell = new Map();
    for (const card of Object.values(doc.cards)) perCell.set(`${card.laneId}|${card.sceneId}`, (perCell.get(`${card.laneId}|${card.sceneId}`) ?? 0) + 1);
    counts.set(doc, perCell);
  }
  return perCell.get(`${laneId}|${sceneId}`) ?? 0;
}
