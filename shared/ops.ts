// Every edit is a named operation: a pure function over an immer draft of the document.
// The editor (editor.ts) runs them through produceWithPatches and records the patches.
import { IMAGE_ID } from './images.ts';
import { mapScore } from './emotion/scale.ts';
import type { KindField, LoopStatus } from './laneKinds.ts';
import type {
  Card,
  Comment,
  CommentTarget,
  CurveGapMode,
  ExportChoices,
  EmotionScale,
  JourneyDoc,
  Lane,
  LaneKind,
  Link,
  Persona,
  Relation,
  RelationKind,
  Scene,
  SceneChannel,
  Stage,
  View,
} from './model.ts';
import { CARD_FIELD_SCHEMAS, HexColourSchema, RecordSchemas } from './model.ts';
import type { z } from 'zod';
import type { ValueWeights } from './opportunities.ts';
import { keyAt, sortOrdered } from './order.ts';
import { dropMisfitsOf, dropRelationsTouching, findRelation, relationMisfit } from './relations.ts';
import { targetExists } from './comments.ts';
import { viewsOf } from './views.ts';

/** What a card keeps beyond its text and place: colour, tags and the fields of lane kinds (laneKinds.ts). */
export type CardFields = Partial<Pick<Card, 'colour' | 'tags' | 'images' | KindField>>;

export type Operation =
  | { type: 'setMapTitle'; title: string }
  | { type: 'addStage'; id: string; title: string; index?: number }
  | { type: 'renameStage'; id: string; title: string }
  | { type: 'moveStage'; id: string; index: number }
  | { type: 'deleteStage'; id: string }
  | { type: 'addScene'; id: string; stageId: string; title: string; channel: SceneChannel; index?: number }
  | { type: 'renameScene'; id: string; title: string }
  | { type: 'setSceneChannel'; id: string; channel: SceneChannel }
  | { type: 'moveScene'; id: string; stageId: string; index: number }
  | { type: 'setSceneWidth'; id: string; width: number }
  | { type: 'deleteScene'; id: string }
  | { type: 'addLane'; id: string; kind: LaneKind; title: string; index?: number }
  | { type: 'renameLane'; id: string; title: string }
  | { type: 'moveLane'; id: string; index: number }
  | { type: 'setLaneHeight'; id: string; height: number }
  | { type: 'setLaneHidden'; id: string; hidden: boolean }
  | { type: 'setLaneCollapsed'; id: string; collapsed: boolean }
  | { type: 'deleteLane'; id: string }
  | { type: 'addCard'; id: string; laneId: string; sceneId: string; text: string; fields?: CardFields; index?: number }
  | { type: 'setCardText'; id: string; text: string }
  | { type: 'setCardFields'; id: string; fields: CardFields }
  | { type: 'moveCard'; id: string; laneId: string; sceneId: string; index: number }
  | { type: 'deleteCard'; id: string }
  | { type: 'addCurve'; id: string; name: string; colour: string; index?: number }
  | { type: 'renameCurve'; id: string; name: string }
  | { type: 'setCurveColour'; id: string; colour: string }
  | { type: 'setCurveHidden'; id: string; hidden: boolean }
  | { type: 'deleteCurve'; id: string }
  | { type: 'addEmotionPoint'; id: string; curveId: string; sceneId: string; score: number; note?: string; cardId?: string; index?: number }
  | { type: 'setEmotion'; id: string; score?: number; note?: string }
  | { type: 'moveEmotionPoint'; id: string; index: number }
  | { type: 'setEmotionPointCard'; id: string; cardId?: string }
  | { type: 'deleteEmotionPoint'; id: string }
  | { type: 'setEmotionScale'; scale: EmotionScale }
  | { type: 'setCurveGaps'; mode: CurveGapMode }
  | { type: 'setEmotionFaces'; faces: boolean }
  | { type: 'setOpportunityWeights'; weights: ValueWeights | null }
  | { type: 'setExportChoices'; choices: ExportChoices }
  | { type: 'addLink'; id: string; fromCardId: string; toCardId: string; label?: string }
  | { type: 'setLinkLabel'; id: string; label: string }
  | { type: 'deleteLink'; id: string }
  | { type: 'addPersona'; id: string; name: string; description?: string; index?: number }
  | { type: 'updatePersona'; id: string; fields: PersonaFields }
  | { type: 'movePersona'; id: string; index: number }
  | { type: 'deletePersona'; id: string }
  | { type: 'setCurvePersona'; id: string; personaId?: string }
  | { type: 'setTitlePersonas'; ids: string[] | null }
  | { type: 'setLoopStatus'; id: string; status: LoopStatus; by: string; at: string }
  | { type: 'addRelation'; id: string; kind: RelationKind; fromCardId: string; toCardId?: string; toPointId?: string }
  | { type: 'deleteRelation'; id: string }
  | { type: 'addView'; id: string; name: string; leftOut?: Partial<ViewLeftOut>; index?: number }
  | { type: 'renameView'; id: string; name: string }
  | { type: 'setViewLeftOut'; id: string; leftOut: Partial<ViewLeftOut> }
  | { type: 'deleteView'; id: string }
  | { type: 'addComment'; id: string; target: CommentTarget; targetId?: string; replyTo?: string; author: string; text: string; at: string }
  | { type: 'editComment'; id: string; text: string; at: string }
  | { type: 'setCommentResolved'; id: string; resolved: boolean; by: string; at: string }
  | { type: 'deleteComment'; id: string };

export type OperationType = Operation['type'];

/** What a view leaves out: ids of stages, lanes and curves. */
export type ViewLeftOut = Pick<View, 'stagesLeftOut' | 'lanesLeftOut' | 'curvesLeftOut'>;

/** What a persona holds beyond its place (undefined clears goals or quote). */
export type PersonaFields = Partial<Pick<Persona, 'name' | 'description' | 'goals' | 'quote' | 'photo'>>;

export class OperationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OperationError';
  }
}

function need<T>(record: T | undefined, what: string, id: string): T {
  if (!record) throw new OperationError(`no ${what} '${id}'`);
  return record;
}

function fresh(doc: JourneyDoc, collection: keyof Omit<JourneyDoc, 'map'>, id: string): void {
  if (doc[collection][id]) throw new OperationError(`id '${id}' is already used`);
}

// An edit that the file could not hold (a 3,000-character step, a 51st role) is refused here, so
// the map in the window is always one that saves.
function checkedFields(fields: CardFields): CardFields {
  const checked: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) {
      checked[key] = undefined;
      continue;
    }
    const schema = (CARD_FIELD_SCHEMAS as Record<string, z.ZodType>)[key];
    if (!schema) throw new OperationError(`a card has no field '${key}'`);
    const result = schema.safeParse(value);
    if (!result.success) throw new OperationError(`field '${key}': ${result.error.issues[0]?.message ?? 'not valid'}`);
    // Kept as the file will give it back (JSON: no -0, no undefined inside), so a reopened map equals the one edited.
    checked[key] = JSON.parse(JSON.stringify(value)) as unknown;
  }
  return checked as CardFields;
}

const definedOnly = <T extends object>(fields: T): Partial<T> =>
  Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Partial<T>;

// Column widths and lane heights stay within what the schema accepts (40…4000 px).
const clampLength = (value: number) => Math.round(Math.min(4000, Math.max(40, Number.isFinite(value) ? value : 40)));

// A curve's colour is drawn into exports and saved: only #rrggbb, as the schema says.
function curveColour(colour: string): string {
  if (!HexColourSchema.safeParse(colour).success) throw new OperationError(`'${colour}' is not a colour (#rrggbb)`);
  return colour;
}

const end = (list: unknown[], index: number | undefined) => index ?? list.length;

// Sibling lists, sorted, without the record being placed.
const stagesOf = (d: JourneyDoc, except?: string) => sortOrdered(Object.values(d.stages).filter((s) => s.id !== except));
const lanesOf = (d: JourneyDoc, except?: string) => sortOrdered(Object.values(d.lanes).filter((l) => l.id !== except));
const scenesOf = (d: JourneyDoc, stageId: string, except?: string) =>
  sortOrdered(Object.values(d.scenes).filter((s) => s.stageId === stageId && s.id !== except));
const cardsIn = (d: JourneyDoc, laneId: string, sceneId: string, except?: string) =>
  sortOrdered(Object.values(d.cards).filter((c) => c.laneId === laneId && c.sceneId === sceneId && c.id !== except));

// A pasted range is hundreds of addCard operations in one batch. Each reading every card of the
// draft (every read of a draft goes through the proxy) made a 200-card paste take 70 ms; the cells
// are grouped once instead and kept while only cards are added. Any other operation drops them.
let batching = false;
let batchCells: Map<string, Card[]> | null = null;
const cellKey = (laneId: string, sceneId: string) => `${laneId}\u0000${sceneId}`;

function siblingsForAdd(d: JourneyDoc, laneId: string, sceneId: string): Card[] {
  if (!batching) return cardsIn(d, laneId, sceneId);
  if (!batchCells) {
    batchCells = new Map();
    for (const card of Object.values(d.cards)) {
      const key = cellKey(card.laneId, card.sceneId);
      const cell = batchCells.get(key);
      if (cell) cell.push(card);
      else batchCells.set(key, [card]);
    }
    for (const [key, cell] of batchCells) batchCells.set(key, sortOrdered(cell));
  }
  const key = cellKey(laneId, sceneId);
  let cell = batchCells.get(key);
  if (!cell) batchCells.set(key, (cell = []));
  return cell;
}
const pointsOf = (d: JourneyDoc, curveId: string, sceneId: string, except?: string) =>
  sortOrdered(Object.values(d.emotionPoints).filter((p) => p.curveId === curveId && p.sceneId === sceneId && p.id !== except));
const curvesOf = (d: JourneyDoc) => sortOrdered(Object.values(d.curves));
const personasOf = (d: JourneyDoc, except?: string) => sortOrdered(Object.values(d.personas).filter((p) => p.id !== except));

// A move to the position a record already has changes nothing (and makes no history entry).
const positionOf = (sorted: { id: string }[], id: string) => sorted.findIndex((r) => r.id === id);

// Removals collect ids first and then make one pass over what may refer to them: deleting a lane
// of 2,000 cards in a map with thousands of links and relations stays one sweep, not 2,000.

/** Removes cards and what refers to them: points keep their feeling without the card; links and relations go. */
function removeCards(d: JourneyDoc, ids: Set<string>): void {
  if (ids.size === 0) return;
  for (const id of ids) delete d.cards[id];
  for (const point of Object.values(d.emotionPoints)) if (point.cardId !== undefined && ids.has(point.cardId)) delete point.cardId;
  for (const link of Object.values(d.links)) if (ids.has(link.fromCardId) || ids.has(link.toCardId)) delete d.links[link.id];
  dropRelationsTouching(d, ids, new Set());
}

function removePoints(d: JourneyDoc, ids: Set<string>): void {
  if (ids.size === 0) return;
  for (const id of ids) delete d.emotionPoints[id];
  dropRelationsTouching(d, new Set(), ids);
}

/** Removes scenes with their cards and emotion points. */
function removeScenes(d: JourneyDoc, ids: Set<string>): void {
  for (const id of ids) delete d.scenes[id];
  removeCards(d, new Set(Object.values(d.cards).filter((c) => ids.has(c.sceneId)).map((c) => c.id)));
  removePoints(d, new Set(Object.values(d.emotionPoints).filter((p) => ids.has(p.sceneId)).map((p) => p.id)));
}

type Handlers = { [K in OperationType]: (d: JourneyDoc, op: Extract<Operation, { type: K }>) => void };

const handlers: Handlers = {
  setMapTitle(d, op) {
    d.map.title = op.title;
  },

  addStage(d, op) {
    fresh(d, 'stages', op.id);
    const siblings = stagesOf(d);
    const stage: Stage = { id: op.id, title: op.title, order: keyAt(siblings, end(siblings, op.index)) };
    d.stages[op.id] = stage;
  },
  renameStage(d, op) {
    need(d.stages[op.id], 'stage', op.id).title = op.title;
  },
  moveStage(d, op) {
    const stage = need(d.stages[op.id], 'stage', op.id);
    if (positionOf(stagesOf(d), op.id) === op.index) return;
    stage.order = keyAt(stagesOf(d, op.id), op.index);
  },
  deleteStage(d, op) {
    need(d.stages[op.id], 'stage', op.id);
    removeScenes(d, new Set(Object.values(d.scenes).filter((scene) => scene.stageId === op.id).map((scene) => scene.id)));
    // Its id may stay among the export choices' left-out stages: ids a map lacks are ignored
    // there (and dropped on load). Changing them here would put them into history, and undoing
    // the delete would then also undo the choices of exports made since.
    delete d.stages[op.id];
  },

  addScene(d, op) {
    fresh(d, 'scenes', op.id);
    need(d.stages[op.stageId], 'stage', op.stageId);
    const siblings = scenesOf(d, op.stageId);
    const scene: Scene = {
      id: op.id,
      stageId: op.stageId,
      title: op.title,
      channel: op.channel,
      order: keyAt(siblings, end(siblings, op.index)),
    };
    d.scenes[op.id] = scene;
  },
  renameScene(d, op) {
    need(d.scenes[op.id], 'scene', op.id).title = op.title;
  },
  setSceneChannel(d, op) {
    need(d.scenes[op.id], 'scene', op.id).channel = op.channel;
  },
  moveScene(d, op) {
    const scene = need(d.scenes[op.id], 'scene', op.id);
    need(d.stages[op.stageId], 'stage', op.stageId);
    if (scene.stageId === op.stageId && positionOf(scenesOf(d, op.stageId), op.id) === op.index) return;
    scene.order = keyAt(scenesOf(d, op.stageId, op.id), op.index);
    scene.stageId = op.stageId;
  },
  setSceneWidth(d, op) {
    need(d.scenes[op.id], 'scene', op.id).width = clampLength(op.width);
  },
  deleteScene(d, op) {
    need(d.scenes[op.id], 'scene', op.id);
    removeScenes(d, new Set([op.id]));
  },

  addLane(d, op) {
    fresh(d, 'lanes', op.id);
    const siblings = lanesOf(d);
    const lane: Lane = {
      id: op.id,
      kind: op.kind,
      title: op.title,
      hidden: false,
      order: keyAt(siblings, end(siblings, op.index)),
    };
    d.lanes[op.id] = lane;
  },
  renameLane(d, op) {
    need(d.lanes[op.id], 'lane', op.id).title = op.title;
  },
  moveLane(d, op) {
    const lane = need(d.lanes[op.id], 'lane', op.id);
    if (positionOf(lanesOf(d), op.id) === op.index) return;
    lane.order = keyAt(lanesOf(d, op.id), op.index);
  },
  setLaneHeight(d, op) {
    need(d.lanes[op.id], 'lane', op.id).height = clampLength(op.height);
  },
  setLaneHidden(d, op) {
    need(d.lanes[op.id], 'lane', op.id).hidden = op.hidden;
  },
  setLaneCollapsed(d, op) {
    const lane = need(d.lanes[op.id], 'lane', op.id);
    if (op.collapsed) lane.collapsed = true;
    else delete lane.collapsed;
  },
  deleteLane(d, op) {
    need(d.lanes[op.id], 'lane', op.id);
    removeCards(d, new Set(Object.values(d.cards).filter((card) => card.laneId === op.id).map((card) => card.id)));
    // As for stages: left among the export choices, where ids the map lacks are ignored.
    delete d.lanes[op.id];
  },

  addCard(d, op) {
    fresh(d, 'cards', op.id);
    need(d.lanes[op.laneId], 'lane', op.laneId);
    need(d.scenes[op.sceneId], 'scene', op.sceneId);
    const siblings = siblingsForAdd(d, op.laneId, op.sceneId);
    const at = Math.max(0, Math.min(end(siblings, op.index), siblings.length));
    const card: Card = {
      ...definedOnly(checkedFields(op.fields ?? {})),
      id: op.id,
      laneId: op.laneId,
      sceneId: op.sceneId,
      text: op.text,
      order: keyAt(siblings, at),
    };
    d.cards[op.id] = card;
    if (batching) siblings.splice(at, 0, card);
  },
  setCardText(d, op) {
    need(d.cards[op.id], 'card', op.id).text = op.text;
  },
  setCardFields(d, op) {
    const card = need(d.cards[op.id], 'card', op.id);
    for (const [key, value] of Object.entries(checkedFields(op.fields)) as [keyof CardFields, unknown][]) {
      if (value === undefined) delete card[key];
      else Object.assign(card, { [key]: value });
    }
  },
  moveCard(d, op) {
    const card = need(d.cards[op.id], 'card', op.id);
    need(d.lanes[op.laneId], 'lane', op.laneId);
    need(d.scenes[op.sceneId], 'scene', op.sceneId);
    const sameCell = card.laneId === op.laneId && card.sceneId === op.sceneId;
    if (sameCell && positionOf(cardsIn(d, op.laneId, op.sceneId), op.id) === op.index) return;
    card.order = keyAt(cardsIn(d, op.laneId, op.sceneId, op.id), op.index);
    const kindChanged = d.lanes[card.laneId]?.kind !== d.lanes[op.laneId]?.kind;
    card.laneId = op.laneId;
    card.sceneId = op.sceneId;
    if (kindChanged) dropMisfitsOf(d, op.id);
  },
  deleteCard(d, op) {
    need(d.cards[op.id], 'card', op.id);
    removeCards(d, new Set([op.id]));
  },

  addCurve(d, op) {
    fresh(d, 'curves', op.id);
    const siblings = curvesOf(d);
    d.curves[op.id] = { id: op.id, name: op.name, colour: curveColour(op.colour), hidden: false, order: keyAt(siblings, end(siblings, op.index)) };
  },
  renameCurve(d, op) {
    need(d.curves[op.id], 'curve', op.id).name = op.name;
  },
  setCurveColour(d, op) {
    need(d.curves[op.id], 'curve', op.id).colour = curveColour(op.colour);
  },
  setCurveHidden(d, op) {
    need(d.curves[op.id], 'curve', op.id).hidden = op.hidden;
  },
  deleteCurve(d, op) {
    need(d.curves[op.id], 'curve', op.id);
    removePoints(d, new Set(Object.values(d.emotionPoints).filter((point) => point.curveId === op.id).map((point) => point.id)));
    delete d.curves[op.id];
  },

  addEmotionPoint(d, op) {
    fresh(d, 'emotionPoints', op.id);
    need(d.curves[op.curveId], 'curve', op.curveId);
    need(d.scenes[op.sceneId], 'scene', op.sceneId);
    if (op.cardId) need(d.cards[op.cardId], 'card', op.cardId);
    const siblings = pointsOf(d, op.curveId, op.sceneId);
    d.emotionPoints[op.id] = {
      id: op.id,
      curveId: op.curveId,
      sceneId: op.sceneId,
      ...(op.cardId && { cardId: op.cardId }),
      score: op.score,
      note: op.note ?? '',
      order: keyAt(siblings, end(siblings, op.index)),
    };
  },
  setEmotion(d, op) {
    const point = need(d.emotionPoints[op.id], 'emotion point', op.id);
    if (op.score !== undefined) point.score = op.score;
    if (op.note !== undefined) point.note = op.note;
  },
  moveEmotionPoint(d, op) {
    const point = need(d.emotionPoints[op.id], 'emotion point', op.id);
    if (positionOf(pointsOf(d, point.curveId, point.sceneId), op.id) === op.index) return;
    point.order = keyAt(pointsOf(d, point.curveId, point.sceneId, op.id), op.index);
  },
  setEmotionPointCard(d, op) {
    const point = need(d.emotionPoints[op.id], 'emotion point', op.id);
    if (!op.cardId) {
      delete point.cardId;
      return;
    }
    const card = need(d.cards[op.cardId], 'card', op.cardId);
    if (card.sceneId !== point.sceneId) throw new OperationError(`card '${card.id}' is not in the point's scene`);
    point.cardId = op.cardId;
  },
  deleteEmotionPoint(d, op) {
    need(d.emotionPoints[op.id], 'emotion point', op.id);
    removePoints(d, new Set([op.id]));
  },
  setEmotionScale(d, op) {
    const from = d.map.scale;
    if (from === op.scale) return;
    for (const point of Object.values(d.emotionPoints)) point.score = mapScore(point.score, from, op.scale);
    d.map.scale = op.scale;
  },
  setCurveGaps(d, op) {
    d.map.curveGaps = op.mode;
  },
  setEmotionFaces(d, op) {
    if (op.faces) d.map.emotionFaces = true;
    else delete d.map.emotionFaces;
  },
  setOpportunityWeights(d, op) {
    // null: back to the defaults (1 : 1 : 1), which are not stored
    if (op.weights) d.map.opportunityWeights = { ...op.weights };
    else delete d.map.opportunityWeights;
  },
  setExportChoices(d, op) {
    // Only records the map has: the choices never name a stage or lane that is gone.
    const { stagesLeftOut, lanesLeftOut } = op.choices;
    const next = {
      ...(JSON.parse(JSON.stringify(op.choices)) as typeof op.choices),
      stagesLeftOut: [...new Set(stagesLeftOut)].filter((id) => Object.hasOwn(d.stages, id)),
      lanesLeftOut: [...new Set(lanesLeftOut)].filter((id) => Object.hasOwn(d.lanes, id)),
    };
    // The same choices again are no change (and leave a saved map saved).
    if (JSON.stringify(d.map.exportChoices) !== JSON.stringify(next)) d.map.exportChoices = next;
  },

  addLink(d, op) {
    fresh(d, 'links', op.id);
    need(d.cards[op.fromCardId], 'card', op.fromCardId);
    need(d.cards[op.toCardId], 'card', op.toCardId);
    if (op.fromCardId === op.toCardId) throw new OperationError('a card cannot link to itself');
    const link: Link = { id: op.id, fromCardId: op.fromCardId, toCardId: op.toCardId, label: op.label ?? '' };
    d.links[op.id] = link;
  },
  setLinkLabel(d, op) {
    need(d.links[op.id], 'link', op.id).label = op.label;
  },
  deleteLink(d, op) {
    need(d.links[op.id], 'link', op.id);
    delete d.links[op.id];
  },

  addPersona(d, op) {
    fresh(d, 'personas', op.id);
    const siblings = personasOf(d);
    d.personas[op.id] = { id: op.id, name: op.name, description: op.description ?? '', order: keyAt(siblings, end(siblings, op.index)) };
  },
  updatePersona(d, op) {
    const persona = need(d.personas[op.id], 'persona', op.id);
    for (const [key, value] of Object.entries(op.fields) as [keyof PersonaFields, string | undefined][]) {
      if (value === undefined && (key === 'goals' || key === 'quote' || key === 'photo')) delete persona[key];
      else if (key === 'photo' && value !== undefined && !IMAGE_ID.test(value)) throw new OperationError('a persona photo is an image id');
      else if (value !== undefined) persona[key] = value;
    }
  },
  movePersona(d, op) {
    const persona = need(d.personas[op.id], 'persona', op.id);
    if (positionOf(personasOf(d), op.id) === op.index) return;
    persona.order = keyAt(personasOf(d, op.id), op.index);
  },
  deletePersona(d, op) {
    need(d.personas[op.id], 'persona', op.id);
    delete d.personas[op.id];
    // the curves stay, as nobody's; the title block shows the others
    for (const curve of Object.values(d.curves)) if (curve.personaId === op.id) delete curve.personaId;
    for (const scene of Object.values(d.scenes)) {
      if (!scene.personaIds?.includes(op.id)) continue;
      const left = scene.personaIds.filter((id) => id !== op.id);
      if (left.length > 0) scene.personaIds = left;
      else delete scene.personaIds;
    }
    const shown = d.map.titlePersonas?.filter((id) => id !== op.id);
    if (shown && shown.length > 0) d.map.titlePersonas = shown;
    else delete d.map.titlePersonas;
  },
  setCurvePersona(d, op) {
    const curve = need(d.curves[op.id], 'curve', op.id);
    if (op.personaId === undefined) delete curve.personaId;
    else {
      need(d.personas[op.personaId], 'persona', op.personaId);
      curve.personaId = op.personaId;
    }
  },
  setTitlePersonas(d, op) {
    if (!op.ids || op.ids.length === 0) {
      delete d.map.titlePersonas;
      return;
    }
    for (const id of op.ids) need(d.personas[id], 'persona', id);
    d.map.titlePersonas = [...new Set(op.ids)];
  },
  setLoopStatus(d, op) {
    const card = need(d.cards[op.id], 'card', op.id);
    if (d.lanes[card.laneId]?.kind !== 'painpoints') throw new OperationError(`card '${op.id}' is not a pain point`);
    const loop = card.loop ?? { status: 'found', owner: '', plan: '', check: '', history: [] };
    if (card.loop && loop.status === op.status) return;
    const change = { status: op.status, by: op.by.slice(0, 200), at: op.at.slice(0, 40) };
    card.loop = { ...loop, status: op.status, history: [...loop.history, change].slice(-1000) };
  },

  addRelation(d, op) {
    fresh(d, 'relations', op.id);
    const relation: Relation = definedOnly({ id: op.id, kind: op.kind, fromCardId: op.fromCardId, toCardId: op.toCardId, toPointId: op.toPointId }) as Relation;
    const misfit = relationMisfit(d, relation);
    if (misfit) throw new OperationError(`a relation '${op.kind}': ${misfit}`);
    if (findRelation(d, op.kind, op.fromCardId, (op.toCardId ?? op.toPointId)!)) throw new OperationError('that relation is already there');
    d.relations[op.id] = relation;
  },
  deleteRelation(d, op) {
    need(d.relations[op.id], 'relation', op.id);
    delete d.relations[op.id];
  },

  addView(d, op) {
    fresh(d, 'views', op.id);
    const siblings = viewsOf(d);
    const view = { id: op.id, name: op.name, order: keyAt(siblings, end(siblings, op.index)), stagesLeftOut: [], lanesLeftOut: [], curvesLeftOut: [] };
    d.views[op.id] = valid('views', { ...view, ...leftOutOf(d, op.leftOut ?? {}) });
  },
  renameView(d, op) {
    const view = need(d.views[op.id], 'view', op.id);
    d.views[op.id] = valid('views', { ...view, name: op.name });
  },
  setViewLeftOut(d, op) {
    const view = need(d.views[op.id], 'view', op.id);
    const next = valid('views', { ...view, ...leftOutOf(d, op.leftOut) });
    // the same lists again are no change (and leave a saved map saved)
    if (JSON.stringify(next) !== JSON.stringify(view)) d.views[op.id] = next;
  },
  deleteView(d, op) {
    need(d.views[op.id], 'view', op.id);
    delete d.views[op.id];
  },

  addComment(d, op) {
    fresh(d, 'comments', op.id);
    // A reply joins its thread: it answers the thread's first comment and is pinned where it is.
    const parent = op.replyTo === undefined ? undefined : threadOf(d, need(d.comments[op.replyTo], 'comment', op.replyTo));
    const pinned = parent ? { target: parent.target, ...(parent.targetId === undefined ? {} : { targetId: parent.targetId }), replyTo: parent.id } : { target: op.target, ...(op.targetId === undefined ? {} : { targetId: op.targetId }) };
    if (!parent && pinned.target !== 'map') need(targetExists(d, pinned) || undefined, pinned.target === 'emotionPoint' ? 'emotion point' : pinned.target, pinned.targetId ?? '');
    d.comments[op.id] = valid('comments', { id: op.id, ...pinned, author: op.author, text: op.text, createdAt: op.at, resolved: false });
  },
  editComment(d, op) {
    const comment = need(d.comments[op.id], 'comment', op.id);
    if (comment.text === op.text) return;
    d.comments[op.id] = valid('comments', { ...comment, text: op.text, editedAt: op.at });
  },
  setCommentResolved(d, op) {
    const comment = need(d.comments[op.id], 'comment', op.id);
    if (comment.replyTo !== undefined) throw new OperationError(`comment '${op.id}' is a reply: its thread is resolved`);
    if (comment.resolved === op.resolved) return;
    const { resolvedAt: _at, resolvedBy: _by, ...rest } = comment;
    d.comments[op.id] = valid('comments', op.resolved ? { ...rest, resolved: true, resolvedAt: op.at, resolvedBy: op.by } : { ...rest, resolved: false });
  },
  deleteComment(d, op) {
    need(d.comments[op.id], 'comment', op.id);
    // a thread goes with its first comment
    for (const comment of Object.values(d.comments)) if (comment.replyTo === op.id) delete d.comments[comment.id];
    delete d.comments[op.id];
  },
};

// As for the export choices: a view names only records the map has, each once.
const VIEW_LISTS = { stagesLeftOut: 'stages', lanesLeftOut: 'lanes', curvesLeftOut: 'curves' } as const;
function leftOutOf(d: JourneyDoc, lists: Partial<ViewLeftOut>): Partial<ViewLeftOut> {
  const out: Partial<ViewLeftOut> = {};
  for (const [list, collection] of Object.entries(VIEW_LISTS) as [keyof ViewLeftOut, 'stages' | 'lanes' | 'curves'][]) {
    const ids = lists[list];
    if (ids) out[list] = [...new Set(ids)].filter((id) => Object.hasOwn(d[collection], id));
  }
  return out;
}

function threadOf(d: JourneyDoc, comment: Comment): Comment {
  return comment.replyTo === undefined ? comment : (d.comments[comment.replyTo] ?? comment);
}


/** A view or comment as the file will hold it, or an OperationError naming what does not fit (a 201-character name). */
function valid<C extends 'views' | 'comments'>(collection: C, record: Record<string, unknown>): JourneyDoc[C][string] {
  const result = RecordSchemas[collection].safeParse(record);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new OperationError(`${collection === 'views' ? 'view' : 'comment'} field '${String(issue?.path[0] ?? '')}': ${issue?.message ?? 'not valid'}`);
  }
  return result.data as JourneyDoc[C][string];
}

/** Applies one operation to a draft. Throws OperationError when it does not fit the document. */
export function applyOperation(draft: JourneyDoc, op: Operation): void {
  const handler = handlers[op.type] as (d: JourneyDoc, op: Operation) => void;
  if (!handler) throw new OperationError(`unknown operation '${String((op as { type: unknown }).type)}'`);
  if (op.type !== 'addCard') batchCells = null;
  handler(draft, op);
}

/** Applies operations in order to one draft, as one batch. Throws OperationError like applyOperation. */
export function applyOperations(draft: JourneyDoc, ops: readonly Operation[]): void {
  batching = true;
  batchCells = null;
  try {
    for (const op of ops) applyOperation(draft, op);
  } finally {
    batching = false;
    batchCells = null;
  }
}
