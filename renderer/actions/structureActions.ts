// Commands on the grid: stages, scenes and lanes. Deleting something that holds cards asks first;
// everything is one undoable history entry.
import { SCALES } from '../../shared/emotion/scale.ts';
import { newId } from '../../shared/ids.ts';
import type { LaneKind } from '../../shared/model.ts';
import type { Operation } from '../../shared/ops.ts';
import { sortOrdered } from '../../shared/order.ts';
import { freshTitle } from '../../shared/titles.ts';
import { i18next } from '../i18n.ts';
import { editor } from '../state/editor.ts';
import { message } from '../state/message.ts';
import { confirm } from './dialogs.ts';

const t = (key: string, values: Record<string, unknown> = {}): string => i18next.t(key, values);

const titlesOf = (records: Record<string, { title: string }>) => Object.values(records).map((r) => r.title);

function newSceneTitle(): string {
  const scenes = editor.doc.scenes;
  return freshTitle(titlesOf(scenes), Object.keys(scenes).length + 1, (n) => t('scene.newTitle', { n }));
}

/** A new scene starts with a neutral point on every curve: one point per scene by default. */
function sceneOps(sceneId: string, stageId: string, index?: number): Operation[] {
  return [
    { type: 'addScene', id: sceneId, stageId, title: newSceneTitle(), channel: 'offline', index },
    ...Object.values(editor.doc.curves).map(
      (curve): Operation => ({ type: 'addEmotionPoint', id: newId('emotion'), curveId: curve.id, sceneId, score: SCALES[editor.doc.map.scale].neutral }),
    ),
  ];
}

/** Each add returns the new id, so its header can open the title for typing. */
export function addStage(index?: number): string {
  const stageId = newId('stage');
  const stages = editor.doc.stages;
  const title = freshTitle(titlesOf(stages), Object.keys(stages).length + 1, (n) => t('stage.newTitle', { n }));
  editor.apply([{ type: 'addStage', id: stageId, title, index }, ...sceneOps(newId('scene'), stageId)], 'addStage');
  return stageId;
}

export function addScene(stageId: string, index?: number): string {
  const sceneId = newId('scene');
  editor.apply(sceneOps(sceneId, stageId, index), 'addScene');
  return sceneId;
}

/** A lane is named after its kind; a second lane of a kind gets a number ("Metrics 2"). */
export function addLane(kind: LaneKind): string {
  const id = newId('lane');
  const name = t(`laneKind.${kind}`);
  const taken = titlesOf(editor.doc.lanes);
  const title = taken.includes(name) ? freshTitle(taken, 2, (n) => t('lane.newTitle', { kind: name, n })) : name;
  editor.apply({ type: 'addLane', id, kind, title }, 'addLane');
  return id;
}

const cardsWhere = (test: (card: { laneId: string; sceneId: string }) => boolean) =>
  Object.values(editor.doc.cards).filter(test).length;

async function deleteIfConfirmed(op: Operation, name: string, cards: number): Promise<void> {
  if (cards > 0 && !(await confirm(message('confirmDelete.title', { name }), message('confirmDelete.body', { count: cards }), message('confirmDelete.confirm')))) return;
  // The selection drops the deleted cards by itself (pruneSelection).
  editor.apply(op, op.type);
}

export function deleteStage(id: string): Promise<void> {
  const scenes = new Set(Object.values(editor.doc.scenes).filter((s) => s.stageId === id).map((s) => s.id));
  return deleteIfConfirmed({ type: 'deleteStage', id }, editor.doc.stages[id]?.title ?? '', cardsWhere((c) => scenes.has(c.sceneId)));
}

export function deleteScene(id: string): Promise<void> {
  return deleteIfConfirmed({ type: 'deleteScene', id }, editor.doc.scenes[id]?.title ?? '', cardsWhere((c) => c.sceneId === id));
}

export function deleteLane(id: string): Promise<void> {
  return deleteIfConfirmed({ type: 'deleteLane', id }, editor.doc.lanes[id]?.title ?? '', cardsWhere((c) => c.laneId === id));
}

export const laneOrder = () => sortOrdered(Object.values(editor.doc.lanes)).map((l) => l.id);
export const stageOrder = () => sortOrdered(Object.values(editor.doc.stages)).map((s) => s.id);
