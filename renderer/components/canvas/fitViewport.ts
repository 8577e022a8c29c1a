// Fit without hiding anything under the minimap: the map is fitted either above the corner the
// minimap holds or to its left, whichever shows it larger.
export interface Size {
  width: number;
  height: number;
}
export interface Bounds extends Size {
  x: number;
  y: number;
}
export interface FitViewport {
  x: number;
  y: number;
  zoom: number;
}

export function fitViewport(content: Bounds, pane: Size, corner: Size | null, { padding = 16, minZoom = 0.05, maxZoom = 2 } = {}): FitViewport {
  const reserved = corner ?? { width: 0, height: 0 };
  const room = (width: number, height: number) => ({
    width: Math.max(1, width - 2 * padding),
    height: Math.max(1, height - 2 * padding),
  });
  const areas = [room(pane.width, pane.height - reserved.height), room(pane.width - reserved.width, pane.height)];
  const zoomIn = (area: Size) => Math.min(area.width / content.width, area.height / content.height);
  const best = zoomIn(areas[0]!) >= zoomIn(areas[1]!) ? areas[0]! : areas[1]!;
  const zoom = Math.min(maxZoom, Math.max(minZoom, zoomIn(best)));
  // Centred in the area it was fitted to.
  return {
    x: padding + (best.width - content.width * zoom) / 2 - content.x * zoom,
    y: padding + (best.height - content.height * zoom) / 2 - content.y * zoom,
    zoom,
  };
}
