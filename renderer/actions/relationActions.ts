// Tying an opportunity to what it addresses, each change one history entry, and showing a tied
// card or emotion point on the map.
import { placeCurve } from '../../shared/emotion/laneGeometry.ts';
import { newId } from '../../shared/ids.ts';
import { drawsCurve } from '../../shared/laneKinds.ts';
import { findRelation } from '../../shared/relations.ts';
import { editor } from '../state/editor.ts';
import { layoutOf } from '../state/layoutCache.ts';
import { session } from '../state/session.ts';
import { showSidePanel } from '../state/sidePanel.ts';
import { canvas } from './canvasControls.ts';
import { showCard } from './cardActions.ts';

/** An opportunity addresses a card or an emotion point (nothing happens when it already does). */
export function address(opportunityId: string, targetId: string): void {
  const doc = editor.doc;
  if (findRelation(doc, 'addresses', opportunityId, targetId)) return;
  const target = doc.emotionPoints[targetId] ? { toPointId: targetId } : { toCardId: targetId };
  editor.apply({ type: 'addRelation', id: newId('relation'), kind: 'addresses', fromCardId: opportunityId, ...target }, 'addRelation');
}

export function untie(relationId: string): void {
  if (editor.doc.relations[relationId]) editor.apply({ type: 'deleteRelation', id: relationId }, 'deleteRelation');
}

/**
 * Selects an emotion point and pans the map just enough to show it. `panel`: also bring up the
 * emotion panel, where the selected point's note and touchpoint are.
 */
export function showPoint(pointId: string, { panel = false }: { panel?: boolean } = {}): void {
  const doc = editor.doc;
  const point = doc.emotionPoints[pointId];
  if (!point) return;
  session.set({ selectedPointId: pointId, activeCurveId: point.curveId, selection: [], selectedLinks: [], editingCardId: null });
  if (panel) showSidePanel('emotion');
  const layout = layoutOf(doc);
  const row = layout.rows.find((r) => !r.collapsed && drawsCurve(doc.lanes[r.laneId]?.kind));
  const placed = row && placeCurve(doc, layout, row, point.curveId).find((p) => p.point.id === pointId);
  if (placed) canvas()?.reveal({ x: placed.x - 24, y: placed.y - 24, width: 48, height: 48 });
}

/** Shows whatever the id names: a card (selected, with its inspector) or an emotion point. */
export function showTarget(id: string, options?: { panel?: boolean }): void {
  if (editor.doc.cards[id]) showCard(id);
  else showPoint(id, options);
}
