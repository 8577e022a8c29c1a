// Where cards dragged from the map or the palette would land: a cell (never the emotion lane)
// and the slot within it.
import { useReactFlow } from '@xyflow/react';
import { useCallback } from 'react';
import { holdsCards } from '../../../../shared/laneKinds.ts';
import { cellAt, insertionIndex } from '../../../../shared/layout.ts';
import { editor } from '../../../state/editor.ts';
import { layoutOf } from '../../../state/layoutCache.ts';
import type { DropTarget } from '../canvasStore.ts';

export function useDropTarget() {
  const flow = useReactFlow();
  return useCallback(
    (clientX: number, clientY: number, moving: ReadonlySet<string>): DropTarget | null => {
      const point = flow.screenToFlowPosition({ x: clientX, y: clientY });
      const current = layoutOf(editor.doc);
      const cell = cellAt(current, point.x, point.y);
      if (!cell || !holdsCards(editor.doc.lanes[cell.laneId]?.kind)) return null;
      return { cell, index: insertionIndex(current, cell, point.y, moving) };
    },
    [flow],
  );
}
