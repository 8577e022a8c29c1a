// What an opportunity's ties propose for its scores. An opportunity that addresses pain points
// or emotion points below neutral sits on pain; one that addresses needs or emotion points above
// neutral (highlights to protect) meets a need & emotion. The rule, for each linked item:
//   pain  — a pain point: severity 1 → 2, 2 → 4, 3 → 5 (a pain point without a severity: 3);
//           an emotion point below neutral: 1 + 4 × its depth, rounded, where the depth is how
//           far it sits below neutral as a share of the way to the scale's bottom (0…1);
//   need  — the needs together: 3 for one, one more for each further need, at most 5;
//           an emotion point above neutral: 1 + 4 × its height (the share of the way to the top).
// A criterion's proposal is the largest of these. Touchpoints propose nothing by themselves.
// Proposals stand in for criteria the user has not scored (shared/opportunities.ts); a score the
// user gave always wins.
import { SCALES } from './emotion/scale.ts';
import type { JourneyDoc } from './model.ts';
import { relationsFrom } from './relations.ts';
import { largest, own } from './collections.ts';

export const PROPOSED_CRITERIA = ['need', 'pain'] as const;
export type ProposedCriterion = (typeof PROPOSED_CRITERIA)[number];

export type SourceKind = 'painpoint' | 'need' | 'point';

export interface ProposalSource {
  kind: SourceKind;
  /** the card's or emotion point's id */
  id: string;
  /** what this item alone proposes (for needs: what all of them together propose) */
  value: number;
}

export interface Proposal {
  /** 1–5 */
  value: number;
  /** every linked item that proposes something for this criterion (needs first, then in the relations' order) */
  from: ProposalSource[];
}

export type Proposals = Partial<Record<ProposedCriterion, Proposal>>;

const SEVERITY_PAIN: Record<1 | 2 | 3, number> = { 1: 2, 2: 4, 3: 5 };
const UNRATED_PAIN = 3;

/** An emotion point's distance from neutral on 1–5: below neutral for pain, above for need. */
export function pointProposal(score: number, scale: JourneyDoc['map']['scale']): { criterion: ProposedCriterion; value: number } | null {
  const s = SCALES[scale];
  const clamped = Math.min(s.max, Math.max(s.min, score));
  if (clamped === s.neutral) return null;
  const share = clamped < s.neutral ? (s.neutral - clamped) / (s.neutral - s.min) : (clamped - s.neutral) / (s.max - s.neutral);
  return { criterion: clamped < s.neutral ? 'pain' : 'need', value: Math.min(5, Math.max(1, Math.round(1 + 4 * share))) };
}

/** What an opportunity card's 'addresses' relations propose for pain and need & emotion. */
export function proposalsFor(doc: JourneyDoc, cardId: string): Proposals {
  const sources: Record<ProposedCriterion, ProposalSource[]> = { need: [], pain: [] };
  const needs: string[] = [];
  for (const relation of relationsFrom(doc, 'addresses', cardId)) {
    if (relation.toPointId !== undefined) {
      const point = own(doc.emotionPoints, relation.toPointId);
      const proposed = point && pointProposal(point.score, doc.map.scale);
      if (proposed) sources[proposed.criterion].push({ kind: 'point', id: point.id, value: proposed.value });
      continue;
    }
    const card = own(doc.cards, relation.toCardId);
    if (!card) continue;
    const kind = doc.lanes[card.laneId]?.kind;
    if (kind === 'painpoints') sources.pain.push({ kind: 'painpoint', id: card.id, value: card.severity ? SEVERITY_PAIN[card.severity] : UNRATED_PAIN });
    else if (kind === 'needs') needs.push(card.id);
  }
  const needsValue = Math.min(5, 3 + needs.length - 1);
  sources.need = [...needs.map((id): ProposalSource => ({ kind: 'need', id, value: needsValue })), ...sources.need];
  const proposals: Proposals = {};
  for (const criterion of PROPOSED_CRITERIA) {
    const from = sources[criterion];
    if (from.length > 0) proposals[criterion] = { value: largest(from.map((s) => s.value)), from };
  }
  return proposals;
}

/** How many items of each kind a proposal came from (for "from 2 pain points, 1 emotion point"). */
export function sourceCounts(proposal: Proposal): Partial<Record<SourceKind, number>> {
  const counts: Partial<Record<SourceKind, number>> = {};
  for (const source of proposal.from) counts[source.kind] = (counts[source.kind] ?? 0) + 1;
  return counts;
}
