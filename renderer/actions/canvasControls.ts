// The canvas registers its viewport controls here so that menu commands and shortcuts, which
// live outside React, can zoom it.
export interface CanvasControls {
  zoomIn(): void;
  zoomOut(): void;
  fit(): void;
  fitSelection(): void;
  /** pans (at the same zoom) just enough to show this part of the map (flow coordinates) */
  reveal(rect: { x: number; y: number; width: number; height: number }): void;
}

let current: CanvasControls | null = null;

export function registerCanvas(controls: CanvasControls | null): void {
  current = controls;
}

export function canvas(): CanvasControls | null {
  return current;
}
