// Transient canvas state that changes many times a second during gestures (drop targets,
// header drags); kept apart from the session so only the pieces that show it re-render.
import { create } from 'zustand';
import type { Cell } from '../../../shared/layout.ts';

export interface DropTarget {
  cell: Cell;
  index: number;
}

/** Where a dragged header would land: a vertical line (scenes, stages) or a horizontal one (lanes). */
export interface HeaderMarker {
  axis: 'x' | 'y';
  at: number;
}

interface CanvasState {
  drop: DropTarget | null;
  marker: HeaderMarker | null;
  /** the touchpoint card a link being drawn would go to if released now */
  linkTarget: string | null;
}

export const useCanvasStore = create<CanvasState>(() => ({ drop: null, marker: null, linkTarget: null }));
