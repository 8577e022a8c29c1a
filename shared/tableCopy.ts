// Cards as a range a spreadsheet pastes cell by cell: rows are lanes, columns are scenes, the
// cards of one cell joined by line breaks. A selection gives the block from its first to its
// last lane and scene (so the cards keep their places relative to each other); the whole map
// gives every lane and scene, with the scene titles as the first row and the lane titles as
// the first column (pasted back into a map, those titles place the cards).
import { holdsCards } from './laneKinds.ts';
import type { JourneyDoc } from './model.ts';
import { sortOrdered } from './order.ts';
import type { Grid } from './tableText.ts';

function axes(doc: JourneyDoc): { scenes: string[]; lanes: string[] } {
  const stageRank = new Map(sortOrdered(Object.values(doc.stages)).map((stage, i) => [stage.id, i]));
  const scenes = sortOrdered(Object.values(doc.scenes))
    .filter((scene) => stageRank.has(scene.stageId))
    .sort((a, b) => (stageRank.get(a.stageId) ?? 0) - (stageRank.get(b.stageId) ?? 0))
    .map((scene) => scene.id);
  const lanes = sortOrdered(Object.values(doc.lanes))
    .filter((lane) => !lane.hidden && holdsCards(lane.kind))
    .map((lane) => lane.id);
  return { scenes, lanes };
}

function cellTexts(doc: JourneyDoc, ids: Iterable<string>): Map<string, string[]> {
  const cells = new Map<string, string[]>();
  const chosen = new Set(ids);
  for (const card of sortOrdered(Object.values(doc.cards).filter((c) => chosen.has(c.id)))) {
    const key = `${card.laneId}|${card.sceneId}`;
    cells.set(key, [...(cells.get(key) ?? []), card.text]);
  }
  return cells;
}

/** The selected cards as a block of cells; empty when none of them is on a shown lane. */
export function cardsTable(doc: JourneyDoc, ids: readonly string[]): Grid {
  const { scenes, lanes } = axes(doc);
  const cards = ids.map((id) => doc.cards[id]).filter((card) => card !== undefined);
  const laneIndexes = cards.map((card) => lanes.indexOf(card.laneId)).filter((i) => i >= 0);
  const sceneIndexes = cards.map((card) => scenes.indexOf(card.sceneId)).filter((i) => i >= 0);
  if (laneIndexes.length === 0 || sceneIndexes.length === 0) return [];
  const rows = lanes.slice(Math.min(...laneIndexes), Math.max(...laneIndexes) + 1);
  const columns = scenes.slice(Math.min(...sceneIndexes), Math.max(...sceneIndexes) + 1);
  const cells = cellTexts(doc, ids);
  return rows.map((laneId) => columns.map((sceneId) => (cells.get(`${laneId}|${sceneId}`) ?? []).join('\n')));
}

/** The whole map, with a title row and a title column. */
export function mapTable(doc: JourneyDoc): Grid {
  const { scenes, lanes } = axes(doc);
  const cells = cellTexts(doc, Object.keys(doc.cards));
  return [
    ['', ...scenes.map((id) => doc.scenes[id]?.title ?? '')],
    ...lanes.map((laneId) => [doc.lanes[laneId]?.title ?? '', ...scenes.map((sceneId) => (cells.get(`${laneId}|${sceneId}`) ?? []).join('\n'))]),
  ];
}
