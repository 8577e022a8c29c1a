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
  /** the card image files dragged from outside would be attached to if dropped now */
  imageTarget: string | null;
  /** the stage, scene or lane just added, whose title is open for typing */
  naming: string | null;
}

export const useCanvasStore = create<CanvasState>(() => ({ drop: null, marker: null, linkTarget: null, imageTarget: null, naming: null }));

export const setMarker = (marker: HeaderMarker | null) => useCanvasStore.setState({ marker });

/** Opens the title of a just-added stage, scene or lane for typing. */
export const startNaming = (id: string) => useCanvasStore.setState({ naming: id });
export const stopNaming = (id: string) => useCanvasStore.setState((s) => (s.naming === id ? { naming: null } : s));
