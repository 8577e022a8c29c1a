// The card being written stays in view: Tab into a scene off the edge (or a new card below the
// bottom) pans the view so the whole card shows, clear of the sticky headers.
import { useReactFlow } from '@xyflow/react';
import { useEffect, type RefObject } from 'react';
import { floatingCovers, revealing } from '../components/canvas/revealing.ts';
import { editor } from '../state/editor.ts';
import { layoutOf } from '../state/layoutCache.ts';
import { useSession } from '../state/session.ts';

export function useFollowEditing(container: RefObject<HTMLElement | null>): void {
  const flow = useReactFlow();
  const editing = useSession((s) => s.editingCardId);
  useEffect(() => {
    const card = editing ? layoutOf(editor.doc).cards[editing] : undefined;
    const pane = container.current?.getBoundingClientRect();
    if (!card || !pane) return;
    const viewport = flow.getViewport();
    const next = revealing(viewport, card, pane, floatingCovers(pane));
    if (next.x !== viewport.x || next.y !== viewport.y) void flow.setViewport(next, { duration: 120 });
  }, [editing, flow, container]);
}
