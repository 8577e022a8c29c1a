// Grid geometry of a map, in flow coordinates: stage headers over scene columns, lane
// headers on the left, cards stacked in cells. Pure, so the canvas, the tests and the
// export renderer all agree on where everything is.
import { DEFAULT_LANE_HEIGHT, DEFAULT_SCENE_WIDTH, type JourneyDoc, type Lane } from './model.ts';
import { sortOrdered } from './order.ts';
import { wrapText } from './text.ts';

export const GRID = {
  laneHeaderWidth: 168,
  stageHeaderHeight: 44,
  sceneHeaderHeight: 56,
  emptyStageWidth: 180,
  emotionLaneHeight: 176,
  cellPadding: 8,
  cardGap: 8,
  cardFontSize: 13,
  cardLineHeight: 18,
  cardPaddingX: 10,
  cardPaddingY: 8,
  cardMinHeight: 48,
} as const;

export interface StageBox {
  stageId: string;
  x: number;
  width: number;
  sceneIds: string[];
}
export interface ColumnBox {
  /** null for the placeholder column of a stage without scenes */
  sceneId: string | null;
  stageId: string;
  x: number;
  width: number;
}
export interface RowBox {
  laneId: string;
  y: number;
  height: number;
}
export interface CardBox {
  cardId: string;
  laneId: string;
  sceneId: string;
  x: number;
  y: number;
  width: number;
  height: number;
  lines: string[];
  /** a line under the text for channel, role or severity */
  hasMeta: boolean;
}
export interface MapLayout {
  stages: StageBox[];
  columns: ColumnBox[];
  /** visible lanes only, top to bottom */
  rows: RowBox[];
  cards: Record<string, CardBox>;
  /** y where the first lane starts (below the stage and scene headers) */
  top: number;
  width: number;
  height: number;
}

export function cardHeight(lines: number): number {
  return Math.max(GRID.cardMinHeight, lines * GRID.cardLineHeight + 2 * GRID.cardPaddingY);
}

function laneBaseHeight(lane: Lane): number {
  return lane.height ?? (lane.kind === 'emotion' ? GRID.emotionLaneHeight : DEFAULT_LANE_HEIGHT);
}

export function layoutMap(doc: JourneyDoc): MapLayout {
  const stages: StageBox[] = [];
  const columns: ColumnBox[] = [];
  const scenesByStage = new Map<string, string[]>();
  for (const scene of sortOrdered(Object.values(doc.scenes))) {
    const list = scenesByStage.get(scene.stageId) ?? [];
    list.push(scene.id);
    scenesByStage.set(scene.stageId, list);
  }

  let x = GRID.laneHeaderWidth;
  for (const stage of sortOrdered(Object.values(doc.stages))) {
    const sceneIds = scenesByStage.get(stage.id) ?? [];
    const start = x;
    if (sceneIds.length === 0) {
      columns.push({ sceneId: null, stageId: stage.id, x, width: GRID.emptyStageWidth });
      x += GRID.emptyStageWidth;
    }
    for (const sceneId of sceneIds) {
      const width = doc.scenes[sceneId]?.width ?? DEFAULT_SCENE_WIDTH;
      columns.push({ sceneId, stageId: stage.id, x, width });
      x += width;
    }
    stages.push({ stageId: stage.id, x: start, width: x - start, sceneIds });
  }

  // Cards grouped per cell, in order, with their wrapped text.
  const cells = new Map<string, { id: string; lines: string[]; hasMeta: boolean }[]>();
  const columnOf = new Map(columns.filter((c) => c.sceneId).map((c) => [c.sceneId as string, c]));
  for (const card of sortOrdered(Object.values(doc.cards))) {
    const column = columnOf.get(card.sceneId);
    if (!column) continue;
    const key = `${card.laneId}|${card.sceneId}`;
    const textWidth = column.width - 2 * GRID.cellPadding - 2 * GRID.cardPaddingX;
    const list = cells.get(key) ?? [];
    const hasMeta = Boolean(card.channel || card.role || card.severity);
    list.push({ id: card.id, lines: wrapText(card.text, textWidth, GRID.cardFontSize), hasMeta });
    cells.set(key, list);
  }

  const top = GRID.stageHeaderHeight + GRID.sceneHeaderHeight;
  const rows: RowBox[] = [];
  const cards: Record<string, CardBox> = {};
  let y = top;
  for (const lane of sortOrdered(Object.values(doc.lanes))) {
    if (lane.hidden) continue;
    // A cell grows to fit its cards, and the lane grows with its fullest cell.
    let needed = 0;
    for (const column of columns) {
      if (!column.sceneId) continue;
      const list = cells.get(`${lane.id}|${column.sceneId}`) ?? [];
      let cy = y + GRID.cellPadding;
      for (const card of list) {
        const height = cardHeight(card.lines.length + (card.hasMeta ? 1 : 0));
        cards[card.id] = {
          cardId: card.id,
          laneId: lane.id,
          sceneId: column.sceneId,
          x: column.x + GRID.cellPadding,
          y: cy,
          width: column.width - 2 * GRID.cellPadding,
          height,
          lines: card.lines,
          hasMeta: card.hasMeta,
        };
        cy += height + GRID.cardGap;
      }
      needed = Math.max(needed, cy - y - GRID.cardGap + GRID.cellPadding);
    }
    const height = Math.max(laneBaseHeight(lane), needed);
    rows.push({ laneId: lane.id, y, height });
    y += height;
  }

  return { stages, columns, rows, cards, top, width: x, height: y };
}
