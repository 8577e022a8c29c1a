// Each lane kind, defined once: whether its cells hold cards, what its cards keep beyond text
// (and the schemas of those fields), whether they join the customer's path, whether the palette
// offers it, its default height, its colours and what its cards show under their text. Everything
// that behaves by kind (layout, ops on cards, the canvas, the export, the clipboard) asks here.
// model.ts builds the card schema from the field schemas here, so this file takes only types from
// it; the meta functions call opportunities.ts and serviceActions.ts, which import this file back:
// that is safe because nothing here calls them while the modules load.
import { z } from 'zod';
import type { MetaPart } from './cardStyle.ts';
import type { Card, JourneyDoc } from './model.ts';
import { metricMeta } from './metricText.ts';
import { rankedOpportunities } from './opportunities.ts';
import { loopMetaParts } from './painBoard.ts';
import type { CardFields } from './ops.ts';
import { seriesPlace } from './serviceActions.ts';
import { laneColours } from './theme.ts';

export const DEFAULT_LANE_HEIGHT = 112;

const Text = (max: number) => z.string().max(max);

/** An opportunity's score on one criterion of the method: 1 (weak) … 5 (strong), and why. */
export const CriterionScoreSchema = z.object({ value: z.number().int().min(1).max(5), reason: Text(500) });
export const OPPORTUNITY_CRITERIA = ['need', 'pain', 'feasibility', 'visibility'] as const;
export type OpportunityCriterion = (typeof OPPORTUNITY_CRITERIA)[number];

const Weight = z.number().finite().min(0).max(10);
/** Per map: how much each criterion counts towards an opportunity's value (feasibility is apart). */
export const OpportunityWeightsSchema = z.object({ need: Weight, pain: Weight, visibility: Weight }).strict();

/** How a service action is kept up: a training or drill plan, and an inspection. */
export const ServiceMeasureSchema = z
  .object({
    training: z.object({ plan: Text(2000), frequency: Text(200), owner: Text(200) }).loose().optional(),
    inspection: z.object({ who: Text(200), frequency: Text(200), how: Text(2000) }).loose().optional(),
  })
  // what a newer app adds to a measure survives a round trip through this one
  .loose();
export type ServiceMeasure = z.infer<typeof ServiceMeasureSchema>;

const Num = z.number().finite().min(-1e12).max(1e12);
const Count = z.number().int().min(0).max(1e9);
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'dates are YYYY-MM-DD');

export const METRIC_TYPES = ['outcome', 'process'] as const;
export const METRIC_DISPLAYS = ['number', 'gauge', 'trend'] as const;
/** One period's measurement: a value, or for NPS the answers it is computed from. */
export const MetricValueSchema = z
  .object({ period: Text(40), value: Num.optional(), promoters: Count.optional(), passives: Count.optional(), detractors: Count.optional() })
  .loose();
/**
 * What a metric card defines (指标): outcome (结果指标) or process (过程指标), how it is measured,
 * who owns it, its target and the values measured per period. `nps`: the score is computed from
 * promoters, passives and detractors.
 */
export const MetricSchema = z
  .object({
    nps: z.boolean().optional(),
    type: z.enum(METRIC_TYPES),
    definition: Text(2000),
    unit: Text(40),
    department: Text(200),
    source: Text(500),
    period: Text(100),
    target: Num.optional(),
    direction: z.enum(['higher', 'lower']),
    display: z.enum(METRIC_DISPLAYS),
    values: z.array(MetricValueSchema).max(500),
  })
  .loose();
export type Metric = z.infer<typeof MetricSchema>;
export type MetricValue = z.infer<typeof MetricValueSchema>;

/** The pain-point closed loop of the practice: found → reported → improvement planned → assessed → closed. */
export const LOOP_STATUSES = ['found', 'reported', 'planned', 'assessed', 'closed'] as const;
export type LoopStatus = (typeof LOOP_STATUSES)[number];
export const LoopChangeSchema = z.object({ status: z.enum(LOOP_STATUSES), by: Text(200), at: z.string().max(40) }).loose();
export const PainLoopSchema = z
  .object({
    status: z.enum(LOOP_STATUSES),
    owner: Text(200),
    due: IsoDate.optional(),
    plan: Text(5000),
    check: Text(5000),
    /** every change of status, oldest first */
    history: z.array(LoopChangeSchema).max(1000),
  })
  .loose();
export type PainLoop = z.infer<typeof PainLoopSchema>;

/** The schemas of the fields that some lane kinds' cards carry (which kind keeps which: below). */
export const KIND_FIELD_SHAPES = {
  // touchpoint cards: the channel the customer uses and the staff role on the company side
  channel: Text(200).optional(),
  role: Text(200).optional(),
  // pain point cards: 1 (minor) … 3 (severe), and where it stands in the closed loop
  severity: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional(),
  loop: PainLoopSchema.optional(),
  // opportunity cards: need & emotion, pain, feasibility, visibility (性价比: see shared/opportunities.ts)
  scores: z.object(Object.fromEntries(OPPORTUNITY_CRITERIA.map((c) => [c, CriterionScoreSchema.optional()])) as Record<OpportunityCriterion, z.ZodOptional<typeof CriterionScoreSchema>>).strict().optional(),
  // service action cards (服务动作): who does it, its steps in order (动作化), the routine it is part
  // of within its scene (系列化) and how it is drilled and checked (管理措施)
  roles: z.array(Text(200)).max(50).optional(),
  steps: z.array(Text(2000)).max(200).optional(),
  series: Text(200).optional(),
  measure: ServiceMeasureSchema.optional(),
  // metric cards
  metric: MetricSchema.optional(),
};

export type KindField = keyof typeof KIND_FIELD_SHAPES;

/** What a card's meta row may depend on beyond the map: the caller's date (never read in shared/). */
export interface MetaContext {
  /** YYYY-MM-DD; absent: nothing is marked overdue */
  today?: string;
}

export interface LaneKindDefinition {
  /** its cells hold cards (the emotion lane holds the curve instead) */
  holdsCards: boolean;
  /** the emotion curve is drawn in it */
  curve: boolean;
  /** its cards are touchpoints that can be linked into the customer's path */
  path: boolean;
  /** what its cards keep beyond text, colour and tags (the rest is dropped when a card moves in) */
  fields: readonly (keyof CardFields)[];
  /** offered in the palette of card kinds to drag onto a cell */
  palette: boolean;
  /** height of the lane until resized */
  height: number;
  /** stripe and card fill (shared/theme.ts) */
  theme: { accent: string; fill: string };
  /**
   * What its cards show under their text, before their tags (cardStyle.ts lays the parts into
   * rows for the layout, the canvas and the export alike).
   */
  meta?: (card: Card, doc: JourneyDoc, context: MetaContext) => MetaPart[];
}

const opportunityMeta = (card: Card, doc: JourneyDoc): MetaPart[] => {
  const scored = rankedOpportunities(doc).get(card.id);
  if (!scored || (scored.value === null && scored.feasibility === null)) return [];
  const score = `◆ ${scored.value === null ? '–' : scored.value.toFixed(1)} × ${scored.feasibility ?? '–'}`;
  return [...(scored.rank !== null ? [{ text: `#${scored.rank}`, tone: 'rank' as const }] : []), { text: score, tone: 'score' }];
};

const serviceActionMeta = (card: Card, doc: JourneyDoc): MetaPart[] => {
  const place = seriesPlace(doc, card.id);
  const steps = card.steps?.filter((step) => step.trim()).length ?? 0;
  return [
    ...(place ? [{ text: `${place.series} ${place.index}/${place.count}`, tone: 'series' as const }] : []),
    { text: [...(card.roles ?? []), ...(steps > 0 ? [`☑ ${steps}`] : [])].join(' · '), tone: 'details' },
  ];
};

const EMOTION_LANE_HEIGHT = 176;

const cards = (fields: readonly (keyof CardFields)[] = [], extra: Partial<Pick<LaneKindDefinition, 'path' | 'meta' | 'palette'>> = {}): Omit<LaneKindDefinition, 'theme'> => ({
  holdsCards: true,
  curve: false,
  path: false,
  palette: true,
  fields,
  height: DEFAULT_LANE_HEIGHT,
  ...extra,
});

/** Every lane kind, in the order they are offered (the palette, the lane menu). */
export const LANE_KINDS = ['needs', 'actions', 'touchpoints', 'emotion', 'painpoints', 'opportunities', 'service-actions', 'roles', 'metrics', 'text', 'images'] as const;
export type LaneKind = (typeof LANE_KINDS)[number];

const DEFINITIONS: Record<LaneKind, Omit<LaneKindDefinition, 'theme'>> = {
  needs: cards(),
  actions: cards(),
  touchpoints: cards(['channel', 'role'], { path: true, meta: (card) => [{ text: [card.channel, card.role].filter(Boolean).join(' · '), tone: 'details' }] }),
  emotion: { holdsCards: false, curve: true, path: false, palette: false, fields: [], height: EMOTION_LANE_HEIGHT },
  painpoints: cards(['severity', 'loop'], {
    meta: (card, doc, context) => [{ text: card.severity ? severityDots(card.severity) : '', tone: 'severity' }, ...loopMetaParts(card, doc.map.locale, context.today)],
  }),
  opportunities: cards(['scores'], { meta: opportunityMeta }),
  'service-actions': cards(['roles', 'steps', 'series', 'measure'], { meta: serviceActionMeta }),
  roles: cards([], { palette: false }),
  metrics: cards(['metric'], { palette: false, meta: (card) => metricMeta(card.metric) }),
  text: cards(),
  images: cards([], { palette: false }),
};

export function laneKind(kind: LaneKind): LaneKindDefinition {
  return { ...DEFINITIONS[kind], theme: laneColours(kind) };
}

/** Can a card go into a lane of this kind? (false for a missing lane) */
export const holdsCards = (kind: LaneKind | undefined): boolean => kind !== undefined && DEFINITIONS[kind].holdsCards;
/** Is the emotion curve drawn in a lane of this kind? */
export const drawsCurve = (kind: LaneKind | undefined): boolean => kind !== undefined && DEFINITIONS[kind].curve;
/** The card kinds of the palette, in the order of LANE_KINDS. */
export const paletteKinds = (): LaneKind[] => LANE_KINDS.filter((kind) => DEFINITIONS[kind].palette);
/** Lane kinds whose cards are touchpoints that can be linked into the customer's path. */
export const isPathKind = (kind: LaneKind): boolean => DEFINITIONS[kind].path;

const COMMON: (keyof CardFields)[] = ['colour', 'tags', 'images'];

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

export const severityDots = (severity: number): string => '●'.repeat(severity);

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
