// Which card a customer-path link dropped at a point would go to: any touchpoint card whose box
// holds the point, other than the link's own start and not already linked from it.
import { isPathKind } from './laneKinds.ts';
import type { MapLayout } from './layout.ts';
import type { JourneyDoc } from './model.ts';

function onPath(doc: JourneyDoc, cardId: string): boolean {
  const kind = doc.lanes[doc.cards[cardId]?.laneId ?? '']?.kind;
  return kind !== undefined && isPathKind(kind);
}

export function canLink(doc: JourneyDoc, fromId: string, toId: string): boolean {
  if (fromId === toId || !onPath(doc, fromId) || !onPath(doc, toId)) return false;
  return !Object.values(doc.links).some((l) => l.fromCardId === fromId && l.toCardId === toId);
}

export function linkTargetAt(doc: JourneyDoc, layout: MapLayout, point: { x: number; y: number }, fromId: string): string | null {
  for (const box of Object.values(layout.cards)) {
    const inside = point.x >= box.x && point.x <= box.x + box.width && point.y >= box.y && point.y <= box.y + box.height;
    if (inside) return canLink(doc, fromId, box.cardId) ? box.cardId : null;
  }
  return null;
}
