// Every command is registered once with its shortcut: the toolbar, the Electron menu and the
// keyboard all run the same action.
import type { MenuCommand } from '../../shared/api.ts';
import { setLocale } from '../i18n.ts';
import { bridge } from '../platform/platform.ts';
import { editor } from '../state/editor.ts';
import { session } from '../state/session.ts';
import { canvas } from './canvasControls.ts';
import { createNextTo, startEditing, deleteSelection, duplicateSelection, moveSelection, selectAllInLane } from './cardActions.ts';
import { closeDocument, newDocument, openDocument, save, saveAs } from './documentActions.ts';
import { openExportDialog } from './exportActions.ts';
import { openVersions, saveVersion } from './versionActions.ts';

export interface Action {
  name: MenuCommand | `key:${string}`;
  /** true when this key event triggers the action */
  keyTest?: (event: KeyboardEvent) => boolean;
  /** also runs while typing in a text field (the field is committed first) */
  inTextFields?: boolean;
  /** its key works only while the focus is on the map (not on a toolbar button or a panel) */
  canvasKey?: boolean;
  perform: () => void | Promise<unknown>;
}

const mod = (e: KeyboardEvent) => e.ctrlKey || e.metaKey;
const key = (e: KeyboardEvent, k: string) => e.key.toLowerCase() === k;
const inMap = () => session.get().view === 'map';
const plain = (e: KeyboardEvent) => !e.ctrlKey && !e.metaKey && !e.altKey;
const single = () => session.get().selection.length === 1 ? session.get().selection[0] : undefined;

/** In a text field, the Edit menu acts on the text; elsewhere on the map. */
function onTextOrMap(command: 'delete' | 'selectAll', onMap: () => void) {
  const active = document.activeElement;
  if (active instanceof HTMLElement && isTextField(active)) document.execCommand(command);
  else if (inMap()) onMap();
}

export const actions: Action[] = [
  // Browsers keep Ctrl+N and Ctrl+W for themselves; in Electron they reach the page.
  { name: 'new', keyTest: (e) => mod(e) && !e.shiftKey && key(e, 'n'), inTextFields: true, perform: () => newDocument('blank') },
  { name: 'new-from-template', perform: () => newDocument('car-dealer') },
  { name: 'open', keyTest: (e) => mod(e) && !e.shiftKey && key(e, 'o'), inTextFields: true, perform: () => openDocument() },
  { name: 'save', keyTest: (e) => mod(e) && !e.shiftKey && !e.altKey && key(e, 's'), inTextFields: true, perform: save },
  { name: 'save-as', keyTest: (e) => mod(e) && e.shiftKey && key(e, 's'), inTextFields: true, perform: saveAs },
  { name: 'export', keyTest: (e) => mod(e) && !e.shiftKey && key(e, 'e'), inTextFields: true, perform: openExportDialog },
  { name: 'save-version', keyTest: (e) => mod(e) && e.altKey && key(e, 's'), inTextFields: true, perform: saveVersion },
  { name: 'versions', perform: openVersions },
  { name: 'close', keyTest: (e) => mod(e) && !e.shiftKey && key(e, 'w'), inTextFields: true, perform: closeDocument },
  { name: 'save-and-quit', perform: async () => bridge.closeAfterSave(await save()) },
  {
    name: 'undo',
    keyTest: (e) => mod(e) && !e.shiftKey && key(e, 'z'),
    perform: () => void (inMap() && editor.undo()),
  },
  {
    name: 'redo',
    keyTest: (e) => mod(e) && ((e.shiftKey && key(e, 'z')) || (!e.shiftKey && key(e, 'y'))),
    perform: () => void (inMap() && editor.redo()),
  },
  { name: 'zoom-in', keyTest: (e) => (mod(e) || plain(e)) && (e.key === '=' || e.key === '+'), perform: () => canvas()?.zoomIn() },
  { name: 'zoom-out', keyTest: (e) => (mod(e) || plain(e)) && (e.key === '-' || e.key === '_'), perform: () => canvas()?.zoomOut() },
  { name: 'zoom-fit', keyTest: (e) => (mod(e) && e.key === '0') || (e.shiftKey && e.code === 'Digit1'), perform: () => canvas()?.fit() },
  { name: 'zoom-selection', keyTest: (e) => e.shiftKey && e.code === 'Digit2', perform: () => canvas()?.fitSelection() },
  { name: 'delete', canvasKey: true, keyTest: (e) => plain(e) && (e.key === 'Delete' || e.key === 'Backspace'), perform: () => onTextOrMap('delete', deleteSelection) },
  { name: 'duplicate', canvasKey: true, keyTest: (e) => mod(e) && !e.shiftKey && key(e, 'd'), perform: () => void (inMap() && duplicateSelection()) },
  { name: 'select-all', canvasKey: true, keyTest: (e) => mod(e) && !e.shiftKey && key(e, 'a'), perform: () => onTextOrMap('selectAll', selectAllInLane) },
  ...(['up', 'down', 'left', 'right'] as const).map(
    (direction): Action => ({
      name: `key:${direction}`,
      canvasKey: true,
      keyTest: (e) => plain(e) && !e.shiftKey && e.key === `Arrow${direction[0]!.toUpperCase()}${direction.slice(1)}`,
      perform: () => void (inMap() && moveSelection(direction)),
    }),
  ),
  {
    name: 'key:edit',
    canvasKey: true,
    keyTest: (e) => plain(e) && !e.shiftKey && e.key === 'Enter' && Boolean(single()),
    perform: () => {
      const id = single();
      if (id) startEditing(id);
    },
  },
  {
    name: 'key:next-scene',
    canvasKey: true,
    keyTest: (e) => plain(e) && e.key === 'Tab' && Boolean(single()),
    perform: () => {
      const id = single();
      if (id) createNextTo(id, 'next');
    },
  },
  { name: 'key:clear', keyTest: (e) => e.key === 'Escape', perform: () => session.set({ selection: [], selectedLinks: [] }) },
  { name: 'language:en', perform: () => setLocale('en') },
  { name: 'language:zh-CN', perform: () => setLocale('zh-CN') },
];

const byName = new Map<string, Action>(actions.map((a) => [a.name, a]));

export function runAction(name: MenuCommand): void {
  if (name.startsWith('open-path:')) {
    void openDocument(name.slice('open-path:'.length));
    return;
  }
  void byName.get(name)?.perform();
}

function isTextField(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT')
  );
}

/**
 * Map keys work with the focus on the map, or on a button of the inspector (after clicking a
 * colour, Delete still deletes the selected cards), but Enter, Tab and arrows on a toolbar or
 * inspector control keep their usual meaning.
 */
function reachesMap(event: KeyboardEvent): boolean {
  const target = event.target instanceof HTMLElement ? event.target : null;
  if (!target || target === document.body || target.closest('.canvas')) return true;
  const acting = event.key === 'Delete' || event.key === 'Backspace' || event.ctrlKey || event.metaKey;
  return acting && Boolean(target.closest('.inspector'));
}

/** One keydown listener for the whole window. */
export function handleShortcut(event: KeyboardEvent): void {
  if (event.isComposing || session.get().dialog) return;
  const action = actions.find((a) => a.keyTest?.(event));
  if (!action) return;
  if (action.canvasKey && !reachesMap(event)) return;
  if (isTextField(event.target)) {
    // Text fields keep their own undo, redo and zoom keys.
    if (!action.inTextFields) return;
    (event.target as HTMLElement).blur();
  }
  event.preventDefault();
  void action.perform();
}
