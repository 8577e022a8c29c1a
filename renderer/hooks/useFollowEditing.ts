// The card being written stays in view: Tab into a scene off the edge (or a new card below the
// bottom) pans the view so the whole card shows, clear of the sticky headers.
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useEffect } from 'react';
import { openArea, shiftToFit } from '../components/canvas/openArea.ts';
import { editor } from '../state/editor.ts';
import { layoutOf } from '../state/layoutCache.ts';
import { useSession } from '../state/session.ts';

export function useFollowEditing(): void {
  const flow = useReactFlow();
  const store = useStoreApi();
  const editing = useSession((s) => s.editingCardId);
  useEffect(() => {
    const card = editing ? layoutOf(editor.doc).cards[editing] : undefined;
    if (!card) return;
    const { width, height } = store.getState();
    const viewport = flow.getViewport();
    const { x, y, zoom } = viewport;
    const room = openArea(viewport, width, height);
    const dx = shiftToFit({ start: x + card.x * zoom, end: x + (card.x + card.width) * zoom }, room.x);
    const dy = shiftToFit({ start: y + card.y * zoom, end: y + (card.y + card.height) * zoom }, room.y);
    if (dx !== 0 || dy !== 0) void flow.setViewport({ x: x + dx, y: y + dy, zoom }, { duration: 120 });
  }, [editing, flow, store]);
}
