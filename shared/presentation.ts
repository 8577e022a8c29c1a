// Presenting a map to a room: the steps (an overview, then one stage or one scene per step, then
// the overview again), the emotion curve drawn up to the current step so the story unfolds, and
// what each step puts forward: its highlights, darkest points, peak and end, and its pain points.
// Works on the map as the shown view shows it (shared/views.ts).
import { analyseCurve, type CurveAnalysis } from './emotion/analysis.ts';
import { visibleCurves } from './emotion/laneGeometry.ts';
import { holdsCards } from './laneKinds.ts';
import type { Card, JourneyDoc, Lane } from './model.ts';
import { sortOrdered } from './order.ts';
import { scenesInReadingOrder } from './readingOrder.ts';

export type PresentBy = 'stage' | 'scene';

export type Step =
  | { kind: 'overview'; at: 'start' | 'end' }
  /** a stage, or one scene of it (`part` of `parts`) */
  | { kind: 'part'; stageId: string; sceneIds: string[]; part: number; parts: number };

export function presentationSteps(doc: JourneyDoc, by: PresentBy): Step[] {
  const steps: Step[] = [{ kind: 'overview', at: 'start' }];
  const scenes = scenesInReadingOrder(doc);
  for (const stage of sortOrdered(Object.values(doc.stages))) {
    const ids = scenes.filter((s) => s.stageId === stage.id).map((s) => s.id);
    if (ids.length === 0) continue;
    if (by === 'stage') steps.push({ kind: 'part', stageId: stage.id, sceneIds: ids, part: 1, parts: 1 });
    else ids.forEach((id, i) => steps.push({ kind: 'part', stageId: stage.id, sceneIds: [id], part: i + 1, parts: ids.length }));
  }
  steps.push({ kind: 'overview', at: 'end' });
  return steps;
}

/** The last scene a step has reached (the curve is drawn up to it); null before the first step. */
export function reachedScene(steps: readonly Step[], index: number): string | null | 'all' {
  const step = steps[index];
  if (!step) return null;
  if (step.kind === 'overview') return step.at === 'end' ? 'all' : null;
  return step.sceneIds.at(-1) ?? null;
}

export interface StripPoint {
  id: string;
  sceneId: string;
  /** the scene's place in the journey (0 = first), plus a fraction for a second point in it */
  slot: number;
  score: number;
}

export interface StripCurve {
  curveId: string;
  name: string;
  colour: string;
  /** every point, in reading order */
  points: StripPoint[];
  /** how many of `points` are drawn at this step */
  drawn: number;
  analysis: CurveAnalysis;
}

/** The journey's emotion curves as a strip across all its scenes, drawn up to `reached`. */
export function emotionStrip(doc: JourneyDoc, reached: string | null | 'all'): { scenes: string[]; curves: StripCurve[] } {
  const scenes = scenesInReadingOrder(doc).map((s) => s.id);
  const slotOf = new Map(scenes.map((id, i) => [id, i]));
  const limit = reached === 'all' ? scenes.length - 1 : reached === null ? -1 : (slotOf.get(reached) ?? -1);
  const curves = visibleCurves(doc).map((curve): StripCurve => {
    const points: StripPoint[] = [];
    for (const sceneId of scenes) {
      const here = sortOrdered(Object.values(doc.emotionPoints).filter((p) => p.curveId === curve.id && p.sceneId === sceneId));
      here.forEach((p, i) => points.push({ id: p.id, sceneId, slot: (slotOf.get(sceneId) as number) + (i + 1) / (here.length + 1) - 0.5, score: p.score }));
    }
    return {
      curveId: curve.id,
      name: curve.name,
      colour: curve.colour,
      points,
      drawn: points.filter((p) => (slotOf.get(p.sceneId) as number) <= limit).length,
      analysis: analyseCurve(points, doc.map.scale),
    };
  });
  return { scenes, curves };
}

export type Emphasis = 'highlight' | 'darkest' | 'peak' | 'end';

/** The emotion points a step puts forward, each with why (a point can be a darkest point and the peak). */
export function stepMoments(strip: ReturnType<typeof emotionStrip>, sceneIds: readonly string[]): { pointId: string; curveId: string; kinds: Emphasis[] }[] {
  const inStep = new Set(sceneIds);
  const out: { pointId: string; curveId: string; kinds: Emphasis[] }[] = [];
  for (const curve of strip.curves) {
    for (const point of curve.points) {
      if (!inStep.has(point.sceneId)) continue;
      const a = curve.analysis;
      const kinds: Emphasis[] = [];
      if (a.highlights.includes(point.id)) kinds.push('highlight');
      if (a.darkest.includes(point.id)) kinds.push('darkest');
      if (a.peak?.id === point.id) kinds.push('peak');
      if (a.end?.id === point.id) kinds.push('end');
      if (kinds.length > 0) out.push({ pointId: point.id, curveId: curve.curveId, kinds });
    }
  }
  return out;
}

export interface StepRow {
  lane: Lane;
  /** the cards of each scene of the step, in order */
  cells: Card[][];
}

/** The rows a step shows: every visible lane that holds cards, each with its cards per scene. */
export function stepRows(doc: JourneyDoc, sceneIds: readonly string[]): StepRow[] {
  const lanes = sortOrdered(Object.values(doc.lanes)).filter((l) => !l.hidden && holdsCards(l.kind));
  const byCell = new Map<string, Card[]>();
  for (const card of Object.values(doc.cards)) {
    const key = `${card.laneId} ${card.sceneId}`;
    const cell = byCell.get(key);
    if (cell) cell.push(card);
    else byCell.set(key, [card]);
  }
  return lanes.map((lane) => ({ lane, cells: sceneIds.map((sceneId) => sortOrdered(byCell.get(`${lane.id} ${sceneId}`) ?? [])) }));
}
