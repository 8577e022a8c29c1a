// A plain summary of a map (what `cjm info` prints).
import type { JourneyDoc, LaneKind, Locale, SceneChannel } from './model.ts';
import { sortOrdered } from './order.ts';

export interface MapSummary {
  title: string;
  locale: Locale;
  stages: { id: string; title: string; scenes: { id: string; title: string; channel: SceneChannel }[] }[];
  lanes: { id: string; kind: LaneKind; title: string; hidden: boolean }[];
  cardsPerLaneKind: Partial<Record<LaneKind, number>>;
  emotionPoints: { scene: string; score: number; note: string }[];
}

export function summarize(doc: JourneyDoc): MapSummary {
  const scenes = sortOrdered(Object.values(doc.scenes));
  const stages = sortOrdered(Object.values(doc.stages)).map((stage) => ({
    id: stage.id,
    title: stage.title,
    scenes: scenes
      .filter((scene) => scene.stageId === stage.id)
      .map((scene) => ({ id: scene.id, title: scene.title, channel: scene.channel })),
  }));
  const cardsPerLaneKind: Partial<Record<LaneKind, number>> = {};
  for (const card of Object.values(doc.cards)) {
    const kind = doc.lanes[card.laneId]?.kind;
    if (kind) cardsPerLaneKind[kind] = (cardsPerLaneKind[kind] ?? 0) + 1;
  }
  // Points in reading order: by stage, then scene, then their own order.
  const sceneRank = new Map(stages.flatMap((s) => s.scenes).map((scene, i) => [scene.id, i]));
  const emotionPoints = sortOrdered(Object.values(doc.emotionPoints))
    .sort((a, b) => (sceneRank.get(a.sceneId) ?? 0) - (sceneRank.get(b.sceneId) ?? 0))
    .map((point) => ({ scene: doc.scenes[point.sceneId]?.title ?? point.sceneId, score: point.score, note: point.note }));
  return {
    title: doc.map.title,
    locale: doc.map.locale,
    stages,
    lanes: sortOrdered(Object.values(doc.lanes)).map((lane) => ({
      id: lane.id,
      kind: lane.kind,
      title: lane.title,
      hidden: lane.hidden,
    })),
    cardsPerLaneKind,
    emotionPoints,
  };
}
