// A plain summary of a map (what `cjm info` prints).
import { analyseCurve, type CurveAnalysis } from './emotion/analysis.ts';
import type { EmotionScale, JourneyDoc, LaneKind, Locale, Relation, SceneChannel } from './model.ts';
import type { LoopStatus, Metric, OpportunityCriterion, ServiceMeasure } from './laneKinds.ts';
import { metricStatus, series, type MetricStatus } from './metrics.ts';
import { isOverdue, loopCounts, loopStatusOf } from './painLoop.ts';
import { relationsFrom, relationsTo } from './relations.ts';
import { serviceActionCards, seriesPlace } from './serviceActions.ts';
import { mapOpportunities } from './opportunities.ts';
import { sortOrdered } from './order.ts';
import { curvesOfPersona, personasInOrder, titlePersonaIds } from './personas.ts';
import { sceneRanks } from './readingOrder.ts';

export interface MapSummary {
  title: string;
  locale: Locale;
  stages: { id: string; title: string; scenes: { id: string; title: string; channel: SceneChannel }[] }[];
  lanes: { id: string; kind: LaneKind; title: string; hidden: boolean }[];
  cardsPerLaneKind: Partial<Record<LaneKind, number>>;
  emotionPoints: { scene: string; score: number; note: string }[];
  scale: EmotionScale;
  curves: {
    id: string;
    name: string;
    hidden: boolean;
    points: { id: string; scene: string; score: number }[];
    analysis: CurveAnalysis;
  }[];
  /** every opportunity in reading order: its scores on the four criteria, value, rank, the criteria proposed and the ids of what it addresses */
  opportunities: {
    id: string;
    text: string;
    scene: string;
    scores: Partial<Record<OpportunityCriterion, { value: number; reason: string }>>;
    value: number | null;
    feasibility: number | null;
    rank: number | null;
    /** criteria not scored by the user whose value is proposed from what it addresses */
    proposed: OpportunityCriterion[];
    /** the proposed values of those criteria */
    proposals: Partial<Record<OpportunityCriterion, number>>;
    /** what it is tied to: pain points, needs, touchpoints (cards) and emotion points */
    addresses: AddressedItem[];
    /** the service actions that deliver it */
    deliveredBy: string[];
  }[];
  /** every service action in journey order, with the routine it is part of */
  serviceActions: {
    id: string;
    text: string;
    scene: string;
    roles: string[];
    steps: string[];
    /** its series and place in it (1-based), or null */
    series: { name: string; index: number; count: number } | null;
    measure: ServiceMeasure | null;
    /** the opportunities it delivers */
    delivers: string[];
  }[];
  /** every persona in its order: what it holds, whether the title block shows it, and its curves */
  personas: {
    id: string;
    name: string;
    description: string;
    goals: string;
    quote: string;
    inTitleBlock: boolean;
    curves: { id: string; name: string }[];
  }[];
  /** every metric card (指标) in reading order: how it is defined, its latest value against its target */
  metrics: {
    id: string;
    text: string;
    scene: string;
    type: Metric['type'];
    nps: boolean;
    unit: string;
    department: string;
    period: string;
    target: number | null;
    direction: Metric['direction'];
    /** the last period with a value (NPS computed from its answers), or null */
    latest: { period: string; value: number } | null;
    status: MetricStatus | null;
    /** how many periods have a value */
    values: number;
  }[];
  /** the pain-point closed loop: how many pain points stand at each status, and how many open ones are past due */
  painLoop: { counts: Record<LoopStatus, number>; overdue: number };
  /** every pain point not closed yet, in reading order */
  openPainPoints: {
    id: string;
    text: string;
    scene: string;
    severity: 1 | 2 | 3 | null;
    status: LoopStatus;
    owner: string;
    due: string | null;
    overdue: boolean;
  }[];
}

export interface AddressedItem {
  kind: LaneKind | 'emotionPoint';
  id: string;
  /** a card's text, a point's note */
  text: string;
  scene: string;
}

/** The points of a curve in reading order: stage by stage, scene by scene, then their own order. */
export function curvePoints(doc: JourneyDoc, curveId: string) {
  const sceneRank = sceneRanks(doc);
  return sortOrdered(Object.values(doc.emotionPoints).filter((p) => p.curveId === curveId && sceneRank.has(p.sceneId))).sort(
    (a, b) => (sceneRank.get(a.sceneId) ?? 0) - (sceneRank.get(b.sceneId) ?? 0),
  );
}

function addressed(doc: JourneyDoc, relation: Relation): AddressedItem | null {
  const sceneTitle = (sceneId: string) => doc.scenes[sceneId]?.title ?? sceneId;
  if (relation.toPointId) {
    const point = doc.emotionPoints[relation.toPointId];
    return point ? { kind: 'emotionPoint', id: point.id, text: point.note, scene: sceneTitle(point.sceneId) } : null;
  }
  const card = doc.cards[relation.toCardId ?? ''];
  const kind = card && doc.lanes[card.laneId]?.kind;
  return card && kind ? { kind, id: card.id, text: card.text, scene: sceneTitle(card.sceneId) } : null;
}

/** Cards of lanes of one kind in reading order: scene by scene, then lane by lane, then their order in the cell. */
function cardsInReadingOrder(doc: JourneyDoc, kind: LaneKind) {
  const sceneRank = sceneRanks(doc);
  const laneRank = new Map(sortOrdered(Object.values(doc.lanes)).map((lane, i) => [lane.id, i]));
  return sortOrdered(Object.values(doc.cards).filter((card) => doc.lanes[card.laneId]?.kind === kind && sceneRank.has(card.sceneId))).sort(
    (a, b) => (sceneRank.get(a.sceneId) ?? 0) - (sceneRank.get(b.sceneId) ?? 0) || (laneRank.get(a.laneId) ?? 0) - (laneRank.get(b.laneId) ?? 0),
  );
}

/**
 * `today` (YYYY-MM-DD) decides which pain points are overdue; the summary stays a pure function of
 * its arguments, so the caller passes its clock (`cjm info` the real date). Without it none is overdue.
 */
export function summarize(doc: JourneyDoc, today?: string): MapSummary {
  const sceneTitle = (sceneId: string) => doc.scenes[sceneId]?.title ?? sceneId;
  const overdue = (card: Parameters<typeof isOverdue>[0]) => today !== undefined && isOverdue(card, today);
  const painPoints = cardsInReadingOrder(doc, 'painpoints');
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
    // Every curve's points in reading order, curve by curve.
    emotionPoints: sortOrdered(Object.values(doc.curves)).flatMap((curve) =>
      curvePoints(doc, curve.id).map((point) => ({ scene: doc.scenes[point.sceneId]?.title ?? point.sceneId, score: point.score, note: point.note })),
    ),
    scale: doc.map.scale,
    curves: sortOrdered(Object.values(doc.curves)).map((curve) => {
      const points = curvePoints(doc, curve.id);
      return {
        id: curve.id,
        name: curve.name,
        hidden: curve.hidden,
        points: points.map((p) => ({ id: p.id, scene: doc.scenes[p.sceneId]?.title ?? p.sceneId, score: p.score })),
        analysis: analyseCurve(points, doc.map.scale),
      };
    }),
    opportunities: mapOpportunities(doc).map(({ cardId, value, feasibility, rank, proposed, proposals }) => {
      const card = doc.cards[cardId]!;
      return {
        id: cardId,
        text: card.text,
        scene: doc.scenes[card.sceneId]?.title ?? card.sceneId,
        scores: card.scores ?? {},
        value,
        feasibility,
        rank,
        proposed,
        proposals: Object.fromEntries(proposed.map((criterion) => [criterion, proposals[criterion as keyof typeof proposals]?.value])),
        addresses: relationsFrom(doc, 'addresses', cardId).flatMap((r) => addressed(doc, r) ?? []),
        deliveredBy: relationsTo(doc, 'delivers', cardId).map((r) => r.fromCardId),
      };
    }),
    serviceActions: serviceActionCards(doc).map((card) => {
      const place = seriesPlace(doc, card.id);
      return {
        id: card.id,
        text: card.text,
        scene: doc.scenes[card.sceneId]?.title ?? card.sceneId,
        roles: card.roles ?? [],
        steps: card.steps ?? [],
        series: place ? { name: place.series, index: place.index, count: place.count } : null,
        measure: card.measure ?? null,
        delivers: relationsFrom(doc, 'delivers', card.id).flatMap((r) => r.toCardId ?? []),
      };
    }),
    personas: personaSummaries(doc),
    metrics: cardsInReadingOrder(doc, 'metrics').flatMap((card) => {
      const metric = card.metric;
      if (!metric) return [];
      const measured = series(metric);
      const latest = measured.at(-1) ?? null;
      return [
        {
          id: card.id,
          text: card.text,
          scene: sceneTitle(card.sceneId),
          type: metric.type,
          nps: metric.nps === true,
          unit: metric.unit,
          department: metric.department,
          period: metric.period,
          target: metric.target ?? null,
          direction: metric.direction,
          latest,
          status: metricStatus(metric, latest?.value ?? null),
          values: measured.length,
        },
      ];
    }),
    painLoop: { counts: loopCounts(painPoints), overdue: painPoints.filter(overdue).length },
    openPainPoints: painPoints
      .filter((card) => loopStatusOf(card) !== 'closed')
      .map((card) => ({
        id: card.id,
        text: card.text,
        scene: sceneTitle(card.sceneId),
        severity: card.severity ?? null,
        status: loopStatusOf(card),
        owner: card.loop?.owner ?? '',
        due: card.loop?.due ?? null,
        overdue: overdue(card),
      })),
  };
}

function personaSummaries(doc: JourneyDoc): MapSummary['personas'] {
  const shown = new Set(titlePersonaIds(doc));
  return personasInOrder(doc).map((persona) => ({
    id: persona.id,
    name: persona.name,
    description: persona.description,
    goals: persona.goals ?? '',
    quote: persona.quote ?? '',
    inTitleBlock: shown.has(persona.id),
    curves: curvesOfPersona(doc, persona.id).map((curve) => ({ id: curve.id, name: curve.name })),
  }));
}
