// Which opportunities are the most cost-effective (性价比最高的机会点), by the method's four
// criteria, each scored 1–5: need & emotion, pain and visibility make an opportunity's value;
// feasibility is its own axis. Ranked by value × feasibility, so a valuable idea the dealer
// cannot carry out ranks below a smaller one it can. A criterion the user has not scored takes
// what the opportunity's ties propose, if anything (shared/proposals.ts); the user's score wins.
import { OPPORTUNITY_CRITERIA, type OpportunityCriterion } from './laneKinds.ts';
import type { Card, JourneyDoc } from './model.ts';
import { proposalsFor, type Proposals } from './proposals.ts';
import { cardsOfKind } from './readingOrder.ts';
import { perVersion } from './collections.ts';

/** How much each criterion counts towards value (per map; these are the defaults). */
export type ValueWeights = Record<Exclude<OpportunityCriterion, 'feasibility'>, number>;
export const DEFAULT_WEIGHTS: ValueWeights = { need: 1, pain: 1, visibility: 1 };

export interface OpportunityScore {
  cardId: string;
  /** weighted mean of need, pain and visibility (1–5); null until one of them is scored */
  value: number | null;
  feasibility: number | null;
  /** value × feasibility (1–25); null until both are known */
  score: number | null;
  /** 1 = the most cost-effective; unscored opportunities have none */
  rank: number | null;
  /** criteria with neither a score of the user's nor a proposal */
  missing: OpportunityCriterion[];
  /** criteria the user has not scored whose value is a proposal (counted in value and rank) */
  proposed: OpportunityCriterion[];
  /** what the opportunity's ties propose, and from what, whether or not the user overrode it */
  proposals: Proposals;
}

/** A criterion's value in use: the user's score, else the proposal, else none. */
export const effectiveScore = (card: Pick<Card, 'scores'>, criterion: OpportunityCriterion, proposals: Proposals = {}): number | null =>
  card.scores?.[criterion]?.value ?? (criterion === 'need' || criterion === 'pain' ? proposals[criterion]?.value : undefined) ?? null;

export function valueOf(card: Pick<Card, 'scores'>, weights: ValueWeights = DEFAULT_WEIGHTS, proposals: Proposals = {}): number | null {
  let sum = 0;
  let weight = 0;
  for (const criterion of ['need', 'pain', 'visibility'] as const) {
    const scored = effectiveScore(card, criterion, proposals);
    if (scored === null || weights[criterion] <= 0) continue;
    sum += scored * weights[criterion];
    weight += weights[criterion];
  }
  return weight > 0 ? sum / weight : null;
}

/** The map's own weights, or the defaults. */
export const weightsOf = (doc: Pick<JourneyDoc, 'map'>): ValueWeights => doc.map.opportunityWeights ?? DEFAULT_WEIGHTS;

/** Every opportunity card of the map in reading order, scored and ranked (ties share a rank). */
export function scoreOpportunities(doc: JourneyDoc, weights: ValueWeights = weightsOf(doc)): OpportunityScore[] {
  const cards = cardsOfKind(doc, 'opportunities');
  const scored = cards.map((card): OpportunityScore => {
    const proposals = proposalsFor(doc, card.id);
    const value = valueOf(card, weights, proposals);
    const feasibility = card.scores?.feasibility?.value ?? null;
    return {
      cardId: card.id,
      value,
      feasibility,
      score: value !== null && feasibility !== null ? value * feasibility : null,
      rank: null,
      missing: OPPORTUNITY_CRITERIA.filter((c) => effectiveScore(card, c, proposals) === null),
      proposed: OPPORTUNITY_CRITERIA.filter((c) => !card.scores?.[c] && effectiveScore(card, c, proposals) !== null),
      proposals,
    };
  });
  const ranked = scored.filter((s) => s.score !== null).sort((a, b) => b.score! - a.score!);
  ranked.forEach((s, i) => {
    const previous = ranked[i - 1];
    // Equal up to rounding (weights such as 0.1 : 0.2 : 0.3 give 2.9999999999999996 for 3): a tie.
    s.rank = previous && Math.abs(previous.score! - s.score!) < 1e-9 ? previous.rank : i + 1;
  });
  return scored;
}

/** scoreOpportunities with the map's weights, worked out once per version of the document. */
export const mapOpportunities = perVersion((doc: JourneyDoc): OpportunityScore[] => scoreOpportunities(doc));

/** The same by card id (cards ask one by one). */
export const rankedOpportunities = perVersion((doc: JourneyDoc): Map<string, OpportunityScore> => new Map(mapOpportunities(doc).map((s) => [s.cardId, s])));
