// The viewport that shows a part of the map with the least panning, clear of the sticky headers
// (openArea) and of anything floating over the map (the find bar, the minimap).
import type { Viewport } from '@xyflow/react';
import { openArea, shiftToFit } from './openArea.ts';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}
const GAP = 16;

const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * `rect` is in flow coordinates (a zero width or height: that axis does not matter); `pane` is
 * the canvas's size; `covers` are rectangles over the canvas, in canvas coordinates.
 */
export function revealing(viewport: Viewport, rect: Rect, pane: { width: number; height: number }, covers: Rect[] = []): Viewport {
  const { x, y, zoom } = viewport;
  const room = openArea(viewport, pane.width, pane.height);
  const nx = rect.width > 0 ? x + shiftToFit({ start: x + rect.x * zoom, end: x + (rect.x + rect.width) * zoom }, room.x) : x;
  const ny = rect.height > 0 ? y + shiftToFit({ start: y + rect.y * zoom, end: y + (rect.y + rect.height) * zoom }, room.y) : y;
  let shown = { x: nx + rect.x * zoom, y: ny + rect.y * zoom, width: Math.max(rect.width * zoom, 1), height: Math.max(rect.height * zoom, 1) };
  let dx = 0;
  let dy = 0;
  for (const cover of covers) {
    if (!overlaps(shown, cover)) continue;
    // Beside the cover if there is room on its left, else below it, else above it.
    if (cover.x - GAP - shown.width >= room.x.start) dx += cover.x - GAP - (shown.x + shown.width);
    else if (cover.y + cover.height + GAP + shown.height <= pane.height) dy += cover.y + cover.height + GAP - shown.y;
    else if (cover.y - GAP - shown.height >= room.y.start) dy += cover.y - GAP - (shown.y + shown.height);
    shown = { ...shown, x: nx + dx + rect.x * zoom, y: ny + dy + rect.y * zoom };
  }
  return { x: nx + dx, y: ny + dy, zoom };
}

/** What floats over the canvas (the find bar, the minimap, the opportunity matrix), in the canvas's coordinates. */
export function floatingCovers(pane: DOMRect): Rect[] {
  return [...document.querySelectorAll('.find-bar, .react-flow__minimap, .opportunity-matrix')].map((el) => {
    const box = el.getBoundingClientRect();
    return { x: box.x - pane.x, y: box.y - pane.y, width: box.width, height: box.height };
  });
}
