// How a card looks, said once: its fill, its lane's accent, the severity dots, the tags, and
// which rows it has under its text. The layout sizes cards from it, the canvas (CardNode) and
// the export (svg.ts) draw from it, so what is printed is what is on screen.
import { laneKind, type MetaContext } from './laneKinds.ts';
import type { Card, JourneyDoc, LaneKind } from './model.ts';
import { textWidth } from './text.ts';
import { CARD_COLOUR_FILLS, laneColours, type MetaTone } from './theme.ts';

/** A card's own colour wins over its lane kind's. */
export function cardFill(card: Pick<Card, 'colour'>, kind: LaneKind): string {
  return card.colour ? CARD_COLOUR_FILLS[card.colour] : laneColours(kind).fill;
}

export const cardAccent = (kind: LaneKind): string => laneColours(kind).accent;

/** The same fill and accent as CSS custom properties of the theme (set on the page's root). */
export const cardFillVariable = (card: Pick<Card, 'colour'>, kind: LaneKind): string => (card.colour ? `var(--card-colour-${card.colour})` : `var(--lane-${kind}-fill)`);
export const cardAccentVariable = (kind: LaneKind): string => `var(--lane-${kind}-accent)`;

export const tagLabel = (tag: string): string => `#${tag}`;

/** One piece of the rows under a card's text: its words and how they are drawn (theme's META_TONES). */
export interface MetaPart {
  text: string;
  tone: MetaTone;
}

export const META_FONT_SIZE = 11;
/** Space between parts, as the canvas' flex gap. */
export const META_GAP = 6;
/** At most this many rows; what does not fit in the last row is cut with an ellipsis. */
export const MAX_META_ROWS = 2;

/** Everything a card shows under its text: what its lane kind adds (laneKinds.ts), then its tags. */
export function cardMetaParts(doc: JourneyDoc, card: Card, context: MetaContext = {}): MetaPart[] {
  const kind = doc.lanes[card.laneId]?.kind;
  const own = kind ? (laneKind(kind).meta?.(card, doc, context) ?? []) : [];
  const tags = (card.tags ?? []).filter(Boolean).map((tag): MetaPart => ({ text: tagLabel(tag), tone: 'tag' }));
  return [...own, ...tags].filter((part) => part.text);
}

/** A text cut to `width` px with an ellipsis (whole characters), or as it is when it fits. */
function ellipsize(text: string, width: number): string {
  if (textWidth(text, META_FONT_SIZE) <= width) return text;
  const chars = [...text];
  while (chars.length > 0 && textWidth(`${chars.join('')}…`, META_FONT_SIZE) > width) chars.pop();
  return `${chars.join('')}…`;
}

/** A row's parts as far as they fit in `width`: the first that does not is cut, the rest left out. */
function fitRow(row: MetaPart[], width: number): MetaPart[] {
  const out: MetaPart[] = [];
  let used = 0;
  for (const part of row) {
    const start = out.length > 0 ? used + META_GAP : 0;
    const size = textWidth(part.text, META_FONT_SIZE);
    if (start + size <= width) {
      out.push(part);
      used = start + size;
      continue;
    }
    if (width - start >= textWidth('…', META_FONT_SIZE) * 2) out.push({ ...part, text: ellipsize(part.text, width - start) });
    break;
  }
  return out;
}

/**
 * The parts laid into at most MAX_META_ROWS rows `width` px wide, in order; what does not fit is
 * cut with an ellipsis, so the canvas and the export draw the same words inside the card. The
 * layout sizes cards by the number of rows.
 */
export function metaRows(parts: MetaPart[], width: number): MetaPart[][] {
  const rows: MetaPart[][] = [];
  let used = 0;
  for (const part of parts) {
    const size = textWidth(part.text, META_FONT_SIZE);
    const row = rows.at(-1);
    if (row && used + META_GAP + size <= width) {
      row.push(part);
      used += META_GAP + size;
    } else if (rows.length < MAX_META_ROWS) {
      rows.push([part]);
      used = size;
    } else {
      row!.push(part);
    }
  }
  return rows.map((row) => fitRow(row, width));
}
