// The part of the canvas that the sticky headers leave uncovered, and the smallest pan that brings
// a box into it. Shared by the header layer (a focused header) and the card being edited.
import type { Viewport } from '@xyflow/react';
import { GRID } from '../../../shared/layout.ts';

export interface Span {
  start: number;
  end: number;
}

/** Room kept between a revealed box and the edge it was brought to. */
const MARGIN = 16;

/** Screen spans (relative to the canvas) not under the lane headers (x) or the stage and scene headers (y). */
export function openArea({ x, y, zoom }: Viewport, width: number, height: number): { x: Span; y: Span } {
  return {
    x: { start: Math.max(x, 0) + GRID.laneHeaderWidth * zoom, end: width },
    y: { start: Math.max(y, 0) + (GRID.stageHeaderHeight + GRID.sceneHeaderHeight) * zoom, end: height },
  };
}

/** How far to move a box along one axis so it fits in `room`; its start wins when it cannot fit. */
export function shiftToFit(box: Span, room: Span): number {
  let shift = 0;
  if (box.end > room.end) shift = room.end - MARGIN - box.end;
  if (box.start + shift < room.start) shift = room.start + MARGIN - box.start;
  return shift;
}
