// Dragging a header to reorder: the header follows the pointer (in flow units, so zoom does not
// matter), `onMove` places the drop marker, `onDrop` applies the move; Esc cancels.
import { useReactFlow, useStore } from '@xyflow/react';
import { useState } from 'react';
import { setMarker } from '../components/canvas/canvasStore.ts';
import { usePointerDrag } from './usePointerDrag.ts';

export function useHeaderDrag(onMove: (flow: { x: number; y: number }) => void, onDrop: () => void) {
  const { screenToFlowPosition } = useReactFlow();
  const [offset, setOffset] = useState<{ dx: number; dy: number } | null>(null);
  const zoom = useStore((s) => s.transform[2]);
  const start = usePointerDrag({
    onMove: (event, dx, dy) => {
      setOffset({ dx: dx / zoom, dy: dy / zoom });
      onMove(screenToFlowPosition({ x: event.clientX, y: event.clientY }));
    },
    onEnd: () => {
      setOffset(null);
      setMarker(null);
      onDrop();
    },
    onCancel: () => {
      setOffset(null);
      setMarker(null);
    },
  });
  return { start, offset };
}
