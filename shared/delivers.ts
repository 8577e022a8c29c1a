// Which opportunity a service action delivers (the 'delivers' relation, shared/relations.ts):
// the opportunities offered to choose from, and the one change that swaps the choice.
import type { JourneyDoc } from './model.ts';
import type { Operation } from './ops.ts';
import { cardsOfKind } from './readingOrder.ts';
import { relationsFrom } from './relations.ts';

export interface OpportunityChoice {
  cardId: string;
  /** its first line */
  text: string;
  sceneId: string;
  sceneTitle: string;
}

/** The opportunity cards of the map, scene by scene in reading order, then lane and card order. */
export function opportunityChoices(doc: JourneyDoc): OpportunityChoice[] {
  return cardsOfKind(doc, 'opportunities').map((card) => ({ cardId: card.id, text: card.text.split('\n')[0]!.trim(), sceneId: card.sceneId, sceneTitle: doc.scenes[card.sceneId]?.title ?? '' }));
}

/** The opportunities a service action delivers now (usually one). */
export const deliveredBy = (doc: JourneyDoc, actionId: string): string[] =>
  relationsFrom(doc, 'delivers', actionId).flatMap((r) => (r.toCardId ? [r.toCardId] : []));

/**
 * The operations that make `actionId` deliver exactly `opportunityId` (or nothing, for null):
 * the old relations deleted and the new one added, to be applied together as one undo step.
 * Empty when it already does.
 */
export function setDeliversOps(doc: JourneyDoc, actionId: string, opportunityId: string | null, newRelationId: string): Operation[] {
  const current = relationsFrom(doc, 'delivers', actionId);
  if (opportunityId !== null && current.length === 1 && current[0]!.toCardId === opportunityId) return [];
  if (opportunityId === null && current.length === 0) return [];
  return [
    ...current.map((r): Operation => ({ type: 'deleteRelation', id: r.id })),
    ...(opportunityId === null ? [] : [{ type: 'addRelation', id: newRelationId, kind: 'delivers', fromCardId: actionId, toCardId: opportunityId } as Operation]),
  ];
}
