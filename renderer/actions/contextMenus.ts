// What each context menu offers, by where it was opened: a card, an empty cell, a stage, scene
// or lane header, an emotion point. Registered commands appear with their shortcut and run
// through the registry; the rest are the same actions the header buttons and inspector use.
import { commentOn } from './commentActions.ts';
import { SCALES } from '../../shared/emotion/scale.ts';
import type { Cell } from '../../shared/layout.ts';
import { CHANNEL_CHOICES, type SceneChannel } from '../../shared/model.ts';
import { sortOrdered } from '../../shared/order.ts';
import { addressTarget, relationsTo } from '../../shared/relations.ts';
import { startNaming } from '../components/canvas/canvasStore.ts';
import { i18next } from '../i18n.ts';
import { editor } from '../state/editor.ts';
import type { MenuItem } from '../state/contextMenu.ts';
import { session } from '../state/session.ts';
import { pasteImagesFromMenu } from '../images/pasteImages.ts';
import { canPasteFromMenu, createCard, pasteFromMenu, select, showCard } from './cardActions.ts';
import { address } from './relationActions.ts';
import { addScene, addStage, deleteLane, deleteScene, deleteStage } from './structureActions.ts';

/** Cut and copy from a menu go through the page's clipboard events, like the keys. */
const clipboardCommand = (command: 'copy' | 'cut') => () => void document.execCommand(command);

/**
 * A card's first line for a menu label, cut at 32 characters (code points, so an emoji is never
 * split); an empty card says so, as it does in the inspector.
 */
function short(text: string, empty = i18next.t('card.empty')): string {
  const chars = [...(text.trim().split('\n')[0] ?? '').trim()];
  if (chars.length === 0) return empty;
  return chars.length > 32 ? `${chars.slice(0, 31).join('')}…` : chars.join('');
}

/** How many opportunities each part of a card's or point's menu lists (addressed by, tie to). */
const MENU_ENTRIES = 8;

/**
 * On what an opportunity can address (a pain point, need, touchpoint or emotion point): the
 * opportunities addressing it (a click shows one), and those of its scene that do not yet, to tie
 * it to in one step.
 */
function addressItems(targetId: string): MenuItem[] {
  const doc = editor.doc;
  const target = addressTarget(doc, targetId);
  if (!target) return [];
  const by = relationsTo(doc, 'addresses', targetId).flatMap((r) => doc.cards[r.fromCardId] ?? []);
  const tied = new Set(by);
  const opportunityLanes = new Set(Object.values(doc.lanes).filter((l) => l.kind === 'opportunities').map((l) => l.id));
  const nearby = sortOrdered(Object.values(doc.cards).filter((c) => opportunityLanes.has(c.laneId) && c.sceneId === target.sceneId && !tied.has(c)));
  // The rest of those addressing a card are in its inspector ("Addressed by"); the rest of a
  // scene's opportunities are tied from their own inspector.
  const more = (count: number, inInspector: boolean): MenuItem[] => {
    if (count <= 0) return [];
    return [inInspector ? { label: 'relations.menuMore', run: () => showCard(targetId) } : { label: 'relations.menuMoreCount', labelValues: { count: String(count) }, disabled: true }];
  };
  const items: MenuItem[] = [
    ...by.slice(0, MENU_ENTRIES).map((o): MenuItem => ({ label: 'relations.menuAddressedBy', labelValues: { text: short(o.text) }, run: () => showCard(o.id) })),
    ...more(by.length - MENU_ENTRIES, target.kind !== 'emotion'),
    ...nearby.slice(0, MENU_ENTRIES).map((o): MenuItem => ({ label: 'relations.menuTieTo', labelValues: { text: short(o.text) }, run: () => address(o.id, targetId) })),
    ...more(nearby.length - MENU_ENTRIES, false),
  ];
  return items.length > 0 ? [...items, 'separator'] : [];
}

/** The menu's Paste: an image on the clipboard (a screenshot) first, else cards or text. */
const pasteFromMenuWithImages = async () => (await pasteImagesFromMenu()) || pasteFromMenu();

export function cardMenu(cardId: string): MenuItem[] {
  // A right-click on a card outside the selection acts on that card alone, as on a desktop.
  if (!session.get().selection.includes(cardId)) select([cardId]);
  return [
    { label: 'menu.editCard', command: 'key:edit' },
    { label: 'menu.duplicate', command: 'duplicate' },
    'separator',
    { label: 'menu.cut', run: clipboardCommand('cut'), keysOf: 'cut' },
    { label: 'menu.copy', run: clipboardCommand('copy'), keysOf: 'copy' },
    { label: 'menu.paste', run: pasteFromMenuWithImages, disabled: !canPasteFromMenu(), keysOf: 'paste' },
    { label: 'menu.copyMapTable', command: 'copy-map-table' },
    'separator',
    { label: 'menu.zoomSelection', command: 'zoom-selection' },
    { label: 'comments.commentOn', run: () => commentOn('card', cardId) },
    'separator',
    ...addressItems(cardId),
    { label: 'menu.delete', command: 'delete', danger: true },
  ];
}

export function cellMenu(cell: Cell): MenuItem[] {
  session.set({ activeCell: cell, selection: [], selectedLinks: [], selectedPointId: null });
  return [
    { label: 'contextMenu.newCard', run: () => void createCard(cell) },
    { label: 'menu.paste', run: pasteFromMenuWithImages, disabled: !canPasteFromMenu(), keysOf: 'paste' },
    { label: 'menu.copyMapTable', command: 'copy-map-table' },
    'separator',
    { label: 'menu.zoomFit', command: 'zoom-fit' },
  ];
}

export function stageMenu(stageId: string): MenuItem[] {
  const index = sortOrdered(Object.values(editor.doc.stages)).findIndex((s) => s.id === stageId);
  return [
    { label: 'contextMenu.rename', run: () => startNaming(stageId) },
    { label: 'headers.addScene', run: () => startNaming(addScene(stageId)) },
    { label: 'contextMenu.addStageAfter', run: () => startNaming(addStage(index + 1)) },
    'separator',
    { label: 'headers.deleteStage', run: () => deleteStage(stageId), danger: true },
  ];
}

export function sceneMenu(sceneId: string): MenuItem[] {
  const scene = editor.doc.scenes[sceneId];
  if (!scene) return [];
  const siblings = sortOrdered(Object.values(editor.doc.scenes).filter((s) => s.stageId === scene.stageId)).map((s) => s.id);
  const setChannel = (channel: SceneChannel) => () => void (scene.channel !== channel && editor.apply({ type: 'setSceneChannel', id: sceneId, channel }));
  return [
    { label: 'contextMenu.rename', run: () => startNaming(sceneId) },
    'separator',
    ...CHANNEL_CHOICES.map((channel): MenuItem => ({ label: `channel.${channel}`, checked: scene.channel === channel, run: setChannel(channel) })),
    'separator',
    { label: 'comments.commentOn', run: () => commentOn('scene', sceneId) },
    'separator',
    { label: 'headers.addSceneAfter', run: () => startNaming(addScene(scene.stageId, siblings.indexOf(sceneId) + 1)) },
    { label: 'headers.deleteScene', run: () => deleteScene(sceneId), danger: true },
  ];
}

export function laneMenu(laneId: string): MenuItem[] {
  const lane = editor.doc.lanes[laneId];
  if (!lane) return [];
  const collapsed = lane.collapsed ?? false;
  return [
    { label: 'contextMenu.rename', run: () => startNaming(laneId) },
    { label: collapsed ? 'headers.expandLane' : 'headers.collapseLane', run: () => editor.apply({ type: 'setLaneCollapsed', id: laneId, collapsed: !collapsed }) },
    { label: 'headers.hideLane', run: () => editor.apply({ type: 'setLaneHidden', id: laneId, hidden: true }) },
    'separator',
    { label: 'headers.deleteLane', run: () => deleteLane(laneId), danger: true },
  ];
}

export function emotionPointMenu(pointId: string): MenuItem[] {
  const point = editor.doc.emotionPoints[pointId];
  if (!point) return [];
  session.set({ selectedPointId: pointId, activeCurveId: point.curveId, selection: [], selectedLinks: [] });
  const { steps } = SCALES[editor.doc.map.scale];
  return [
    ...steps.toReversed().map(
      (score): MenuItem => ({
        label: 'contextMenu.score',
        labelValues: { score: score > 0 && SCALES[editor.doc.map.scale].min < 0 ? `+${score}` : String(score) },
        checked: point.score === score,
        run: () => void (point.score !== score && editor.apply({ type: 'setEmotion', id: pointId, score }, 'setEmotion')),
      }),
    ),
    'separator',
    { label: 'comments.commentOn', run: () => commentOn('emotionPoint', pointId) },
    ...addressItems(pointId),
    { label: 'emotion.deletePoint', command: 'delete', danger: true },
  ];
}
