// Where images dropped or pasted onto the map go. Pure: the map, its layout and a point in flow
// coordinates in, a target out.
import { holdsCards } from '../../shared/laneKinds.ts';
import { cellAt, insertionIndex, type Cell, type MapLayout } from '../../shared/layout.ts';
import type { JourneyDoc } from '../../shared/model.ts';

/** Onto a card: attached to it. Onto a cell's free space: new cards at `index`. */
export type ImageTarget = { kind: 'card'; cardId: string } | { kind: 'cell'; cell: Cell; index: number };

export function imageTargetAt(doc: JourneyDoc, layout: MapLayout, x: number, y: number): ImageTarget | null {
  const cell = cellAt(layout, x, y);
  if (!cell || !holdsCards(doc.lanes[cell.laneId]?.kind)) return null;
  const card = Object.values(layout.cards).find((box) => box.laneId === cell.laneId && box.sceneId === cell.sceneId && x >= box.x && x < box.x + box.width && y >= box.y && y < box.y + box.height);
  return card ? { kind: 'card', cardId: card.cardId } : { kind: 'cell', cell, index: insertionIndex(layout, cell, y) };
}

/** Image files among what is dragged: by declared type, as far as a drag tells before the drop. */
export const carriesFiles = (types: readonly string[]) => types.includes('Files');
