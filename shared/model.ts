// The document model: one schema per record type. Types come from the strict shapes so the
// compiler catches typos; the runtime schemas are loose so fields written by a newer version
// of the app survive a round trip through this one.
import { z } from 'zod';
import { MAP_FORMATS, PAGE_SIZE_NAMES } from './export/options.ts';
import { IMAGE_ID } from './images.ts';
import { KIND_FIELD_SHAPES, LANE_KINDS, OpportunityWeightsSchema, type LaneKind } from './laneKinds.ts';

export { LANE_KINDS, type LaneKind };

export const LOCALES = ['zh-CN', 'en'] as const;
export const SCENE_CHANNELS = ['online', 'offline', 'both'] as const;
export const EMOTION_SCALES = ['-2..+2', 'moods', '1..5', '-3..+3'] as const;
export const CURVE_GAP_MODES = ['gap', 'interpolate'] as const;
export const CARD_COLOURS = ['yellow', 'orange', 'red', 'pink', 'purple', 'blue', 'teal', 'green', 'grey'] as const;

export type Locale = (typeof LOCALES)[number];
export type SceneChannel = (typeof SCENE_CHANNELS)[number];
/** The order channels are offered in (badge menu, context menu): the default first, then the two that mean online. */
export const CHANNEL_CHOICES: readonly SceneChannel[] = ['offline', 'online', 'both'];
export type EmotionScale = (typeof EMOTION_SCALES)[number];
export type CardColour = (typeof CARD_COLOURS)[number];
export type CurveGapMode = (typeof CURVE_GAP_MODES)[number];

export const IdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'ids use letters, digits, _ and - only');
// Fractional-index keys (base-62 digits), compared as plain strings.
export const OrderKeySchema = z
  .string()
  .min(1)
  .max(512)
  .regex(/^[0-9A-Za-z]+$/, 'order keys use base-62 digits only');
const Text = (max: number) => z.string().max(max);
/** An image stored in the file, named by the SHA-256 of its original bytes (shared/images.ts). */
export const ImageIdSchema = z.string().regex(IMAGE_ID, 'image ids are SHA-256 hex digests');
/** Images one card may carry. */
export const MAX_CARD_IMAGES = 12;

// What was chosen at the last export of this map, so the next one starts there. Stages and
// lanes are kept as those left out: one added since is included, as on a first export.
const PAGE_MM = z.number().finite().min(50).max(5000);
export const ExportChoicesSchema = z
  .object({
    format: z.enum(MAP_FORMATS),
    stagesLeftOut: z.array(IdSchema).max(10_000),
    lanesLeftOut: z.array(IdSchema).max(10_000),
    page: z
      .object({
        size: z.union([z.enum(PAGE_SIZE_NAMES as [(typeof PAGE_SIZE_NAMES)[number], ...(typeof PAGE_SIZE_NAMES)[number][]]), z.object({ width: PAGE_MM, height: PAGE_MM })]),
        landscape: z.boolean(),
        margin: z.number().finite().min(0).max(100),
        mode: z.enum(['fit', 'tile']),
        overlap: z.number().finite().min(0).max(50),
      }),
    scale: z.number().finite().min(0.25).max(16),
    background: z.enum(['white', 'transparent']),
    withDate: z.boolean(),
  })
  .loose();
export type ExportChoices = z.infer<typeof ExportChoicesSchema>;
export const HexColourSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'colours are #rrggbb');
const Length = z.number().finite().min(40).max(4000);

const mapShape = {
  title: Text(500),
  description: Text(20_000),
  locale: z.enum(LOCALES),
  scale: z.enum(EMOTION_SCALES),
  // a scene without a point on a curve: leave a gap (default) or draw through it
  curveGaps: z.enum(CURVE_GAP_MODES).optional(),
  // draw emotion points as faces (☺ ☹) instead of dots
  emotionFaces: z.boolean().optional(),
  exportChoices: ExportChoicesSchema.optional(),
  // how much need & emotion, pain and visibility count towards an opportunity's value (default 1 : 1 : 1)
  opportunityWeights: OpportunityWeightsSchema.optional(),
  // the personas the title block shows (absent: the first)
  titlePersonas: z.array(IdSchema).max(20).optional(),
};
const stageShape = { id: IdSchema, order: OrderKeySchema, title: Text(500) };
const sceneShape = {
  id: IdSchema,
  stageId: IdSchema,
  order: OrderKeySchema,
  title: Text(500),
  channel: z.enum(SCENE_CHANNELS),
  width: Length.optional(),
  // who goes through this scene (a Mermaid task's actors): the scene's own list, so a task with
  // two of three actors gives back those two; ids, so renaming a persona follows
  personaIds: z.array(IdSchema).max(100).optional(),
};
const laneShape = {
  id: IdSchema,
  order: OrderKeySchema,
  kind: z.enum(LANE_KINDS),
  title: Text(500),
  height: Length.optional(),
  hidden: z.boolean(),
  // collapsed lanes show one thin row with a card count, to make room while keeping the lane in view
  collapsed: z.boolean().optional(),
};
const cardShape = {
  id: IdSchema,
  laneId: IdSchema,
  sceneId: IdSchema,
  order: OrderKeySchema,
  text: Text(100_000),
  colour: z.enum(CARD_COLOURS).optional(),
  // the fields of some kinds only (touchpoint channel and role, severity, scores…): laneKinds.ts
  ...KIND_FIELD_SHAPES,
  tags: z.array(Text(100)).max(100).optional(),
  // images stored in the file (ids: SHA-256 of their bytes). On a card of the images lane the
  // first is the storyboard frame; on any other card they are attachments (site photos).
  images: z.array(ImageIdSchema).max(MAX_CARD_IMAGES).optional(),
};
/** The schemas of what a card keeps beyond its text and place (ops check edits against them). */
export const CARD_FIELD_SCHEMAS = { colour: cardShape.colour, tags: cardShape.tags, images: cardShape.images, ...KIND_FIELD_SHAPES };
// A curve of the emotion lane: one per persona, or "current" vs "target" experience.
const curveShape = {
  id: IdSchema,
  order: OrderKeySchema,
  name: Text(200),
  colour: HexColourSchema,
  hidden: z.boolean(),
  // whose feelings it draws
  personaId: IdSchema.optional(),
};
const emotionPointShape = {
  id: IdSchema,
  curveId: IdSchema,
  sceneId: IdSchema,
  // optionally the touchpoint card of the scene this feeling belongs to
  cardId: IdSchema.optional(),
  order: OrderKeySchema,
  score: z.number().finite().min(-100).max(100),
  note: Text(20_000),
};
const linkShape = { id: IdSchema, fromCardId: IdSchema, toCardId: IdSchema, label: Text(500) };
// A typed relation between records, apart from the customer's path: an opportunity addresses a
// pain point, need, touchpoint or emotion point; a service action delivers an opportunity.
// Exactly one of toCardId / toPointId (shared/relations.ts says which kinds fit).
export const RELATION_KINDS = ['addresses', 'delivers'] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];
const relationShape = {
  id: IdSchema,
  kind: z.enum(RELATION_KINDS),
  fromCardId: IdSchema,
  toCardId: IdSchema.optional(),
  toPointId: IdSchema.optional(),
};
const personaShape = {
  id: IdSchema,
  order: OrderKeySchema,
  name: Text(500),
  description: Text(20_000),
  goals: Text(5000).optional(),
  // in their own words
  quote: Text(2000).optional(),
  // an image stored in the file
  photo: ImageIdSchema.optional(),
};

// A view: a named choice of what to show ("client view" without the internal service-action and
// metric lanes). Kept as what it leaves out, as the export choices are: a stage, lane or curve
// added later shows in every view until a view is told to leave it out.
const LeftOut = z.array(IdSchema).max(10_000);
const viewShape = {
  id: IdSchema,
  order: OrderKeySchema,
  name: Text(200),
  stagesLeftOut: LeftOut,
  lanesLeftOut: LeftOut,
  curvesLeftOut: LeftOut,
};
/** What a review comment is pinned to: a card, a scene, an emotion point, or the map itself. */
export const COMMENT_TARGETS = ['map', 'card', 'scene', 'emotionPoint'] as const;
export type CommentTarget = (typeof COMMENT_TARGETS)[number];
// ISO 8601 times, as the app writes them (new Date().toISOString()).
const Time = z.string().max(40).regex(/^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/, 'times are ISO 8601 (UTC)');
// One record per comment, replies included, so two reviewers' copies of a map can be compared
// comment by comment. A reply names the comment it answers; resolving is the thread's (its first comment's).
const commentShape = {
  id: IdSchema,
  target: z.enum(COMMENT_TARGETS),
  // the card, scene or point (absent for the map); kept when that record is deleted
  targetId: IdSchema.optional(),
  replyTo: IdSchema.optional(),
  author: Text(200),
  text: Text(20_000),
  createdAt: Time,
  editedAt: Time.optional(),
  resolved: z.boolean(),
  resolvedAt: Time.optional(),
  resolvedBy: Text(200).optional(),
};

const strict = {
  map: z.object(mapShape),
  stage: z.object(stageShape),
  scene: z.object(sceneShape),
  lane: z.object(laneShape),
  card: z.object(cardShape),
  curve: z.object(curveShape),
  emotionPoint: z.object(emotionPointShape),
  link: z.object(linkShape),
  relation: z.object(relationShape),
  persona: z.object(personaShape),
  view: z.object(viewShape),
  comment: z.object(commentShape),
};

export type MapInfo = z.infer<typeof strict.map>;
export type Stage = z.infer<typeof strict.stage>;
export type Scene = z.infer<typeof strict.scene>;
export type Lane = z.infer<typeof strict.lane>;
export type Card = z.infer<typeof strict.card>;
export type Curve = z.infer<typeof strict.curve>;
export type EmotionPoint = z.infer<typeof strict.emotionPoint>;
export type Link = z.infer<typeof strict.link>;
export type Relation = z.infer<typeof strict.relation>;
export type Persona = z.infer<typeof strict.persona>;
export type View = z.infer<typeof strict.view>;
export type Comment = z.infer<typeof strict.comment>;

/** Runtime schemas: unknown fields are kept, known fields are checked. */
export const RecordSchemas = {
  map: strict.map.loose(),
  stages: strict.stage.loose(),
  scenes: strict.scene.loose(),
  lanes: strict.lane.loose(),
  cards: strict.card.loose(),
  curves: strict.curve.loose(),
  emotionPoints: strict.emotionPoint.loose(),
  links: strict.link.loose(),
  relations: strict.relation.loose().refine((r) => (r.toCardId === undefined) !== (r.toPointId === undefined), { message: 'needs exactly one of toCardId and toPointId', path: ['toCardId'] }),
  personas: strict.persona.loose(),
  views: strict.view.loose(),
  comments: strict.comment.loose().refine((c) => (c.target === 'map') === (c.targetId === undefined), { message: 'a comment on a card, scene or point names it; one on the map does not', path: ['targetId'] }),
};

export interface JourneyDoc {
  map: MapInfo;
  stages: Record<string, Stage>;
  scenes: Record<string, Scene>;
  lanes: Record<string, Lane>;
  cards: Record<string, Card>;
  curves: Record<string, Curve>;
  emotionPoints: Record<string, EmotionPoint>;
  links: Record<string, Link>;
  relations: Record<string, Relation>;
  personas: Record<string, Persona>;
  views: Record<string, View>;
  comments: Record<string, Comment>;
}

/** The record collections of a document, in the order they are loaded (parents first). */
export const COLLECTIONS = ['stages', 'scenes', 'lanes', 'cards', 'curves', 'emotionPoints', 'links', 'relations', 'personas', 'views', 'comments'] as const;
export type Collection = (typeof COLLECTIONS)[number];

/** Singular names used in messages shown to people. */
export const RECORD_NAMES: Record<Collection | 'map', string> = {
  map: 'map',
  stages: 'stage',
  scenes: 'scene',
  lanes: 'lane',
  cards: 'card',
  curves: 'curve',
  emotionPoints: 'emotion point',
  links: 'link',
  relations: 'relation',
  personas: 'persona',
  views: 'view',
  comments: 'comment',
};

export const DEFAULT_SCENE_WIDTH = 240;
export { DEFAULT_LANE_HEIGHT } from './laneKinds.ts';

export function emptyDoc(locale: Locale, title = ''): JourneyDoc {
  return {
    map: { title, description: '', locale, scale: '-2..+2' },
    stages: {},
    scenes: {},
    lanes: {},
    cards: {},
    curves: {},
    emotionPoints: {},
    links: {},
    relations: {},
    personas: {},
    views: {},
    comments: {},
  };
}
