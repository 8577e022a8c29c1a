// What each command does. Its label, group and keys are described once in shared/commands.ts;
// the toolbar, the Electron menu, the shortcut sheet, the context menus and the keyboard all
// run the same action from here.
import { openViews } from './viewActions.ts';
import { startPresenting } from './presentActions.ts';
import { COMMANDS, type CommandId } from '../../shared/commands.ts';
import type { MenuCommand } from '../../shared/api.ts';
import { matches, parseShortcut, type Shortcut } from '../../shared/shortcuts.ts';
import { setLocale } from '../i18n.ts';
import { bridge } from '../platform/platform.ts';
import { editor } from '../state/editor.ts';
import { session } from '../state/session.ts';
import { closeMatrix, toggleMatrix, useMatrix } from '../state/matrix.ts';
import { closePainBoard, togglePainBoard, usePainBoard } from '../state/painBoard.ts';
import { toggleMinimap } from '../state/viewPrefs.ts';
import { canvas } from './canvasControls.ts';
import { createNextTo, startEditing, deleteSelection, duplicateSelection, moveSelection, selectAllInLane } from './cardActions.ts';
import { closeDocument, newDocument, openDocument, save, saveAs } from './documentActions.ts';
import { copyMapAsTable } from './copyMapTable.ts';
import { openExportDialog } from './exportActions.ts';
import { openFind } from './findActions.ts';
import { copyAsMermaid, saveAsMermaid } from './mermaidActions.ts';
import { saveAsJson } from './jsonActions.ts';
import { saveAsSheet } from './sheetActions.ts';
import { openPersonas } from './personaActions.ts';
import { openVersions, saveVersion } from './versionActions.ts';

type Spec = (typeof COMMANDS)[CommandId];
/** Commands the browser or the card editor runs itself: described, never bound here. */
type NativeId = { [K in CommandId]: (typeof COMMANDS)[K] extends { native: true } ? K : never }[CommandId];
export type BoundId = Exclude<CommandId, NativeId>;

export interface Binding {
  perform: () => void | Promise<unknown>;
  /** false: the toolbar button and the context menu item are greyed and the key does nothing */
  enabled?: () => boolean;
}

const inMap = () => session.get().view === 'map';
const idle = () => inMap() && !session.get().busy;
const single = () => (session.get().selection.length === 1 ? session.get().selection[0] : undefined);
const hasSelection = () => inMap() && session.get().selection.length > 0;

/** In a text field, the Edit menu acts on the text; elsewhere on the map. */
function onTextOrMap(command: 'delete' | 'selectAll', onMap: () => void) {
  const active = document.activeElement;
  if (active instanceof HTMLElement && isTextField(active)) document.execCommand(command);
  else if (inMap()) onMap();
}

// Arrows move selected cards, or nudge the selected emotion point up and down.
const movable = () => hasSelection() || (inMap() && session.get().selectedPointId !== null);
const move = (direction: 'up' | 'down' | 'left' | 'right'): Binding => ({ perform: () => moveSelection(direction), enabled: movable });

export const bindings: Record<BoundId, Binding> = {
  // Browsers keep Ctrl+N and Ctrl+W for themselves; in Electron they reach the page.
  new: { perform: () => newDocument('blank') },
  'new-from-template': { perform: () => session.set({ dialog: { kind: 'templates' } }) },
  open: { perform: () => openDocument() },
  save: { perform: save, enabled: idle },
  'save-as': { perform: saveAs, enabled: idle },
  'save-version': { perform: saveVersion, enabled: idle },
  versions: { perform: openVersions, enabled: idle },
  export: { perform: openExportDialog, enabled: idle },
  'copy-mermaid': { perform: copyAsMermaid, enabled: idle },
  'save-mermaid': { perform: saveAsMermaid, enabled: idle },
  'save-json': { perform: saveAsJson, enabled: idle },
  'save-xlsx': { perform: () => saveAsSheet('xlsx'), enabled: idle },
  'save-csv': { perform: () => saveAsSheet('csv'), enabled: idle },
  close: { perform: closeDocument, enabled: inMap },
  'save-and-quit': { perform: async () => bridge.closeAfterSave(await save()) },
  undo: { perform: () => void editor.undo(), enabled: () => inMap() && editor.getSnapshot().canUndo },
  redo: { perform: () => void editor.redo(), enabled: () => inMap() && editor.getSnapshot().canRedo },
  'copy-map-table': { perform: copyMapAsTable, enabled: inMap },
  duplicate: { perform: duplicateSelection, enabled: hasSelection },
  delete: { perform: () => onTextOrMap('delete', deleteSelection) },
  'select-all': { perform: () => onTextOrMap('selectAll', selectAllInLane) },
  find: { perform: openFind, enabled: inMap },
  personas: { perform: () => openPersonas(), enabled: inMap },
  views: { perform: () => openViews(), enabled: inMap },
  present: { perform: startPresenting, enabled: inMap },
  'key:edit': { perform: () => void (single() && startEditing(single()!)), enabled: () => inMap() && Boolean(single()) },
  'key:next-scene': { perform: () => void (single() && createNextTo(single()!, 'next')), enabled: () => inMap() && Boolean(single()) },
  'key:up': move('up'),
  'key:down': move('down'),
  'key:left': move('left'),
  'key:right': move('right'),
  // Esc closes the board or the matrix over the map first, then clears the selection.
  'key:clear': {
    perform: () => (usePainBoard.getState().open ? closePainBoard() : useMatrix.getState().open ? closeMatrix() : session.set({ selection: [], selectedLinks: [] })),
  },
  'zoom-in': { perform: () => canvas()?.zoomIn(), enabled: inMap },
  'zoom-out': { perform: () => canvas()?.zoomOut(), enabled: inMap },
  'zoom-fit': { perform: () => canvas()?.fit(), enabled: inMap },
  'zoom-selection': { perform: () => canvas()?.fitSelection(), enabled: hasSelection },
  'toggle-minimap': { perform: toggleMinimap, enabled: inMap },
  'opportunity-matrix': { perform: toggleMatrix, enabled: inMap },
  'pain-board': { perform: togglePainBoard, enabled: inMap },
  'language:en': { perform: () => setLocale('en') },
  'language:zh-CN': { perform: () => setLocale('zh-CN') },
  shortcuts: { perform: () => session.set({ dialog: { kind: 'shortcuts' } }) },
};

export const isEnabled = (id: BoundId): boolean => bindings[id].enabled?.() ?? true;

export function runAction(name: MenuCommand): void {
  if (name.startsWith('open-path:')) {
    void openDocument(name.slice('open-path:'.length));
    return;
  }
  const id = name as BoundId;
  if (bindings[id] && isEnabled(id)) void bindings[id].perform();
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
  if (!target || target === document.body) return true;
  // A button, link or menu item on the map ("+ Stage", a channel badge, a header's "+") keeps
  // Enter, Space, Tab and the arrows for itself.
  const control = target.closest('button, a, [role^="menuitem"], [role="option"]');
  const acting = event.key === 'Delete' || event.key === 'Backspace' || event.ctrlKey || event.metaKey;
  if (target.closest('.canvas')) return !control || acting;
  return acting && Boolean(target.closest('.inspector'));
}

const keyed: { id: BoundId; spec: Spec; shortcuts: Shortcut[] }[] = (Object.keys(bindings) as BoundId[]).flatMap((id) => {
  const spec: Spec = COMMANDS[id];
  const keys: readonly string[] = 'keys' in spec ? spec.keys : [];
  return keys.length > 0 ? [{ id, spec, shortcuts: keys.map(parseShortcut) }] : [];
});

/** One keydown listener for the whole window. */
export function handleShortcut(event: KeyboardEvent): void {
  // A dialog keeps its keys (Esc cancels it, Enter answers it): no command runs under it.
  const { dialog, exportOpen } = session.get();
  if (event.isComposing || dialog || exportOpen || (event.target instanceof Element && event.target.closest('dialog'))) return;
  const hit = keyed.find((k) => k.shortcuts.some((s) => matches(s, event)));
  if (!hit) return;
  const scope = 'scope' in hit.spec ? hit.spec.scope : 'notTyping';
  if (scope === 'map' && !reachesMap(event)) return;
  if (isTextField(event.target)) {
    // Text fields keep their own undo, redo, arrows and zoom keys.
    if (scope !== 'always') return;
    (event.target as HTMLElement).blur();
  }
  if (!isEnabled(hit.id)) return;
  event.preventDefault();
  void bindings[hit.id].perform();
}
