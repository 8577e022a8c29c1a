// A card kind dragged from the palette: the cell under the pointer shows where the new card goes.
import { useCallback, type DragEvent } from 'react';
import { createCard } from '../../../actions/cardActions.ts';
import { useCanvasStore } from '../canvasStore.ts';
import { PALETTE_MIME } from '../Palette.tsx';
import { useDropTarget } from './useDropTarget.ts';

const NOTHING_MOVES: ReadonlySet<string> = new Set();

export function usePaletteDrop() {
  const dropTargetAt = useDropTarget();

  const onDragOver = useCallback(
    (event: DragEvent) => {
      if (!event.dataTransfer.types.includes(PALETTE_MIME)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
      useCanvasStore.setState({ drop: dropTargetAt(event.clientX, event.clientY, NOTHING_MOVES) });
    },
    [dropTargetAt],
  );

  const onDrop = useCallback(
    (event: DragEvent) => {
      if (!event.dataTransfer.types.includes(PALETTE_MIME)) return;
      event.preventDefault();
      const drop = dropTargetAt(event.clientX, event.clientY, NOTHING_MOVES);
      useCanvasStore.setState({ drop: null });
      if (drop) createCard(drop.cell, drop.index);
    },
    [dropTargetAt],
  );

  const onDragLeave = useCallback(() => useCanvasStore.setState({ drop: null }), []);

  return { onDragOver, onDrop, onDragLeave };
}
