// What each lane kind's cards carry beyond text: a touchpoint has a channel and a staff role,
// a pain point a severity. Colour and tags belong to every card.
import type { Card, LaneKind } from './model.ts';
import type { CardFields } from './ops.ts';

const KIND_FIELDS: Partial<Record<LaneKind, (keyof CardFields)[]>> = {
  touchpoints: ['channel', 'role'],
  painpoints: ['severity'],
};
const COMMON: (keyof CardFields)[] = ['colour', 'tags'];

export function fieldsAllowed(kind: LaneKind): (keyof CardFields)[] {
  return [...COMMON, ...(KIND_FIELDS[kind] ?? [])];
}

/** The fields of a card a lane of `kind` keeps (the others are dropped when a card moves there). */
export function fieldsFor(kind: LaneKind, card: Partial<Card>): CardFields {
  const fields: CardFields = {};
  for (const key of fieldsAllowed(kind)) {
    if (card[key] !== undefined) Object.assign(fields, { [key]: card[key] });
  }
  return fields;
}

/** Channels offered for touchpoints (stored as the label in the map's language). */
export const TOUCHPOINT_CHANNELS = [
  'app',
  'website',
  'wechat',
  'phone',
  'sms',
  'email',
  'showroom',
  'test-drive',
  'service-bay',
  'auto-show',
  'short-video',
  'event',
] as const;

/** Lane kinds whose cards are touchpoints that can be linked into the customer's path. */
export const isPathKind = (kind: LaneKind) => kind === 'touchpoints';
