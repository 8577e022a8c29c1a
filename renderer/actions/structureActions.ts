// Commands on the grid: stages, scenes and lanes. Deleting something that holds cards asks first;
// everything is one undoable history entry.
import { SCALES } from '../../shared/emotion/scale.ts';
import { newId } from '../../shared/ids.ts';
import type { LaneKind, SceneChannel } from '../../shared/model.ts';
import type { Operation } from '../../shared/ops.ts';
import { sortOrdered } from '../../shared/order.ts';
import { i18next } from '../i18n.ts';
import { editor } from '../state/editor.ts';
import { session } from '../state/session.ts';
import { message } from '../state/message.ts';
import { confirm } from './dialogs.ts';


const t = (key: string, values: Record<string, unknown> = {}): string => i18next.t(key, values);

/** A new scene starts with a neutral point on every curve: one point per scene by default. */
function sceneOps(stageId: string, title: string, index?: number): Operation[] {
  const sceneId = newId('scene');
  return [
    { type: 'addScene', id: sceneId, stageId, title, channel: 'offline', index },
    ...Object.values(editor.doc.curves).map(
      (curve): Operation => ({ type: 'addEmotionPoint', id: newId('emotion'), curveId: curve.id, sceneId, score: SCALES[editor.doc.map.scale].neutral }),
    ),
  ];
}

export function addStage(index?: number): string {
  const stageId = newId('stage');
  const count = Object.keys(editor.doc.stages).length;
  editor.apply(
    [{ type: 'addStage', id: stageId, title: t('stage.newTitle', { n: count + 1 }), index }, ...sceneOps(stageId, t('scene.newTitle', { n: 1 }))],
    'addStage',
  );
  return stageId;
}

export function addScene(stageId: string, index?: number): void {
  const count = Object.values(editor.doc.scenes).filter((s) => s.stageId === stageId).length;
  editor.apply(sceneOps(stageId, t('scene.newTitle', { n: count + 1 }), index), 'addScene');
}

export function addLane(kind: LaneKind): string {
  const id = newId('lane');
  editor.apply({ type: 'addLane', id, kind, title: t(`laneKind.${kind}`) }, 'addLane');
  return id;
}

const cardsWhere = (test: (card: { laneId: string; sceneId: string }) => boolean) =>
  Object.values(editor.doc.cards).filter(test).length;

async function deleteIfConfirmed(op: Operation, name: string, cards: number): Promise<void> {
  if (cards > 0 && !(await confirm(message('confirmDelete.title', { name }), message('confirmDelete.body', { count: cards }), message('confirmDelete.confirm')))) return;
  editor.apply(op, op.type);
  session.set({ selection: session.get().selection.filter((id) => editor.doc.cards[id]) });
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

const CHANNEL_CYCLE: SceneChannel[] = ['online', 'offline', 'both'];
export function cycleSceneChannel(id: string): void {
  const scene = editor.doc.scenes[id];
  if (!scene) return;
  const next = CHANNEL_CYCLE[(CHANNEL_CYCLE.indexOf(scene.channel) + 1) % CHANNEL_CYCLE.length] as SceneChannel;
  editor.apply({ type: 'setSceneChannel', id, channel: next });
}

export const laneOrder = () => sortOrdered(Object.values(editor.doc.lanes)).map((l) => l.id);
