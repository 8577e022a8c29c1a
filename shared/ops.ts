// Every edit is a named operation: a pure function over an immer draft of the document.
// The editor (editor.ts) runs them through produceWithPatches and records the patches.
import type {
  Card,
  JourneyDoc,
  Lane,
  LaneKind,
  Link,
  Scene,
  SceneChannel,
  Stage,
} from './model.ts';
import { keyAt, sortOrdered } from './order.ts';

export type CardFields = Partial<Pick<Card, 'colour' | 'channel' | 'role' | 'severity' | 'tags'>>;

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
  | { type: 'setEmotion'; sceneId: string; score: number; note?: string; id?: string }
  | { type: 'deleteEmotionPoint'; id: string }
  | { type: 'addLink'; id: string; fromCardId: string; toCardId: string; label?: string }
  | { type: 'setLinkLabel'; id: string; label: string }
  | { type: 'deleteLink'; id: string };

export type OperationType = Operation['type'];

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

const definedOnly = <T extends object>(fields: T): Partial<T> =>
  Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Partial<T>;

// Column widths and lane heights stay within what the schema accepts (40…4000 px).
const clampLength = (value: number) => Math.round(Math.min(4000, Math.max(40, Number.isFinite(value) ? value : 40)));

const end = (list: unknown[], index: number | undefined) => index ?? list.length;

// Sibling lists, sorted, without the record being placed.
const stagesOf = (d: JourneyDoc, except?: string) => sortOrdered(Object.values(d.stages).filter((s) => s.id !== except));
const lanesOf = (d: JourneyDoc, except?: string) => sortOrdered(Object.values(d.lanes).filter((l) => l.id !== except));
const scenesOf = (d: JourneyDoc, stageId: string, except?: string) =>
  sortOrdered(Object.values(d.scenes).filter((s) => s.stageId === stageId && s.id !== except));
export const cardsIn = (d: JourneyDoc, laneId: string, sceneId: string, except?: string) =>
  sortOrdered(Object.values(d.cards).filter((c) => c.laneId === laneId && c.sceneId === sceneId && c.id !== except));
const pointsOf = (d: JourneyDoc, sceneId: string) =>
  sortOrdered(Object.values(d.emotionPoints).filter((p) => p.sceneId === sceneId));

// A move to the position a record already has changes nothing (and makes no history entry).
const positionOf = (sorted: { id: string }[], id: string) => sorted.findIndex((r) => r.id === id);

function removeCard(d: JourneyDoc, id: string): void {
  delete d.cards[id];
  for (const link of Object.values(d.links)) {
    if (link.fromCardId === id || link.toCardId === id) delete d.links[link.id];
  }
}

function removeScene(d: JourneyDoc, id: string): void {
  delete d.scenes[id];
  for (const card of Object.values(d.cards)) if (card.sceneId === id) removeCard(d, card.id);
  for (const point of Object.values(d.emotionPoints)) if (point.sceneId === id) delete d.emotionPoints[point.id];
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
    for (const scene of Object.values(d.scenes)) if (scene.stageId === op.id) removeScene(d, scene.id);
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
    removeScene(d, op.id);
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
    for (const card of Object.values(d.cards)) if (card.laneId === op.id) removeCard(d, card.id);
    delete d.lanes[op.id];
  },

  addCard(d, op) {
    fresh(d, 'cards', op.id);
    need(d.lanes[op.laneId], 'lane', op.laneId);
    need(d.scenes[op.sceneId], 'scene', op.sceneId);
    const siblings = cardsIn(d, op.laneId, op.sceneId);
    const card: Card = {
      ...definedOnly(op.fields ?? {}),
      id: op.id,
      laneId: op.laneId,
      sceneId: op.sceneId,
      text: op.text,
      order: keyAt(siblings, end(siblings, op.index)),
    };
    d.cards[op.id] = card;
  },
  setCardText(d, op) {
    need(d.cards[op.id], 'card', op.id).text = op.text;
  },
  setCardFields(d, op) {
    const card = need(d.cards[op.id], 'card', op.id);
    for (const [key, value] of Object.entries(op.fields) as [keyof CardFields, unknown][]) {
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
    card.laneId = op.laneId;
    card.sceneId = op.sceneId;
  },
  deleteCard(d, op) {
    need(d.cards[op.id], 'card', op.id);
    removeCard(d, op.id);
  },

  setEmotion(d, op) {
    need(d.scenes[op.sceneId], 'scene', op.sceneId);
    const existing = op.id ? d.emotionPoints[op.id] : pointsOf(d, op.sceneId)[0];
    if (existing) {
      if (existing.sceneId !== op.sceneId) throw new OperationError(`emotion point '${existing.id}' is not in scene '${op.sceneId}'`);
      existing.score = op.score;
      if (op.note !== undefined) existing.note = op.note;
      return;
    }
    if (!op.id) throw new OperationError(`scene '${op.sceneId}' has no emotion point yet: give the new point an id`);
    const siblings = pointsOf(d, op.sceneId);
    d.emotionPoints[op.id] = {
      id: op.id,
      sceneId: op.sceneId,
      score: op.score,
      note: op.note ?? '',
      order: keyAt(siblings, siblings.length),
    };
  },
  deleteEmotionPoint(d, op) {
    need(d.emotionPoints[op.id], 'emotion point', op.id);
    delete d.emotionPoints[op.id];
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
};

/** Applies one operation to a draft. Throws OperationError when it does not fit the document. */
export function applyOperation(draft: JourneyDoc, op: Operation): void {
  const handler = handlers[op.type] as (d: JourneyDoc, op: Operation) => void;
  if (!handler) throw new OperationError(`unknown operation '${String((op as { type: unknown }).type)}'`);
  handler(draft, op);
}
