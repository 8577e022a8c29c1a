// Commands on views: show the map through one (toolbar), open the editor, add one (everything, or
// a client view without the internal lanes), rename it, choose what it shows, delete it. Every
// edit of a view is one undoable history entry; which view is shown is a way of looking, not saved.
import { newId } from '../../shared/ids.ts';
import type { ViewLeftOut } from '../../shared/ops.ts';
import { freshTitle } from '../../shared/titles.ts';
import { clientViewLanesLeftOut, viewsOf } from '../../shared/views.ts';
import { i18next } from '../i18n.ts';
import { editor } from '../state/editor.ts';
import { session } from '../state/session.ts';
import { viewsDialog } from '../state/viewsDialog.ts';

/** Shows the map through a view (null: the whole map); the selection keeps only what it shows. */
export function showView(viewId: string | null): void {
  const id = viewId && editor.doc.views[viewId] ? viewId : null;
  session.set({ shownViewId: id, selection: [], selectedLinks: [], selectedPointId: null, editingCardId: null, activeCell: null });
}

/** The view the map is shown through, if the map still has it. */
export function shownView() {
  const id = session.get().shownViewId;
  return id ? editor.doc.views[id] : undefined;
}

export function openViews(viewId?: string): void {
  viewsDialog.set({ open: true, viewId: viewId ?? session.get().shownViewId ?? null });
}

/** Closes the editor; a name being typed is written first (it writes when it loses focus). */
export function closeViews(): void {
  const active = document.activeElement;
  if (active instanceof HTMLElement && active.closest('.views-dialog')) active.blur();
  viewsDialog.set({ open: false });
}

/** A new view at the end, selected in the editor: everything, or the client view (no internal lanes). */
export function addView(kind: 'all' | 'client'): string {
  const id = newId('view');
  const taken = viewsOf(editor.doc).map((view) => view.name);
  const name = kind === 'client' ? freshTitle(taken, 1, (n) => (n === 1 ? i18next.t('views.clientName') : `${i18next.t('views.clientName')} ${n}`)) : freshTitle(taken, taken.length + 1, (n) => i18next.t('views.newName', { n }));
  const leftOut = kind === 'client' ? { lanesLeftOut: clientViewLanesLeftOut(editor.doc) } : {};
  editor.apply({ type: 'addView', id, name, leftOut }, 'addView');
  viewsDialog.set({ viewId: id });
  return id;
}

export function renameView(id: string, name: string): void {
  const trimmed = name.trim();
  if (trimmed) editor.apply({ type: 'renameView', id, name: trimmed }, 'renameView');
}

/** Shows or leaves out one stage, lane or curve in a view. */
export function setShownInView(id: string, list: keyof ViewLeftOut, recordId: string, shown: boolean): void {
  const view = editor.doc.views[id];
  if (!view) return;
  const now = view[list].filter((other) => other !== recordId);
  editor.apply({ type: 'setViewLeftOut', id, leftOut: { [list]: shown ? now : [...now, recordId] } }, 'setViewLeftOut');
}

export function deleteView(id: string): void {
  if (!editor.doc.views[id]) return;
  const next = viewsOf(editor.doc).find((view) => view.id !== id);
  editor.apply({ type: 'deleteView', id }, 'deleteView');
  if (session.get().shownViewId === id) showView(null);
  viewsDialog.set({ viewId: next?.id ?? null });
}
