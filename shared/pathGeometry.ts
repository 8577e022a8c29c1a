// The customer-path arrow between two touchpoint cards, from the cards' boxes. The canvas and the
// export both draw this, so a link looks the same on screen and in the PDF:
// - neighbours (side by side in one row) get a straight line across the gap between them;
// - a card further right gets an S-curve, sagging when it stays in the row so it does not run
//   along the middle of the cards in between;
// - a card below or above in the same column gets a bracket on the right side;
// - a card to the left gets a loop under both.
// The arrowhead is at the target; the label goes near the middle of the line, pushed aside until
// it clears the arrowhead.
import { textWidth } from './text.ts';

export const LABEL_FONT_SIZE = 11;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

export interface LinkGeometry {
  /** SVG path data, from the source card to the target card */
  path: string;
  /** the centre of the label */
  labelX: number;
  labelY: number;
  /** where the arrowhead points */
  end: Point;
  straight: boolean;
}

/** The arrowhead's length along the line plus a margin: no label may touch that part of it. */
export const ARROW_CLEARANCE = 24;
/** Half of the arrowhead's width plus a margin, measured away from the line. */
const ARROW_HALF_WIDTH = 10;
/** The widest gap that still counts as neighbours (cells pad their cards by 8 px on each side). */
const NEIGHBOUR_GAP = 48;
/** Rows must share this much height for a straight line to meet both cards squarely. */
const MIN_SHARED_HEIGHT = 40;
const LABEL_OFFSET = 14;
/** The label's size when the caller cannot measure it. */
export const DEFAULT_LABEL_SIZE = { width: 96, height: 20 } as const;

type Cubic = [Point, Point, Point, Point];

const right = (r: Rect) => r.x + r.width;
const bottom = (r: Rect) => r.y + r.height;
const midY = (r: Rect) => r.y + r.height / 2;
const round = (v: number) => Math.round(v * 100) / 100;
const fmt = (p: Point) => `${round(p.x)},${round(p.y)}`;

function at([a, b, c, d]: Cubic, t: number): Point {
  const u = 1 - t;
  return {
    x: u * u * u * a.x + 3 * u * u * t * b.x + 3 * u * t * t * c.x + t * t * t * d.x,
    y: u * u * u * a.y + 3 * u * u * t * b.y + 3 * u * t * t * c.y + t * t * t * d.y,
  };
}

/** Points along the curve, about every 2 px, with their distance from the start. */
function samples(curve: Cubic): { point: Point; length: number }[] {
  const steps = 200;
  const out = [{ point: curve[0], length: 0 }];
  for (let i = 1; i <= steps; i++) {
    const point = at(curve, i / steps);
    const prev = out[i - 1]!;
    out.push({ point, length: prev.length + Math.hypot(point.x - prev.point.x, point.y - prev.point.y) });
  }
  return out;
}

interface Route {
  curve: Cubic;
  straight: boolean;
  /** where the label goes first, before it is pushed clear of the arrowhead */
  label?: Point;
}

function routeOf(from: Rect, to: Rect): Route {
  const start = { x: right(from), y: midY(from) };
  const gap = to.x - right(from);
  const sharedTop = Math.max(from.y, to.y);
  const sharedBottom = Math.min(bottom(from), bottom(to));
  const sameRow = sharedBottom - sharedTop >= MIN_SHARED_HEIGHT;
  if (sameRow && gap >= 0 && gap <= NEIGHBOUR_GAP) {
    const y = (sharedTop + sharedBottom) / 2;
    const a = { x: right(from), y };
    const d = { x: to.x, y };
    // The gap is too narrow for a label: it sits on the cards' top edge, over their padding
    // rather than their text.
    const label = { x: (a.x + d.x) / 2, y: Math.min(sharedTop - 2, y - 22) };
    return { curve: [a, { x: a.x + gap / 3, y }, { x: d.x - gap / 3, y }, d], straight: true, label };
  }
  if (gap >= 0) {
    const end = { x: to.x, y: midY(to) };
    const reach = Math.min(120, Math.max(gap / 2, 8));
    const sag = sameRow ? Math.min(90, 24 + gap * 0.12) : 0;
    return { curve: [start, { x: start.x + reach, y: start.y + sag }, { x: end.x - reach, y: end.y + sag }, end], straight: false };
  }
  const overlapX = Math.min(right(from), right(to)) - Math.max(from.x, to.x);
  if (overlapX > 0 && !sameRow) {
    // Stacked in one column: out of the source's right side and back into the target's.
    const end = { x: right(to), y: midY(to) };
    // Just past the gap to the next scene, so it does not run over that scene's cards.
    const bulge = Math.min(60, 20 + Math.abs(end.y - start.y) * 0.1) + Math.abs(right(to) - right(from));
    return { curve: [start, { x: start.x + bulge, y: start.y }, { x: end.x + bulge, y: end.y }, end], straight: false };
  }
  // Backwards: a loop below both cards, coming into the target from its left.
  const end = { x: to.x, y: midY(to) };
  const below = Math.max(bottom(from), bottom(to)) + 24;
  return { curve: [start, { x: start.x + 60, y: below + 40 }, { x: end.x - 60, y: below + 40 }, end], straight: false };
}

/** Whether a label box centred at `c` keeps clear of the line's last ARROW_CLEARANCE px. */
function clearOfArrow(c: Point, size: { width: number; height: number }, tail: Point[]): boolean {
  return tail.every(
    (p) =>
      p.x < c.x - size.width / 2 - ARROW_HALF_WIDTH ||
      p.x > c.x + size.width / 2 + ARROW_HALF_WIDTH ||
      p.y < c.y - size.height / 2 - ARROW_HALF_WIDTH ||
      p.y > c.y + size.height / 2 + ARROW_HALF_WIDTH,
  );
}

export function linkGeometry(from: Rect, to: Rect, labelSize: { width: number; height: number } = DEFAULT_LABEL_SIZE): LinkGeometry {
  const { curve, straight, label: anchor } = routeOf(from, to);
  const points = samples(curve);
  const total = points.at(-1)!.length;
  const tail = points.filter((s) => s.length >= total - ARROW_CLEARANCE).map((s) => s.point);
  // The middle of the line, then away from it (upwards on a rightward line) until the label is
  // clear of the arrowhead.
  const middle = points.find((s) => s.length >= total / 2) ?? points.at(-1)!;
  const i = points.indexOf(middle);
  const before = points[Math.max(0, i - 1)]!.point;
  const after = points[Math.min(points.length - 1, i + 1)]!.point;
  const dx = after.x - before.x;
  const dy = after.y - before.y;
  const length = Math.hypot(dx, dy) || 1;
  let normal = { x: dy / length, y: -dx / length };
  if (normal.y > 0) normal = { x: -normal.x, y: -normal.y };
  const base = anchor ?? middle.point;
  let offset = anchor ? 0 : LABEL_OFFSET;
  let label = { x: base.x + normal.x * offset, y: base.y + normal.y * offset };
  while (!clearOfArrow(label, labelSize, tail) && offset < 400) {
    offset += 2;
    label = { x: base.x + normal.x * offset, y: base.y + normal.y * offset };
  }
  const [a, b, c, d] = curve;
  const path = straight ? `M ${fmt(a)} L ${fmt(d)}` : `M ${fmt(a)} C ${fmt(b)} ${fmt(c)} ${fmt(d)}`;
  return { path, labelX: round(label.x), labelY: round(label.y), end: d, straight };
}

/** The label's box for a text, estimated as on screen (11 px text, 8 px padding and a border each side). */
export function labelSizeOf(text: string): { width: number; height: number } {
  return { width: Math.ceil(textWidth(text, LABEL_FONT_SIZE)) + 18, height: DEFAULT_LABEL_SIZE.height };
}
