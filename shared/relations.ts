// Which typed relations fit: an opportunity addresses what it is meant to fix or strengthen (a
// pain point, a need, a touchpoint, an emotion point); a service action delivers an opportunity.
// Ops refuse a relation that does not fit, a load drops one, and a card moved to a lane of
// another kind loses the relations that no longer fit.
import { isDraft } from 'immer';
import type { JourneyDoc, LaneKind, Relation, RelationKind } from './model.ts';
import { sortOrdered } from './order.ts';
import { cardsInReadingOrder, sceneRanks } from './readingOrder.ts';
import { appendTo, own } from './collections.ts';

interface Rule {
  from: LaneKind;
  /** lane kinds of the cards it may point to */
  toCards: readonly LaneKind[];
  /** whether it may point to an emotion point */
  toPoints: boolean;
}

export const RELATION_RULES: Record<RelationKind, Rule> = {
  addresses: { from: 'opportunities', toCards: ['painpoints', 'needs', 'touchpoints'], toPoints: true },
  delivers: { from: 'service-actions', toCards: ['opportunities'], toPoints: false },
};

const kindOfCard = (doc: JourneyDoc, cardId: string | undefined): LaneKind | undefined =>
  own(doc.lanes, own(doc.cards, cardId)?.laneId)?.kind;

/** Why a relation does not fit the document, or null when it does. */
export function relationMisfit(doc: JourneyDoc, relation: Omit<Relation, 'id'>): string | null {
  const rule = RELATION_RULES[relation.kind];
  if (!own(doc.cards, relation.fromCardId)) return `no card '${relation.fromCardId}'`;
  if (kindOfCard(doc, relation.fromCardId) !== rule.from) return `card '${relation.fromCardId}' is not in a lane of ${rule.from}`;
  if ((relation.toCardId === undefined) === (relation.toPointId === undefined)) return 'needs exactly one of a card and an emotion point';
  if (relation.toPointId !== undefined) {
    if (!rule.toPoints) return `${relation.kind} cannot point to an emotion point`;
    if (!own(doc.emotionPoints, relation.toPointId)) return `no emotion point '${relation.toPointId}'`;
    return null;
  }
  if (!own(doc.cards, relation.toCardId)) return `no card '${relation.toCardId}'`;
  const kind = kindOfCard(doc, relation.toCardId);
  if (!kind || !rule.toCards.includes(kind)) return `card '${relation.toCardId}' is not in a lane of ${rule.toCards.join(', ')}`;
  return null;
}

const targetOf = (r: Pick<Relation, 'toCardId' | 'toPointId'>) => r.toCardId ?? r.toPointId;

/** The relation of this kind between the two, if there is one already. */
export function findRelation(doc: JourneyDoc, kind: RelationKind, fromCardId: string, targetId: string): Relation | undefined {
  return Object.values(doc.relations).find((r) => r.kind === kind && r.fromCardId === fromCardId && targetOf(r) === targetId);
}

interface RelationIndex {
  from: Map<string, Relation[]>;
  to: Map<string, Relation[]>;
}
const indexes = new WeakMap<JourneyDoc['relations'], RelationIndex>();

// Built once per version of the relations (documents are immutable; a draft being edited is
// indexed afresh each time): every card on the canvas may ask what addresses it.
function indexOf(relations: JourneyDoc['relations']): RelationIndex {
  let index = isDraft(relations) ? undefined : indexes.get(relations);
  if (!index) {
    index = { from: new Map(), to: new Map() };
    for (const relation of Object.values(relations)) {
      appendTo(index.from, `${relation.kind} ${relation.fromCardId}`, relation);
      appendTo(index.to, `${relation.kind} ${targetOf(relation) ?? ''}`, relation);
    }
    if (!isDraft(relations)) indexes.set(relations, index);
  }
  return index;
}

/** Relations of `kind` starting at a card (what an opportunity addresses, what an action delivers). */
export const relationsFrom = (doc: JourneyDoc, kind: RelationKind, cardId: string): Relation[] => indexOf(doc.relations).from.get(`${kind} ${cardId}`) ?? [];

/** Relations of `kind` ending at a card or emotion point (the opportunities addressing a pain point…). */
export const relationsTo = (doc: JourneyDoc, kind: RelationKind, targetId: string): Relation[] => indexOf(doc.relations).to.get(`${kind} ${targetId}`) ?? [];

/** Removes the relations touching any of these cards or emotion points (they are being deleted). */
export function dropRelationsTouching(doc: JourneyDoc, cardIds: ReadonlySet<string>, pointIds: ReadonlySet<string>): void {
  for (const relation of Object.values(doc.relations)) {
    const touches = cardIds.has(relation.fromCardId) || (relation.toCardId !== undefined && cardIds.has(relation.toCardId)) || (relation.toPointId !== undefined && pointIds.has(relation.toPointId));
    if (touches) delete doc.relations[relation.id];
  }
}

/** Removes the relations of a card that no longer fit (it moved to a lane of another kind). */
export function dropMisfitsOf(doc: JourneyDoc, cardId: string): void {
  for (const relation of Object.values(doc.relations)) {
    if ((relation.fromCardId === cardId || relation.toCardId === cardId) && relationMisfit(doc, relation)) delete doc.relations[relation.id];
  }
}

/** What an opportunity can address, as the picker lists it. */
export interface AddressTarget {
  kind: 'painpoints' | 'needs' | 'touchpoints' | 'emotion';
  /** the card's or emotion point's id */
  id: string;
  sceneId: string;
  /** a card's text; an emotion point's note */
  text: string;
  severity?: 1 | 2 | 3;
  /** an emotion point's score and curve */
  score?: number;
  curveId?: string;
}

export const ADDRESS_KINDS = ['painpoints', 'needs', 'touchpoints', 'emotion'] as const;

/** A relation's target (or a card or point by id) described for chips and lists; null when it is gone. */
export function addressTarget(doc: JourneyDoc, id: string): AddressTarget | null {
  const card = doc.cards[id];
  if (card) {
    const kind = kindOfCard(doc, id);
    if (kind !== 'painpoints' && kind !== 'needs' && kind !== 'touchpoints') return null;
    return { kind, id, sceneId: card.sceneId, text: card.text, ...(card.severity && { severity: card.severity }) };
  }
  const point = doc.emotionPoints[id];
  return point ? { kind: 'emotion', id, sceneId: point.sceneId, text: point.note, score: point.score, curveId: point.curveId } : null;
}

/**
 * Everything on the map an opportunity can address, by kind (pain points, needs, touchpoints,
 * emotion points), each in reading order: scene by scene, then lane and card order (points: curve order).
 */
export function addressTargets(doc: JourneyDoc): AddressTarget[] {
  const at = sceneRanks(doc);
  const curveAt = new Map(sortOrdered(Object.values(doc.curves)).map((curve, i) => [curve.id, i]));
  const cards = cardsInReadingOrder(doc);
  const points = sortOrdered(Object.values(doc.emotionPoints).filter((p) => at.has(p.sceneId))).sort(
    (a, b) => at.get(a.sceneId)! - at.get(b.sceneId)! || (curveAt.get(a.curveId) ?? 0) - (curveAt.get(b.curveId) ?? 0),
  );
  const all = [...cards.map((c) => c.id), ...points.map((p) => p.id)].flatMap((id) => addressTarget(doc, id) ?? []);
  return ADDRESS_KINDS.flatMap((kind) => all.filter((t) => t.kind === kind));
}
