// Where the map's opportunities leave a gap: the darkest points (至暗点) of the shown curves and
// the severe pain points (severity 3) that no opportunity addresses yet, and the highlights
// (高光点) that no opportunity protects (addresses). Pain points of hidden lanes are left out, as
// hidden curves are: what is not on the map cannot be pointed at on it.
import { analyseCurve } from './emotion/analysis.ts';
import { visibleCurves } from './emotion/laneGeometry.ts';
import type { JourneyDoc } from './model.ts';
import { sortOrdered } from './order.ts';
import { sceneRanks } from './readingOrder.ts';
import { relationsTo } from './relations.ts';
import { curvePoints } from './summary.ts';
import { perVersion } from './collections.ts';

export type GapKind = 'darkest' | 'painpoint' | 'highlight';

export interface Gap {
  kind: GapKind;
  /** the pain point card's or the emotion point's id */
  id: string;
  sceneId: string;
  /** the curve of an emotion point */
  curveId?: string;
}

const KIND_ORDER: Record<GapKind, number> = { painpoint: 0, darkest: 1, highlight: 2 };

/** The gaps in reading order (scene by scene; within a scene pain points, then darkest points, then highlights). */
export function findGaps(doc: JourneyDoc): Gap[] {
  const addressed = (id: string) => relationsTo(doc, 'addresses', id).length > 0;
  const gaps: Gap[] = [];
  const painLanes = new Set(Object.values(doc.lanes).filter((l) => l.kind === 'painpoints' && !l.hidden).map((l) => l.id));
  for (const card of sortOrdered(Object.values(doc.cards))) {
    if (painLanes.has(card.laneId) && card.severity === 3 && !addressed(card.id)) gaps.push({ kind: 'painpoint', id: card.id, sceneId: card.sceneId });
  }
  for (const curve of visibleCurves(doc)) {
    const points = curvePoints(doc, curve.id);
    const analysis = analyseCurve(points, doc.map.scale);
    const sceneOf = new Map(points.map((p) => [p.id, p.sceneId]));
    for (const [kind, ids] of [['darkest', analysis.darkest], ['highlight', analysis.highlights]] as const) {
      for (const id of ids) if (!addressed(id)) gaps.push({ kind, id, sceneId: sceneOf.get(id)!, curveId: curve.id });
    }
  }
  const at = sceneRanks(doc);
  // Array.prototype.sort is stable: within a scene and kind, cards keep their order and curves theirs.
  return gaps.sort((a, b) => (at.get(a.sceneId) ?? 0) - (at.get(b.sceneId) ?? 0) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
}

/** The gaps of a map in order (findGaps), worked out once per version of the document. */
export const mapGaps = perVersion(findGaps);

/** The gaps by card or point id (cards ask one by one). */
export const gapsById = perVersion((doc: JourneyDoc): Map<string, Gap> => new Map(mapGaps(doc).map((g) => [g.id, g])));
