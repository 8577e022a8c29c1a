// Which typed relations fit: an opportunity addresses what it is meant to fix or strengthen (a
// pain point, a need, a touchpoint, an emotion point); a service action delivers an opportunity.
// Ops refuse a relation that does not fit, a load drops one, and a card moved to a lane of
// another kind loses the relations that no longer fit.
import { isDraft } from 'immer';
import type { JourneyDoc, LaneKind, Relation, RelationKind } from './model.ts';

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
  cardId === undefined ? undefined : doc.lanes[doc.cards[cardId]?.laneId ?? '']?.kind;

/** Why a relation does not fit the document, or null when it does. */
export function relationMisfit(doc: JourneyDoc, relation: Omit<Relation, 'id'>): string | null {
  const rule = RELATION_RULES[relation.kind];
  if (!doc.cards[relation.fromCardId]) return `no card '${relation.fromCardId}'`;
  if (kindOfCard(doc, relation.fromCardId) !== rule.from) return `card '${relation.fromCardId}' is not in a lane of ${rule.from}`;
  if ((relation.toCardId === undefined) === (relation.toPointId === undefined)) return 'needs exactly one of a card and an emotion point';
  if (relation.toPointId !== undefined) {
    if (!rule.toPoints) return `${relation.kind} cannot point to an emotion point`;
    if (!doc.emotionPoints[relation.toPointId]) return `no emotion point '${relation.toPointId}'`;
    return null;
  }
  if (!doc.cards[relation.toCardId!]) return `no card '${relation.toCardId}'`;
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
    const add = (map: Map<string, Relation[]>, key: string, relation: Relation) => map.set(key, [...(map.get(key) ?? []), relation]);
    for (const relation of Object.values(relations)) {
      add(index.from, `${relation.kind} ${relation.fromCardId}`, relation);
      add(index.to, `${relation.kind} ${targetOf(relation) ?? ''}`, relation);
    }
    if (!isDraft(relations)) indexes.set(relations, index);
  }
  return index;
}

/** Relations of `kind` starting at a card (what an opportunity addresses, what an action delivers). */
export const relationsFrom = (doc: JourneyDoc, kind: RelationKind, cardId: string): Relation[] => indexOf(doc.relations).from.get(`${kind} ${cardId}`) ?? [];

/** Relations of `kind` ending at a card or emotion point (the opportunities addressing a pain point…). */
export const relationsTo = (doc: JourneyDoc, kind: RelationKind, targetId: string): Relation[] => indexOf(doc.relations).to.get(`${kind} ${targetId}`) ?? [];

/** Removes the relations touching a card (it is being deleted). */
export function dropRelationsOfCard(doc: JourneyDoc, cardId: string): void {
  for (const relation of Object.values(doc.relations)) {
    if (relation.fromCardId === cardId || relation.toCardId === cardId) delete doc.relations[relation.id];
  }
}

/** Removes the relations to an emotion point (it is being deleted). */
export function dropRelationsOfPoint(doc: JourneyDoc, pointId: string): void {
  for (const relation of Object.values(doc.relations)) if (relation.toPointId === pointId) delete doc.relations[relation.id];
}

/** Removes the relations of a card that no longer fit (it moved to a lane of another kind). */
export function dropMisfitsOf(doc: JourneyDoc, cardId: string): void {
  for (const relation of Object.values(doc.relations)) {
    if ((relation.fromCardId === cardId || relation.toCardId === cardId) && relationMisfit(doc, relation)) delete doc.relations[relation.id];
  }
}
