// Commands on personas: open the editor (from the title block, the toolbar, the menu), add one,
// delete one (asking first when curves belong to it). Every edit is one undoable history entry.
import { newId } from '../../shared/ids.ts';
import { curvesOfPersona, personasInOrder, titlePersonaIds } from '../../shared/personas.ts';
import { i18next } from '../i18n.ts';
import { editor } from '../state/editor.ts';
import { message } from '../state/message.ts';
import { personasDialog } from '../state/personasDialog.ts';
import { confirm } from './dialogs.ts';

/** Opens the persona editor on `personaId` (default: the first persona). */
export function openPersonas(personaId?: string): void {
  personasDialog.set({ open: true, personaId: personaId ?? null });
}

/** Closes the editor; a field being typed in is written first (it writes when it loses focus). */
export function closePersonas(): void {
  const active = document.activeElement;
  if (active instanceof HTMLElement && active.closest('.personas-dialog')) active.blur();
  personasDialog.set({ open: false });
}

/** A new persona at the end, selected in the editor; the first one also goes to the title block. */
export function addPersona(): string {
  const id = newId('persona');
  const count = Object.keys(editor.doc.personas).length;
  const name = i18next.t('personas.newName', { n: count + 1 });
  editor.apply({ type: 'addPersona', id, name }, 'addPersona');
  personasDialog.set({ personaId: id });
  return id;
}

/** Resolves true when the persona was deleted. */
export async function deletePersona(id: string): Promise<boolean> {
  const doc = editor.doc;
  const persona = doc.personas[id];
  if (!persona) return false;
  const curves = curvesOfPersona(doc, id);
  if (curves.length > 0) {
    const ok = await confirm(
      message('personas.deleteTitle', { name: persona.name }),
      message('personas.deleteBody', { count: curves.length, curves: curves.map((c) => `“${c.name}”`).join(', ') }),
      message('personas.deleteConfirm'),
    );
    if (!ok) return false;
  }
  // The editor shows the persona after it (or before it, for the last).
  const order = personasInOrder(doc).map((p) => p.id);
  const at = order.indexOf(id);
  const next = order[at + 1] ?? order[at - 1] ?? null;
  editor.apply({ type: 'deletePersona', id }, 'deletePersona');
  personasDialog.set({ personaId: next });
  return true;
}

/** Moves a persona to `index` among all of them (one history entry). */
export function movePersona(id: string, index: number): void {
  const count = Object.keys(editor.doc.personas).length;
  editor.apply({ type: 'movePersona', id, index: Math.max(0, Math.min(index, count - 1)) }, 'movePersona');
}

/** Shows or hides a persona in the title block, keeping at least one there while any exists. */
export function setInTitleBlock(id: string, shown: boolean): void {
  const current = titlePersonaIds(editor.doc);
  const next = shown ? [...current, id] : current.filter((p) => p !== id);
  if (next.length === 0) return;
  // In the map's order: the title block lists them so anyway.
  const ordered = personasInOrder(editor.doc).map((p) => p.id).filter((p) => next.includes(p));
  editor.apply({ type: 'setTitlePersonas', ids: ordered }, 'setTitlePersonas');
}
