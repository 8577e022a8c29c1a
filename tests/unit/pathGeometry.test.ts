import { describe, expect, it } from 'vitest';
import { ARROW_CLEARANCE, labelSizeOf, linkGeometry, type Point, type Rect } from '../../shared/pathGeometry.ts';

const card = (x: number, y: number, height = 72): Rect => ({ x, y, width: 224, height });

/** Points of an `M … L …` or `M … C …` path, sampled along it. */
function pointsOf(path: string): Point[] {
  const n = path.match(/-?[\d.]+/g)!.map(Number);
  if (path.includes(' L ')) return Array.from({ length: 101 }, (_, i) => ({ x: n[0]! + ((n[2]! - n[0]!) * i) / 100, y: n[1]! + ((n[3]! - n[1]!) * i) / 100 }));
  const [ax, ay, bx, by, cx, cy, dx, dy] = n as [number, number, number, number, number, number, number, number];
  return Array.from({ length: 401 }, (_, i) => {
    const t = i / 400;
    const u = 1 - t;
    return {
      x: u ** 3 * ax + 3 * u * u * t * bx + 3 * u * t * t * cx + t ** 3 * dx,
      y: u ** 3 * ay + 3 * u * u * t * by + 3 * u * t * t * cy + t ** 3 * dy,
    };
  });
}

function tailOf(points: Point[], length: number): Point[] {
  const out: Point[] = [];
  let along = 0;
  for (let i = points.length - 1; i > 0 && along <= length; i--) {
    out.push(points[i]!);
    along += Math.hypot(points[i]!.x - points[i - 1]!.x, points[i]!.y - points[i - 1]!.y);
  }
  return out;
}

function expectLabelClear(from: Rect, to: Rect, text = 'Friend recommends') {
  const size = labelSizeOf(text);
  const g = linkGeometry(from, to, size);
  for (const p of tailOf(pointsOf(g.path), ARROW_CLEARANCE)) {
    const inside = Math.abs(p.x - g.labelX) < size.width / 2 + 8 && Math.abs(p.y - g.labelY) < size.height / 2 + 8;
    expect(inside, `arrowhead point ${p.x},${p.y} under the label at ${g.labelX},${g.labelY}`).toBe(false);
  }
  return g;
}

describe('linkGeometry', () => {
  it('neighbours in a row: a straight line from the right edge of one card to the left edge of the next', () => {
    const g = linkGeometry(card(176, 332), card(416, 332));
    expect(g.straight).toBe(true);
    expect(g.path).toBe('M 400,368 L 416,368');
    expect(g.end).toEqual({ x: 416, y: 368 });
  });

  it('neighbours of different heights meet at the middle of the height they share', () => {
    const g = linkGeometry(card(176, 332, 54), card(416, 332, 108));
    expect(g.path).toBe('M 400,359 L 416,359');
  });

  it('the label of a short line sits on the top edge of the cards (their padding, not their text), clear of the arrowhead', () => {
    const g = expectLabelClear(card(176, 332), card(416, 332));
    expect(g.labelY).toBe(330);
    expect(g.labelX).toBeCloseTo(408, 0);
    // Low cards: the label still keeps clear of the line.
    expect(expectLabelClear(card(176, 332, 48), card(416, 332, 48)).labelY).toBeLessThanOrEqual(356 - 20);
  });

  it('a card further along the row: a sagging curve into its left edge, label clear of the arrowhead', () => {
    const g = expectLabelClear(card(176, 332), card(896, 332));
    expect(g.straight).toBe(false);
    expect(g.path.startsWith('M 400,368 C')).toBe(true);
    expect(g.end).toEqual({ x: 896, y: 368 });
    // Not a curl: the curve never leaves the span between the two cards.
    const xs = pointsOf(g.path).map((p) => p.x);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(399.9);
    expect(Math.max(...xs)).toBeLessThanOrEqual(896.1);
  });

  it('a card lower in the next scene: an S within the gap, never a curl', () => {
    const g = expectLabelClear(card(656, 332), card(896, 412));
    const xs = pointsOf(g.path).map((p) => p.x);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(879.9);
    expect(Math.max(...xs)).toBeLessThanOrEqual(896.1);
  });

  it('a card below in the same cell: a bracket on the right side into its right edge', () => {
    const g = expectLabelClear(card(656, 332), card(656, 412));
    expect(g.end).toEqual({ x: 880, y: 448 });
    expect(Math.max(...pointsOf(g.path).map((p) => p.x))).toBeGreaterThan(880 + 20);
  });

  it('a card to the left: a loop under both cards into its left edge', () => {
    const g = expectLabelClear(card(896, 332), card(176, 332), '朋友推荐');
    expect(g.end).toEqual({ x: 176, y: 368 });
    expect(Math.max(...pointsOf(g.path).map((p) => p.y))).toBeGreaterThan(404);
  });

  it('wide labels are measured', () => {
    expect(labelSizeOf('a much longer label than usual').width).toBeGreaterThan(labelSizeOf('short').width);
    expect(labelSizeOf('朋友推荐').width).toBeGreaterThan(40);
  });
});
