// How a card looks, said once: its fill, its lane's accent, the severity dots, the tags, and
// which rows it has under its text. The layout sizes cards from it, the canvas (CardNode) and
// the export (svg.ts) draw from it, so what is printed is what is on screen.
import { LANE_COLOURS } from './export/theme.ts';
import type { Card, CardColour, LaneKind } from './model.ts';

const KIND_FILLS: Partial<Record<LaneKind, string>> = {
  needs: '#eff6ff',
  actions: '#f5f3ff',
  touchpoints: '#fffbeb',
  painpoints: '#fef2f2',
  opportunities: '#f0fdf4',
  'service-actions': '#f0fdfa',
};

export const CARD_COLOUR_FILLS: Record<CardColour, string> = {
  yellow: '#fef9c3',
  orange: '#ffedd5',
  red: '#fee2e2',
  pink: '#fce7f3',
  purple: '#f3e8ff',
  blue: '#dbeafe',
  teal: '#ccfbf1',
  green: '#dcfce7',
  grey: '#f1f5f9',
};

/** Pain point severity is red at every level: the number of dots says how severe. */
export const SEVERITY_COLOUR = '#dc2626';
/** Channel and role under the text. */
export const DETAIL_COLOUR = '#52606d';
export const TAG_COLOUR = '#2563eb';

/** A card's own colour wins over its lane kind's. */
export function cardFill(card: Pick<Card, 'colour'>, kind: LaneKind): string {
  return card.colour ? CARD_COLOUR_FILLS[card.colour] : (KIND_FILLS[kind] ?? '#ffffff');
}

export const cardAccent = (kind: LaneKind): string => LANE_COLOURS[kind];

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
