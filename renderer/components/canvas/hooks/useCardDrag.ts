// Dragging cards (one or the selection) into another cell or slot: they follow the pointer while
// the target cell shows where they will go, and the drop is one history entry.
import type { Node, NodeChange } from '@xyflow/react';
import { useCallback, useState } from 'react';
import type { Operation } from '../../../../shared/ops.ts';
import { editor } from '../../../state/editor.ts';
import { layoutOf } from '../../../state/layoutCache.ts';
import { session } from '../../../state/session.ts';
import { useCanvasStore } from '../canvasStore.ts';
import { useDropTarget } from './useDropTarget.ts';

export type DraggedPositions = Record<string, { x: number; y: number }>;

export function useCardDrag() {
  const [dragged, setDragged] = useState<DraggedPositions | null>(null);
  const dropTargetAt = useDropTarget();

  /** The positions React Flow reports while cards are dragged. */
  const onPositionChanges = useCallback((changes: NodeChange[]) => {
    const moved: DraggedPositions = {};
    for (const change of changes) {
      if (change.type === 'position' && change.dragging && change.position) moved[change.id] = change.position;
    }
    if (Object.keys(moved).length > 0) setDragged((prev) => ({ ...prev, ...moved }));
  }, []);

  const onNodeDrag = useCallback(
    (event: globalThis.MouseEvent | TouchEvent, _node: Node, moving: Node[]) => {
      const point = 'clientX' in event ? event : event.touches[0];
      if (!point) return;
      useCanvasStore.setState({ drop: dropTargetAt(point.clientX, point.clientY, new Set(moving.map((n) => n.id))) });
    },
    [dropTargetAt],
  );

  const onNodeDragStop = useCallback((_event: globalThis.MouseEvent | TouchEvent, _node: Node, moving: Node[]) => {
    const { drop } = useCanvasStore.getState();
    useCanvasStore.setState({ drop: null });
    setDragged(null);
    if (!drop) return;
    // Keep the dragged cards in their reading order.
    const current = layoutOf(editor.doc);
    const ids = moving
      .map((n) => n.id)
      .filter((id) => current.cards[id])
      .sort((a, b) => (current.cards[a]!.x - current.cards[b]!.x) * 1e6 + (current.cards[a]!.y - current.cards[b]!.y));
    const ops = ids.map((id, i): Operation => ({ type: 'moveCard', id, ...drop.cell, index: drop.index + i }));
    editor.apply(ops, 'moveCards');
    session.set({ activeCell: drop.cell });
  }, []);

  return { dragged, onPositionChanges, onNodeDrag, onNodeDragStop };
}
