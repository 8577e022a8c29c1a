// The emotion curve through its points: monotone cubic interpolation (the Fritsch–Carlson
// family, as in d3's curveMonotoneX). Between two points the curve never goes above the higher
// or below the lower one, so it never leaves the scale and never invents a peak.

export interface CurvePoint {
  x: number;
  y: number;
}

export interface CurveSegment {
  from: CurvePoint;
  c1: CurvePoint;
  c2: CurvePoint;
  to: CurvePoint;
}

const sign = (v: number) => (v < 0 ? -1 : 1);

/** Tangents at each point; points must be sorted by x. */
function tangents(points: CurvePoint[]): number[] {
  const n = points.length;
  const h: number[] = [];
  const s: number[] = [];
  for (let i = 0; i < n - 1; i++) {
    const a = points[i] as CurvePoint;
    const b = points[i + 1] as CurvePoint;
    h.push(b.x - a.x);
    s.push(b.x - a.x === 0 ? 0 : (b.y - a.y) / (b.x - a.x));
  }
  const t = Array.from({ length: n }, () => 0);
  for (let i = 1; i < n - 1; i++) {
    const s0 = s[i - 1] as number;
    const s1 = s[i] as number;
    const h0 = h[i - 1] as number;
    const h1 = h[i] as number;
    if (s0 * s1 <= 0 || h0 + h1 === 0) continue; // a turning point: flat
    const p = (s0 * h1 + s1 * h0) / (h0 + h1);
    t[i] = (sign(s0) + sign(s1)) * Math.min(Math.abs(s0), Math.abs(s1), 0.5 * Math.abs(p));
  }
  // Ends: the parabola through the end and its neighbour's tangent, kept within monotone bounds.
  const end = (slope: number, inner: number) => {
    const value = (3 * slope - inner) / 2;
    if (slope === 0 || sign(value) !== sign(slope)) return 0;
    return Math.abs(value) > 3 * Math.abs(slope) ? 3 * slope : value;
  };
  if (n > 1) {
    t[0] = end(s[0] as number, n > 2 ? (t[1] as number) : (s[0] as number));
    t[n - 1] = end(s[n - 2] as number, n > 2 ? (t[n - 2] as number) : (s[n - 2] as number));
  }
  return t;
}

/** Cubic Bézier segments joining the points (sorted by x) in order. */
export function monotoneSegments(points: CurvePoint[]): CurveSegment[] {
  if (points.length < 2) return [];
  const t = tangents(points);
  const segments: CurveSegment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const from = points[i] as CurvePoint;
    const to = points[i + 1] as CurvePoint;
    const third = (to.x - from.x) / 3;
    segments.push({
      from,
      c1: { x: from.x + third, y: from.y + (t[i] as number) * third },
      c2: { x: to.x - third, y: to.y - (t[i + 1] as number) * third },
      to,
    });
  }
  return segments;
}

/** The point of a segment at parameter u ∈ [0, 1]. */
export function pointOnSegment(segment: CurveSegment, u: number): CurvePoint {
  const v = 1 - u;
  const a = v * v * v;
  const b = 3 * v * v * u;
  const c = 3 * v * u * u;
  const d = u * u * u;
  return {
    x: a * segment.from.x + b * segment.c1.x + c * segment.c2.x + d * segment.to.x,
    y: a * segment.from.y + b * segment.c1.y + c * segment.c2.y + d * segment.to.y,
  };
}

/** SVG path data for the segments (one `M`, then `C` commands). */
export function segmentsToPath(segments: CurveSegment[]): string {
  if (segments.length === 0) return '';
  const first = segments[0] as CurveSegment;
  return [`M${first.from.x},${first.from.y}`, ...segments.map((s) => `C${s.c1.x},${s.c1.y} ${s.c2.x},${s.c2.y} ${s.to.x},${s.to.y}`)].join(' ');
}
