// The order a map is read in: stage by stage left to right, scene by scene within a stage.
import { appendTo, perVersion } from './collections.ts';
import type { Card, JourneyDoc, LaneKind, Scene } from './model.ts';
import { sortOrdered } from './order.ts';

export function scenesInReadingOrder(doc: Pick<JourneyDoc, 'stages' | 'scenes'>): Scene[] {
  const byStage = new Map<string, Scene[]>();
  for (const scene of sortOrdered(Object.values(doc.scenes))) appendTo(byStage, scene.stageId, scene);
  return sortOrdered(Object.values(doc.stages)).flatMap((stage) => byStage.get(stage.id) ?? []);
}

/** scene id → its place in reading order (scenes of a missing stage have none). */
export const sceneRanks = (doc: Pick<JourneyDoc, 'stages' | 'scenes'>): Map<string, number> => new Map(scenesInReadingOrder(doc).map((scene, i) => [scene.id, i]));

/** Every card in reading order: scene by scene, then lane by lane (top to bottom), then its place in the cell. */
export const cardsInReadingOrder = perVersion((doc: JourneyDoc): Card[] => {
  const scenes = sceneRanks(doc);
  const lanes = new Map(sortOrdered(Object.values(doc.lanes)).map((lane, i) => [lane.id, i]));
  return sortOrdered(Object.values(doc.cards).filter((card) => scenes.has(card.sceneId) && lanes.has(card.laneId))).sort(
    (a, b) => scenes.get(a.sceneId)! - scenes.get(b.sceneId)! || lanes.get(a.laneId)! - lanes.get(b.laneId)!,
  );
});

/** The cards of lanes of one kind, in reading order. */
export const cardsOfKind = (doc: JourneyDoc, kind: LaneKind): Card[] => cardsInReadingOrder(doc).filter((card) => doc.lanes[card.laneId]?.kind === kind);
