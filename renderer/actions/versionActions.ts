// Named versions of the map, kept inside its file: save one (which saves the map too), and
// restore one (after automatically keeping the current state as a version of its own).
import { ApiError, type VersionInfo } from '../../shared/api.ts';
import { i18next } from '../i18n.ts';
import { message } from '../state/message.ts';
import { call } from '../platform/platform.ts';
import { editor } from '../state/editor.ts';
import { session } from '../state/session.ts';
import { imageSaveFields } from '../images/saveFields.ts';
import { askText, confirm } from './dialogs.ts';
import { ensureOwnFile, owner, resolveConflict, showError } from './documentActions.ts';

async function storeVersion(name: string): Promise<VersionInfo | null> {
  const path = await ensureOwnFile();
  if (!path) return null;
  const state = editor.state;
  try {
    session.set({ busy: true });
    const saved = await call('version:save', { path, name, doc: editor.doc, expectedStamp: session.get().stamp ?? undefined, owner, ...imageSaveFields(path) });
    editor.markSaved(state);
    session.set({ path: saved.path, stamp: saved.stamp });
    return saved.version;
  } catch (error) {
    if (error instanceof ApiError && error.code === 'conflict') {
      session.set({ busy: false });
      // The map is saved first (over the other version, or under another name); the version then goes into that file.
      return (await resolveConflict(path, String(error.params.reason))) ? storeVersion(name) : null;
    }
    showError(error);
    return null;
  } finally {
    session.set({ busy: false });
  }
}

export async function saveVersion(): Promise<void> {
  if (session.get().view !== 'map') return;
  const suggested = new Date().toLocaleString(i18next.language, { dateStyle: 'medium', timeStyle: 'short' });
  const name = await askText(message('versions.nameTitle'), suggested);
  if (!name) return;
  const version = await storeVersion(name);
  if (version) session.set({ notice: { kind: 'info', message: message('versions.saved', { name: version.name }) } });
}

export function openVersions(): void {
  if (session.get().view === 'map') session.set({ dialog: { kind: 'versions' } });
}

/** Shows a stored version as the map (unsaved), after keeping the current state as a version. */
export async function restoreVersion(version: VersionInfo): Promise<void> {
  const { path } = session.get();
  if (!path) return;
  const ok = await confirm(message('versions.restoreTitle', { name: version.name }), message('versions.restoreBody'), message('versions.restore'));
  if (!ok) return;
  try {
    const { doc } = await call('version:open', { path, id: version.id });
    const kept = await storeVersion(i18next.t('versions.autoName', { name: version.name }));
    if (!kept) return;
    editor.load(doc, { saved: false });
    session.set({ selection: [], selectedLinks: [], editingCardId: null, selectedPointId: null, notice: { kind: 'info', message: message('versions.restored', { name: version.name, kept: kept.name }) } });
  } catch (error) {
    showError(error);
  }
}
