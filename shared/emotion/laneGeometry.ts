// Where emotion points sit in the emotion lane, in flow coordinates: x inside their scene's
// column (several points of one scene share it, left to right), y by score on the map's scale.
import type { MapLayout, RowBox } from '../layout.ts';
import type { EmotionPoint, JourneyDoc } from '../model.ts';
import { sortOrdered } from '../order.ts';
import { curvePoints } from '../summary.ts';
import { SCALES } from './scale.ts';
import { appendTo } from '../collections.ts';

// Room above the highest and below the lowest score for the markers' labels.
export const LANE_PADDING = 28;

export interface PlacedPoint {
  point: EmotionPoint;
  x: number;
  y: number;
  /** index of the scene column, to find gaps (scenes without a point) */
  column: number;
}

export function yOfScore(score: number, row: RowBox, doc: JourneyDoc): number {
  const { min, max } = SCALES[doc.map.scale];
  const clamped = Math.max(min, Math.min(max, score));
  return row.y + LANE_PADDING + ((max - clamped) / (max - min)) * (row.height - 2 * LANE_PADDING);
}

export function scoreOfY(y: number, row: RowBox, doc: JourneyDoc): number {
  const { min, max } = SCALES[doc.map.scale];
  const t = (y - row.y - LANE_PADDING) / (row.height - 2 * LANE_PADDING);
  return Math.max(min, Math.min(max, max - t * (max - min)));
}

/** The points of one curve, placed, in reading order; `scores` overrides scores (a live drag). */
export function placeCurve(doc: JourneyDoc, layout: MapLayout, row: RowBox, curveId: string, scores: Record<string, number> = {}): PlacedPoint[] {
  const columns = layout.columns.filter((c) => c.sceneId);
  const columnOf = new Map(columns.map((c, i) => [c.sceneId as string, { box: c, index: i }]));
  const all = curvePoints(doc, curveId);
  const byScene = new Map<string, EmotionPoint[]>();
  for (const point of all) appendTo(byScene, point.sceneId, point);
  return all.flatMap((point) => {
    const column = columnOf.get(point.sceneId);
    if (!column) return [];
    const inScene = byScene.get(point.sceneId) ?? [point];
    const x = column.box.x + ((inScene.indexOf(point) + 1) * column.box.width) / (inScene.length + 1);
    return [{ point, x, y: yOfScore(scores[point.id] ?? point.score, row, doc), column: column.index }];
  });
}

/** Pieces of a curve to draw: a scene without a point breaks it, unless the map interpolates. */
export function curveRuns(doc: JourneyDoc, placed: PlacedPoint[]): PlacedPoint[][] {
  const runs: PlacedPoint[][] = [];
  for (const p of placed) {
    const run = runs.at(-1);
    const last = run?.at(-1);
    if (run && last && (doc.map.curveGaps === 'interpolate' || p.column - last.column <= 1)) run.push(p);
    else runs.push([p]);
  }
  return runs;
}

export const visibleCurves = (doc: JourneyDoc) => sortOrdered(Object.values(doc.curves)).filter((c) => !c.hidden);

/** The curve being edited: the chosen one while it is shown, else the first shown curve. */
export function activeCurve(doc: JourneyDoc, chosen: string | null): string | null {
  const curve = chosen ? doc.curves[chosen] : undefined;
  return curve && !curve.hidden ? curve.id : (visibleCurves(doc)[0]?.id ?? null);
}
