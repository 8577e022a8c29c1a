// Grid geometry of a map, in flow coordinates: stage headers over scene columns, lane
// headers on the left, cards stacked in cells. Pure, so the canvas, the tests and the
// export renderer all agree on where everything is.
import { cardMetaParts, metaRows, type MetaPart } from './cardStyle.ts';
import { laneKind, type MetaContext } from './laneKinds.ts';
import { DEFAULT_SCENE_WIDTH, type JourneyDoc, type Lane } from './model.ts';
import { sortOrdered } from './order.ts';
import { wrapText } from './text.ts';

export const GRID = {
  laneHeaderWidth: 168,
  stageHeaderHeight: 44,
  sceneHeaderHeight: 56,
  emptyStageWidth: 180,
  cellPadding: 8,
  cardGap: 8,
  cardFontSize: 13,
  cardLineHeight: 18,
  cardPaddingX: 10,
  cardPaddingY: 8,
  cardBorders: 4,
  cardMinHeight: 48,
  collapsedLaneHeight: 36,
  minSceneWidth: 120,
  minLaneHeight: 48,
  // images on cards: the storyboard frame is as wide as the card's inside, 3:4 high; other
  // images are square thumbnails in a row at the card's foot
  pictureAspect: 3 / 4,
  thumbSize: 40,
  thumbGap: 4,
  imageGap: 6,
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
  collapsed: boolean;
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
  /** the rows under the text: score, severity, channel and role, series, tags… (cardStyle.ts) */
  meta: MetaPart[][];
  /**
   * A card of the images lane shows its first image as a storyboard frame above its text (the
   * caption): where, from the card's top-left, inside the padding. The image is fitted whole.
   */
  picture: { imageId: string; x: number; y: number; width: number; height: number } | null;
  /** the card's other images, as thumbnails in a row under the meta rows; `more`: those that did not fit */
  thumbs: { imageIds: string[]; more: number; x: number; y: number; size: number } | null;
}
export interface MapLayout {
  stages: StageBox[];
  columns: ColumnBox[];
  /** visible lanes only, top to bottom */
  rows: RowBox[];
  cards: Record<string, CardBox>;
  /** card ids of each visible cell, in order, keyed by cellKey(laneId, sceneId) */
  cells: Record<string, string[]>;
  /** y where the first lane starts (below the stage and scene headers) */
  top: number;
  width: number;
  height: number;
}

export const cellKey = (laneId: string, sceneId: string) => `${laneId}|${sceneId}`;

export function cardHeight(lines: number, extra = 0): number {
  // + 2: the card's top and bottom borders.
  return Math.max(GRID.cardMinHeight, lines * GRID.cardLineHeight + 2 * GRID.cardPaddingY + 2 + extra);
}

/** Where a card's images go inside a card of this width (shared by the canvas and the export). */
export function cardImages(images: readonly string[] | undefined, storyboard: boolean, width: number, textLines: number): { picture: CardBox['picture']; thumbs: CardBox['thumbs']; extra: number } {
  const list = images ?? [];
  const inner = width - 2 * GRID.cardPaddingX - GRID.cardBorders;
  let extra = 0;
  let picture: CardBox['picture'] = null;
  const first = list[0];
  if (storyboard && first !== undefined) {
    const height = Math.round(inner * GRID.pictureAspect);
    picture = { imageId: first, x: GRID.cardPaddingX + 3, y: GRID.cardPaddingY + 1, width: inner, height };
    extra += height + (textLines > 0 ? GRID.imageGap : 0);
  }
  const rest = picture ? list.slice(1) : list;
  let thumbs: CardBox['thumbs'] = null;
  if (rest.length > 0) {
    const fit = Math.max(1, Math.floor((inner + GRID.thumbGap) / (GRID.thumbSize + GRID.thumbGap)));
    const shown = rest.length > fit ? rest.slice(0, fit - 1) : [...rest];
    thumbs = { imageIds: shown, more: rest.length - shown.length, x: GRID.cardPaddingX + 3, y: 0, size: GRID.thumbSize };
    extra += GRID.thumbSize + GRID.imageGap;
  }
  return { picture, thumbs, extra };
}

function laneBaseHeight(lane: Lane): number {
  return lane.height ?? laneKind(lane.kind).height;
}

/**
 * `whole`: the map a part of it comes from (an export of some stages or lanes), whose ranks,
 * proposals and series the cards show, so a print says what the screen says. `context.today`:
 * the caller's date, for what is overdue.
 */
export function layoutMap(doc: JourneyDoc, whole: JourneyDoc = doc, context: MetaContext = {}): MapLayout {
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
  const cells = new Map<string, { id: string; lines: string[]; meta: MetaPart[][]; images: string[] | undefined; width: number }[]>();
  const columnOf = new Map(columns.filter((c) => c.sceneId).map((c) => [c.sceneId as string, c]));
  for (const card of sortOrdered(Object.values(doc.cards))) {
    const column = columnOf.get(card.sceneId);
    if (!column) continue;
    const key = cellKey(card.laneId, card.sceneId);
    // Card borders (3 px accent + 1 px) and a few pixels of slack: an estimate must never be narrower than the browser.
    const textWidth = column.width - 2 * GRID.cellPadding - 2 * GRID.cardPaddingX - GRID.cardBorders - 6;
    const list = cells.get(key) ?? [];
    list.push({ id: card.id, lines: wrapText(card.text, textWidth, GRID.cardFontSize), meta: metaRows(cardMetaParts(whole, card, context), textWidth), images: card.images, width: column.width - 2 * GRID.cellPadding });
    cells.set(key, list);
  }

  const top = GRID.stageHeaderHeight + GRID.sceneHeaderHeight;
  const rows: RowBox[] = [];
  const cards: Record<string, CardBox> = {};
  const cellIds: Record<string, string[]> = {};
  let y = top;
  for (const lane of sortOrdered(Object.values(doc.lanes))) {
    if (lane.hidden) continue;
    if (lane.collapsed) {
      rows.push({ laneId: lane.id, y, height: GRID.collapsedLaneHeight, collapsed: true });
      y += GRID.collapsedLaneHeight;
      continue;
    }
    // A cell grows to fit its cards, and the lane grows with its fullest cell.
    let needed = 0;
    for (const column of columns) {
      if (!column.sceneId) continue;
      const list = cells.get(cellKey(lane.id, column.sceneId)) ?? [];
      cellIds[cellKey(lane.id, column.sceneId)] = list.map((card) => card.id);
      let cy = y + GRID.cellPadding;
      for (const card of list) {
        const { picture, thumbs, extra } = cardImages(card.images, lane.kind === 'images', card.width, card.lines.length);
        const height = cardHeight(card.lines.length + card.meta.length, extra);
        // The thumbnails sit at the card's foot, under the meta rows.
        const placedThumbs = thumbs && { ...thumbs, y: height - 1 - GRID.cardPaddingY - thumbs.size };
        cards[card.id] = {
          cardId: card.id,
          laneId: lane.id,
          sceneId: column.sceneId,
          x: column.x + GRID.cellPadding,
          y: cy,
          width: column.width - 2 * GRID.cellPadding,
          height,
          lines: card.lines,
          meta: card.meta,
          picture,
          thumbs: placedThumbs,
        };
        cy += height + GRID.cardGap;
      }
      needed = Math.max(needed, cy - y - GRID.cardGap + GRID.cellPadding);
    }
    const height = Math.max(laneBaseHeight(lane), needed);
    rows.push({ laneId: lane.id, y, height, collapsed: false });
    y += height;
  }

  return { stages, columns, rows, cards, cells: cellIds, top, width: x, height: y };
}

export interface Cell {
  laneId: string;
  sceneId: string;
}

/** The cell under a point in flow coordinates (collapsed lanes and empty stages are not cells). */
export function cellAt(layout: MapLayout, x: number, y: number): Cell | null {
  const column = layout.columns.find((c) => c.sceneId && x >= c.x && x < c.x + c.width);
  const row = layout.rows.find((r) => !r.collapsed && y >= r.y && y < r.y + r.height);
  return column?.sceneId && row ? { laneId: row.laneId, sceneId: column.sceneId } : null;
}

/** Where a card dropped at height `y` goes among a cell's cards (the moving ones left out). */
export function insertionIndex(layout: MapLayout, cell: Cell, y: number, moving: ReadonlySet<string> = new Set()): number {
  const ids = (layout.cells[cellKey(cell.laneId, cell.sceneId)] ?? []).filter((id) => !moving.has(id));
  let index = 0;
  for (const id of ids) {
    const box = layout.cards[id];
    if (box && y > box.y + box.height / 2) index++;
  }
  return index;
}

export type Direction = 'up' | 'down' | 'left' | 'right';

/**
 * The card the selection moves to with an arrow key: up/down within the cell, then into the
 * nearest card of the lanes above/below; left/right to the nearest card of the same lane in the
 * next scene that has one.
 */
export function neighbourCard(layout: MapLayout, cardId: string, direction: Direction): string | null {
  const box = layout.cards[cardId];
  if (!box) return null;
  const inCell = layout.cells[cellKey(box.laneId, box.sceneId)] ?? [];
  const at = inCell.indexOf(cardId);
  const nearestTo = (ids: string[]) =>
    ids.reduce<string | null>((best, id) => {
      const a = layout.cards[id];
      const b = best ? layout.cards[best] : undefined;
      if (!a) return best;
      return !b || Math.abs(a.y - box.y) < Math.abs(b.y - box.y) ? id : best;
    }, null);
  if (direction === 'up' || direction === 'down') {
    const next = inCell[at + (direction === 'down' ? 1 : -1)];
    if (next) return next;
    const rows = direction === 'down' ? layout.rows : layout.rows.toReversed();
    const start = rows.findIndex((r) => r.laneId === box.laneId);
    for (const row of rows.slice(start + 1)) {
      const ids = layout.cells[cellKey(row.laneId, box.sceneId)] ?? [];
      if (ids.length > 0) return (direction === 'down' ? ids[0] : ids.at(-1)) ?? null;
    }
    return null;
  }
  const columns = layout.columns.filter((c) => c.sceneId);
  const ordered = direction === 'right' ? columns : columns.toReversed();
  const start = ordered.findIndex((c) => c.sceneId === box.sceneId);
  for (const column of ordered.slice(start + 1)) {
    const found = nearestTo(layout.cells[cellKey(box.laneId, column.sceneId as string)] ?? []);
    if (found) return found;
  }
  return null;
}

/** Where a dragged scene header lands: a stage, a position among its scenes, and the marker x. */
export function sceneDropAt(layout: MapLayout, x: number, movingSceneId: string): { stageId: string; index: number; markerX: number } | null {
  const columns = layout.columns.filter((c) => c.sceneId !== movingSceneId);
  if (columns.length === 0) return null;
  const column =
    columns.find((c) => x >= c.x && x < c.x + c.width) ?? (x < (columns[0] as ColumnBox).x ? columns[0] : columns.at(-1));
  if (!column) return null;
  if (!column.sceneId) return { stageId: column.stageId, index: 0, markerX: column.x + column.width / 2 };
  const siblings = columns.filter((c) => c.stageId === column.stageId && c.sceneId);
  const at = siblings.indexOf(column);
  const after = x >= column.x + column.width / 2;
  return { stageId: column.stageId, index: at + (after ? 1 : 0), markerX: after ? column.x + column.width : column.x };
}

/**
 * Where a dragged stage header lands. `stageOrder` is every stage id in order, those a view
 * leaves out too: the index returned counts them, as moveStage does.
 */
export function stageDropAt(layout: MapLayout, x: number, movingStageId: string, stageOrder: string[]): { index: number; markerX: number } {
  const stages = layout.stages.filter((s) => s.stageId !== movingStageId);
  const others = stageOrder.filter((id) => id !== movingStageId);
  let shownIndex = 0;
  for (const stage of stages) if (x >= stage.x + stage.width / 2) shownIndex++;
  const before = stages[shownIndex];
  const last = stages[shownIndex - 1];
  const index = before ? others.indexOf(before.stageId) : others.length;
  return { index, markerX: before ? before.x : last ? last.x + last.width : GRID.laneHeaderWidth };
}

/**
 * Where a dragged lane header lands. `laneOrder` is every lane id in order, hidden ones too:
 * the index returned counts them, as moveLane does.
 */
export function laneDropAt(layout: MapLayout, y: number, movingLaneId: string, laneOrder: string[]): { index: number; markerY: number } {
  const rows = layout.rows.filter((r) => r.laneId !== movingLaneId);
  const others = laneOrder.filter((id) => id !== movingLaneId);
  let visibleIndex = 0;
  for (const row of rows) if (y >= row.y + row.height / 2) visibleIndex++;
  const before = rows[visibleIndex];
  const last = rows[visibleIndex - 1];
  const index = before ? others.indexOf(before.laneId) : others.length;
  return { index, markerY: before ? before.y : last ? last.y + last.height : layout.top };
}
