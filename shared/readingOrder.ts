// The order a map is read in: stage by stage left to right, scene by scene within a stage.
import type { JourneyDoc, Scene } from './model.ts';
import { sortOrdered } from './order.ts';
import { appendTo } from './collections.ts';

export function scenesInReadingOrder(doc: Pick<JourneyDoc, 'stages' | 'scenes'>): Scene[] {
  const byStage = new Map<string, Scene[]>();
  for (const scene of sortOrdered(Object.values(doc.scenes))) appendTo(byStage, scene.stageId, scene);
  return sortOrdered(Object.values(doc.stages)).flatMap((stage) => byStage.get(stage.id) ?? []);
}

/** scene id → its place in reading order (scenes of a missing stage have none). */
export const sceneRanks = (doc: Pick<JourneyDoc, 'stages' | 'scenes'>): Map<string, number> => new Map(scenesInReadingOrder(doc).map((scene, i) => [scene.id, i]));
