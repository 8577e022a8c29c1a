// The viewport that shows a part of the map with the least panning: the lane headers (pinned at
// the left) and the stage and scene headers (pinned at the top) cover the map, so they count as
// out of view, and so does anything floating over the map (the find bar).
import type { Viewport } from '@xyflow/react';
import { GRID } from '../../../shared/layout.ts';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}
// Room kept at the far edges; at the header edges, none, so a card in the first row or scene
// (8 px from the header) never makes the map creep on each jump.
const MARGIN = 24;

/** One axis: the new pan offset so [start, start+size] (screen px) fits in [low, high]. */
function along(offset: number, start: number, size: number, low: number, high: number): number {
  if (start >= low && start + size <= high) return offset;
  // Too big to fit, or hidden at the near edge: show its start.
  if (start < low || size > high - low) return offset + (low - start);
  return offset - (start + size - high);
}

const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * `pane` is the canvas's size; `covers` are rectangles over the canvas (in pane coordinates)
 * that should not hide what is shown.
 */
export function revealing(viewport: Viewport, rect: Rect, pane: { width: number; height: number }, headerHeight: number, covers: Rect[] = []): Viewport {
  const { x, y, zoom } = viewport;
  const left = Math.max(x, 0) + GRID.laneHeaderWidth * zoom;
  const top = Math.max(y, 0) + headerHeight * zoom;
  let nx = rect.width > 0 ? along(x, rect.x * zoom + x, rect.width * zoom, left, pane.width - MARGIN) : x;
  let ny = rect.height > 0 ? along(y, rect.y * zoom + y, rect.height * zoom, top, pane.height - MARGIN) : y;
  for (const cover of covers) {
    const shown = { x: rect.x * zoom + nx, y: rect.y * zoom + ny, width: Math.max(rect.width * zoom, 1), height: Math.max(rect.height * zoom, 1) };
    if (!overlaps(shown, cover)) continue;
    // Beside the cover if there is room on its left, else below it.
    if (cover.x - MARGIN - shown.width >= left) nx += cover.x - MARGIN - (shown.x + shown.width);
    else if (cover.y + cover.height + MARGIN + shown.height <= pane.height) ny += cover.y + cover.height + MARGIN - shown.y;
  }
  return { x: nx, y: ny, zoom };
}
