// Find (Ctrl/Cmd+F): open the bar, and jump to a result, which selects it and brings it into view.
import { drawsCurve } from '../../shared/laneKinds.ts';
import type { FindResult } from '../../shared/search.ts';
import { editor } from '../state/editor.ts';
import { useFind } from '../state/find.ts';
import { layoutOf } from '../state/layoutCache.ts';
import { session, useSession } from '../state/session.ts';
import { canvas } from './canvasControls.ts';
import { showCard } from './cardActions.ts';

export function openFind(): void {
  useFind.setState({ open: true });
  // Ctrl+F again with the bar open selects what is typed, as in a browser.
  requestAnimationFrame(() => {
    const input = document.querySelector<HTMLInputElement>('.find-bar__input');
    input?.focus();
    input?.select();
  });
}

export function closeFind(): void {
  useFind.setState({ open: false, current: -1, matches: new Set(), currentKey: null });
}

/** Selects what a result points at and pans the map to show it. */
export function jumpTo(result: FindResult): void {
  const layout = layoutOf(editor.doc);
  const target = result.target;
  const clear = { selection: [] as string[], selectedLinks: [] as string[], selectedPointId: null, editingCardId: null };
  if (target.kind === 'card') {
    showCard(target.id);
    session.set({ activeCell: { laneId: target.laneId, sceneId: target.sceneId } });
    return;
  }
  session.set(target.kind === 'emotionPoint' ? { ...clear, selectedPointId: target.id } : clear);
  const column = 'sceneId' in target ? layout.columns.find((c) => c.sceneId === target.sceneId) : null;
  if (target.kind === 'emotionPoint' && column) {
    const row = layout.rows.find((r) => drawsCurve(editor.doc.lanes[r.laneId]?.kind));
    canvas()?.reveal({ x: column.x, y: row?.y ?? 0, width: column.width, height: row?.height ?? 0 });
  } else if (target.kind === 'scene') {
    const box = layout.columns.find((c) => c.sceneId === target.id);
    if (box) canvas()?.reveal({ x: box.x, y: 0, width: box.width, height: 0 });
  } else if (target.kind === 'stage') {
    const box = layout.stages.find((s) => s.stageId === target.id);
    if (box) canvas()?.reveal({ x: box.x, y: 0, width: Math.min(box.width, 480), height: 0 });
  } else if (target.kind === 'lane') {
    const row = layout.rows.find((r) => r.laneId === target.id);
    if (row) canvas()?.reveal({ x: 0, y: row.y, width: 0, height: row.height });
  }
}

// Results belong to one document: showing another one (or the start screen) closes the bar.
useSession.subscribe((state, previous) => {
  if (state.docKey !== previous.docKey || state.view !== previous.view) closeFind();
});
