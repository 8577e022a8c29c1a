// How a card looks, said once: its fill, its lane's accent, the severity dots, the tags, and
// which rows it has under its text. The layout sizes cards from it, the canvas (CardNode) and
// the export (svg.ts) draw from it, so what is printed is what is on screen.
import type { Card, LaneKind } from './model.ts';
import { valueOf, type ValueWeights } from './opportunities.ts';
import { CARD_COLOUR_FILLS, LANE_THEME } from './theme.ts';

/** A card's own colour wins over its lane kind's. */
export function cardFill(card: Pick<Card, 'colour'>, kind: LaneKind): string {
  return card.colour ? CARD_COLOUR_FILLS[card.colour] : LANE_THEME[kind].fill;
}

export const cardAccent = (kind: LaneKind): string => LANE_THEME[kind].accent;

/** The same fill and accent as CSS custom properties of the theme (set on the page's root). */
export const cardFillVariable = (card: Pick<Card, 'colour'>, kind: LaneKind): string => (card.colour ? `var(--card-colour-${card.colour})` : `var(--lane-${kind}-fill)`);
export const cardAccentVariable = (kind: LaneKind): string => `var(--lane-${kind}-accent)`;

export const severityDots = (severity: number): string => '●'.repeat(severity);
export const tagLabel = (tag: string): string => `#${tag}`;

/** What the row under a card's text shows, left to right; null when the card has no such row. */
export interface CardMetaRow {
  /** an opportunity's value × feasibility, '◆ 4.0 × 3' ('–' for what is not scored yet), or '' */
  score: string;
  /** '●●' for severity 2, or '' */
  severity: string;
  /** channel · role */
  details: string;
  /** each tag as shown, '#tag' */
  tags: string[];
}

type MetaFields = Pick<Card, 'severity' | 'channel' | 'role' | 'tags' | 'scores'>;

function scoreLabel(card: MetaFields, weights?: ValueWeights): string {
  if (!card.scores || Object.keys(card.scores).length === 0) return '';
  const value = valueOf(card, weights);
  const feasibility = card.scores.feasibility?.value;
  return `◆ ${value === null ? '–' : value.toFixed(1)} × ${feasibility ?? '–'}`;
}

/** `weights`: the map's opportunity weights (an opportunity's value depends on them). */
export function cardMetaRow(card: MetaFields, weights?: ValueWeights): CardMetaRow | null {
  const score = scoreLabel(card, weights);
  const severity = card.severity ? severityDots(card.severity) : '';
  const details = [card.channel, card.role].filter(Boolean).join(' · ');
  const tags = (card.tags ?? []).filter(Boolean).map(tagLabel);
  return score || severity || details || tags.length > 0 ? { score, severity, details, tags } : null;
}

/** How many rows a card takes below its wrapped text (the meta row, if any). */
export const extraRows = (card: MetaFields): number => (cardMetaRow(card) ? 1 : 0);
