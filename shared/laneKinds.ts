// Each lane kind, defined once: whether its cells hold cards, what its cards keep beyond text,
// whether they join the customer's path, its default height and its colours. Everything that
// behaves by kind (layout, ops on cards, the canvas, the export, the clipboard) asks here.
import type { Card, LaneKind } from './model.ts';
import { DEFAULT_LANE_HEIGHT } from './model.ts';
import type { CardFields } from './ops.ts';
import { LANE_THEME } from './theme.ts';

export interface LaneKindDefinition {
  /** its cells hold cards (the emotion lane holds the curve instead) */
  holdsCards: boolean;
  /** the emotion curve is drawn in it */
  curve: boolean;
  /** its cards are touchpoints that can be linked into the customer's path */
  path: boolean;
  /** what its cards keep beyond text, colour and tags (the rest is dropped when a card moves in) */
  fields: readonly (keyof CardFields)[];
  /** height of the lane until resized */
  height: number;
  /** stripe and card fill (shared/theme.ts) */
  theme: { accent: string; fill: string };
}

const EMOTION_LANE_HEIGHT = 176;

const cards = (fields: readonly (keyof CardFields)[] = [], path = false): Omit<LaneKindDefinition, 'theme'> => ({
  holdsCards: true,
  curve: false,
  path,
  fields,
  height: DEFAULT_LANE_HEIGHT,
});

const DEFINITIONS: Record<LaneKind, Omit<LaneKindDefinition, 'theme'>> = {
  needs: cards(),
  actions: cards(),
  touchpoints: cards(['channel', 'role'], true),
  emotion: { holdsCards: false, curve: true, path: false, fields: [], height: EMOTION_LANE_HEIGHT },
  painpoints: cards(['severity']),
  opportunities: cards(),
  'service-actions': cards(),
  roles: cards(),
  metrics: cards(),
  text: cards(),
  images: cards(),
};

export function laneKind(kind: LaneKind): LaneKindDefinition {
  return { ...DEFINITIONS[kind], theme: LANE_THEME[kind] };
}

/** Can a card go into a lane of this kind? (false for a missing lane) */
export const holdsCards = (kind: LaneKind | undefined): boolean => kind !== undefined && DEFINITIONS[kind].holdsCards;
/** Is the emotion curve drawn in a lane of this kind? */
export const drawsCurve = (kind: LaneKind | undefined): boolean => kind !== undefined && DEFINITIONS[kind].curve;
/** Lane kinds whose cards are touchpoints that can be linked into the customer's path. */
export const isPathKind = (kind: LaneKind): boolean => DEFINITIONS[kind].path;

const COMMON: (keyof CardFields)[] = ['colour', 'tags'];

export function fieldsAllowed(kind: LaneKind): (keyof CardFields)[] {
  return [...COMMON, ...DEFINITIONS[kind].fields];
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
