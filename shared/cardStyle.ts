// How a card looks, said once: its fill, its lane's accent, the severity dots, the tags, and
// which rows it has under its text. The layout sizes cards from it, the canvas (CardNode) and
// the export (svg.ts) draw from it, so what is printed is what is on screen.
import type { Card, LaneKind } from './model.ts';
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
  /** '●●' for severity 2, or '' */
  severity: string;
  /** channel · role */
  details: string;
  /** each tag as shown, '#tag' */
  tags: string[];
}

export function cardMetaRow(card: Pick<Card, 'severity' | 'channel' | 'role' | 'tags'>): CardMetaRow | null {
  const severity = card.severity ? severityDots(card.severity) : '';
  const details = [card.channel, card.role].filter(Boolean).join(' · ');
  const tags = (card.tags ?? []).filter(Boolean).map(tagLabel);
  return severity || details || tags.length > 0 ? { severity, details, tags } : null;
}

/** How many rows a card takes below its wrapped text (the meta row, if any). */
export const extraRows = (card: Pick<Card, 'severity' | 'channel' | 'role' | 'tags'>): number => (cardMetaRow(card) ? 1 : 0);
