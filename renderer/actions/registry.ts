// Every command is registered once with its shortcut: the toolbar, the Electron menu and the
// keyboard all run the same action.
import type { MenuCommand } from '../../shared/api.ts';
import { setLocale } from '../i18n.ts';
import { bridge } from '../platform/platform.ts';
import { editor } from '../state/editor.ts';
import { session } from '../state/session.ts';
import { canvas } from './canvasControls.ts';
import { closeDocument, newDocument, openDocument, save, saveAs } from './documentActions.ts';

export interface Action {
  name: MenuCommand;
  /** true when this key event triggers the action */
  keyTest?: (event: KeyboardEvent) => boolean;
  /** also runs while typing in a text field (the field is committed first) */
  inTextFields?: boolean;
  perform: () => void | Promise<unknown>;
}

const mod = (e: KeyboardEvent) => e.ctrlKey || e.metaKey;
const key = (e: KeyboardEvent, k: string) => e.key.toLowerCase() === k;
const inMap = () => session.get().view === 'map';

export const actions: Action[] = [
  // Browsers keep Ctrl+N and Ctrl+W for themselves; in Electron they reach the page.
  { name: 'new', keyTest: (e) => mod(e) && !e.shiftKey && key(e, 'n'), inTextFields: true, perform: () => newDocument('blank') },
  { name: 'new-from-template', perform: () => newDocument('car-dealer') },
  { name: 'open', keyTest: (e) => mod(e) && !e.shiftKey && key(e, 'o'), inTextFields: true, perform: () => openDocument() },
  { name: 'save', keyTest: (e) => mod(e) && !e.shiftKey && key(e, 's'), inTextFields: true, perform: save },
  { name: 'save-as', keyTest: (e) => mod(e) && e.shiftKey && key(e, 's'), inTextFields: true, perform: saveAs },
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
  { name: 'zoom-in', keyTest: (e) => mod(e) && (e.key === '=' || e.key === '+'), perform: () => canvas()?.zoomIn() },
  { name: 'zoom-out', keyTest: (e) => mod(e) && e.key === '-', perform: () => canvas()?.zoomOut() },
  { name: 'zoom-fit', keyTest: (e) => mod(e) && e.key === '0', perform: () => canvas()?.fit() },
  { name: 'language:en', perform: () => setLocale('en') },
  { name: 'language:zh-CN', perform: () => setLocale('zh-CN') },
];

const byName = new Map(actions.map((a) => [a.name, a]));

export function runAction(name: MenuCommand): void {
  if (name.startsWith('open-recent:')) {
    void openDocument(name.slice('open-recent:'.length));
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

/** One keydown listener for the whole window. */
export function handleShortcut(event: KeyboardEvent): void {
  if (event.isComposing || session.get().dialog) return;
  const action = actions.find((a) => a.keyTest?.(event));
  if (!action) return;
  if (isTextField(event.target)) {
    // Text fields keep their own undo, redo and zoom keys.
    if (!action.inTextFields) return;
    (event.target as HTMLElement).blur();
  }
  event.preventDefault();
  void action.perform();
}
