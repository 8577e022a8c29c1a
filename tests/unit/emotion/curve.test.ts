import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { monotoneSegments, pointOnSegment, segmentsToPath, type CurvePoint } from '../../../shared/emotion/curve.ts';

const EPSILON = 1e-9;

// Random curves: 2–40 points with strictly increasing x and scores on a −3…+3 range.
const curves = fc
  .array(fc.tuple(fc.double({ min: 1, max: 400, noNaN: true }), fc.double({ min: -3, max: 3, noNaN: true })), { minLength: 2, maxLength: 40 })
  .map((pairs) => {
    let x = 0;
    return pairs.map(([dx, y]): CurvePoint => ({ x: (x += dx), y }));
  });

describe('monotone curve', () => {
  it('passes through every point and never leaves the range of its two ends (property)', () => {
    fc.assert(
      fc.property(curves, (points) => {
        const segments = monotoneSegments(points);
        expect(segments).toHaveLength(points.length - 1);
        segments.forEach((segment, i) => {
          expect(segment.from).toEqual(points[i]);
          expect(segment.to).toEqual(points[i + 1]);
          const low = Math.min(segment.from.y, segment.to.y) - EPSILON;
          const high = Math.max(segment.from.y, segment.to.y) + EPSILON;
          for (let u = 0; u <= 1; u += 0.05) {
            const p = pointOnSegment(segment, u);
            expect(p.y).toBeGreaterThanOrEqual(low);
            expect(p.y).toBeLessThanOrEqual(high);
          }
        });
      }),
      { numRuns: 300 },
    );
  });

  it('is flat at a turning point and keeps a plateau flat', () => {
    const [up, down] = monotoneSegments([
      { x: 0, y: -2 },
      { x: 100, y: 2 },
      { x: 200, y: -1 },
    ]);
    expect(up!.c2.y).toBe(2);
    expect(down!.c1.y).toBe(2);
    const flat = monotoneSegments([
      { x: 0, y: 1 },
      { x: 50, y: 1 },
      { x: 100, y: 1 },
    ]);
    for (const s of flat) expect([s.c1.y, s.c2.y]).toEqual([1, 1]);
  });

  it('has nothing to draw for fewer than two points, and writes SVG path data', () => {
    expect(monotoneSegments([])).toEqual([]);
    expect(monotoneSegments([{ x: 1, y: 1 }])).toEqual([]);
    expect(segmentsToPath([])).toBe('');
    expect(segmentsToPath(monotoneSegments([{ x: 0, y: 0 }, { x: 30, y: 3 }]))).toMatch(/^M0,0 C10,\S+ 20,\S+ 30,3$/);
  });
});
