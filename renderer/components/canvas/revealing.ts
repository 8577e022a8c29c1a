// The viewport that shows a part of the map with the least panning, clear of the sticky headers
// (openArea) and of anything floating over the map (the find bar).
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
  const shown = { x: nx + rect.x * zoom, y: ny + rect.y * zoom, width: Math.max(rect.width * zoom, 1), height: Math.max(rect.height * zoom, 1) };
  const cover = covers.find((c) => overlaps(shown, c));
  if (!cover) return { x: nx, y: ny, zoom };
  // Beside the cover if there is room on its left, else below it.
  if (cover.x - GAP - shown.width >= room.x.start) return { x: nx + cover.x - GAP - (shown.x + shown.width), y: ny, zoom };
  if (cover.y + cover.height + GAP + shown.height <= pane.height) return { x: nx, y: ny + cover.y + cover.height + GAP - shown.y, zoom };
  return { x: nx, y: ny, zoom };
}
