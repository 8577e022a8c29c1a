// A map without its ids: what "the same map" means for a round trip through a spreadsheet.
// Records are named by their place (stage/scene titles, lane title, position in the cell).
import { fieldsFor } from '../../../shared/laneKinds.ts';
import type { JourneyDoc } from '../../../shared/model.ts';
import { sortOrdered } from '../../../shared/order.ts';
import { scenesInReadingOrder } from '../../../shared/readingOrder.ts';

export function mapContent(doc: JourneyDoc) {
  const scenes = scenesInReadingOrder(doc);
  const lanes = sortOrdered(Object.values(doc.lanes));
  const cardName = (id: string) => {
    const card = doc.cards[id];
    return card ? `${doc.lanes[card.laneId]?.title}/${doc.scenes[card.sceneId]?.title}/${card.text}` : `point ${id}`;
  };
  const pointName = (id: string) => {
    const point = doc.emotionPoints[id];
    return point ? `${doc.curves[point.curveId]?.name}@${doc.scenes[point.sceneId]?.title}` : id;
  };
  return {
    title: doc.map.title,
    description: doc.map.description,
    scale: doc.map.scale,
    stages: sortOrdered(Object.values(doc.stages)).map((stage) => ({
      title: stage.title,
      scenes: scenes.filter((s) => s.stageId === stage.id).map((s) => `${s.title} (${s.channel})`),
    })),
    lanes: lanes.map((lane) => ({
      title: lane.title,
      kind: lane.kind,
      hidden: lane.hidden,
      cells: scenes.map((scene) =>
        sortOrdered(Object.values(doc.cards).filter((c) => c.laneId === lane.id && c.sceneId === scene.id)).map((card) => {
          // what the lane's kind keeps (a field of another kind is dropped by the app too), images aside
          const { images: _images, ...fields } = fieldsFor(lane.kind, card);
          return { text: card.text, ...fields };
        }),
      ),
    })),
    curves: sortOrdered(Object.values(doc.curves)).map((curve) => ({
      name: curve.name,
      colour: curve.colour,
      hidden: curve.hidden,
      points: scenes.map((scene) => {
        const point = Object.values(doc.emotionPoints).find((p) => p.curveId === curve.id && p.sceneId === scene.id);
        return point ? `${point.score} ${point.note}` : null;
      }),
    })),
    relations: Object.values(doc.relations)
      .map((r) => `${r.kind} ${cardName(r.fromCardId)} → ${r.toCardId ? cardName(r.toCardId) : pointName(r.toPointId ?? '')}`)
      .sort(),
  };
}
