// New, open, save, save as, close: each asks about unsaved changes first and reports failures
// as a message, leaving the open document as it was.
import { nanoid } from 'nanoid';
import { ApiError, type FileKind, type LockHolder, type TemplateName } from '../../shared/api.ts';
import { i18next, currentLocale } from '../i18n.ts';
import { call, shell } from '../platform/platform.ts';
import { editor } from '../state/editor.ts';
import { message, verbatim, type Message } from '../state/message.ts';
import { CLEAN_DOCUMENT_STATE, fileNameOf, session, type UnsavedAnswer } from '../state/session.ts';
import { thumbnailField } from '../mapPicture/mapThumbnail.ts';
import { choose } from './dialogs.ts';
import { mermaidProblem } from './mermaidProblem.ts';
import { imageSaveFields } from '../images/saveFields.ts';
import { discardDraft, newDraft, writeDraftNow } from './recovery.ts';
import { ownerBeforeReload, reopenSettled, takeReloadTarget } from './reopen.ts';

// Said apart from the others of their code: a map whose images are past the cap (not a PNG too
// large, an HTML file whose images are past what opens again), a Mermaid file that is not journey syntax (with the line at fault), a spreadsheet that
// is not a map (with the reason).
const SPECIAL_ERRORS = new Map([
  ['map-images', 'errors.mapImagesFull'],
  ['mermaid', 'errors.mermaid'],
  ['sheet', 'errors.sheet'],
  ['html', 'errors.htmlTooLarge'],
]);

/** The services answer with a code and its values: the sentence is the renderer's, in its language. */
export function errorMessage(error: unknown): Message {
  if (error instanceof ApiError) {
    const key = SPECIAL_ERRORS.get(String(error.params.reason)) ?? `errors.${error.code}`;
    if (error.params.reason === 'mermaid' && i18next.exists(`mermaid.syntax.${error.params.problem}`)) {
      return message(key, { file: error.params.file ?? '', detail: mermaidProblem(String(error.params.problem), error.params, Number(error.params.line)) });
    }
    if (error.params.reason === 'sheet' && i18next.exists(`sheet.refusal.${error.params.problem}`)) {
      return message(key, { file: error.params.file ?? '', detail: message(`sheet.refusal.${error.params.problem}`, error.params) });
    }
    return i18next.exists(key) ? message(key, { ...error.params, message: error.message }) : verbatim(error.message);
  }
  return message('errors.internal', { message: String(error) });
}

export function showError(error: unknown): void {
  session.set({ notice: { kind: 'error', message: errorMessage(error) } });
}

function askUnsaved(): Promise<UnsavedAnswer> {
  const { path } = session.get();
  return new Promise((resolve) => session.set({ dialog: { kind: 'unsaved', path, resolve } }));
}

export function chooseFile(mode: 'open' | 'save', suggestedName = '', fileKind: FileKind = 'cjm'): Promise<string | null> {
  if (shell === 'electron') {
    return (mode === 'open' ? call('dialog:open', {}) : call('dialog:save', { suggestedName, kind: fileKind })).then((r) => r.path);
  }
  return new Promise((resolve) => session.set({ dialog: { kind: 'file', mode, fileKind, suggestedName, resolve } }));
}

/** Resolves true when it is fine to replace the open document. */
export async function confirmDiscard(): Promise<boolean> {
  if (session.get().view !== 'map' || !editor.getSnapshot().dirty) return true;
  const answer = await askUnsaved();
  if (answer === 'cancel') return false;
  if (answer === 'discard') return true;
  return save();
}

/** This window, for the file locks: it holds the lock of the file it shows (a reloaded page: the same). */
/** This page's own lock owner: a new one for every page load. */
export const owner = nanoid();
/** The page this one reloads: the first map shown here takes over its lock (see reopen.ts). */
let takeOver = ownerBeforeReload() ?? undefined;

/** The window shows no file any more (an untitled map, the start view, or it is going away). */
export function releaseFile(): void {
  void call('doc:close', { owner }).catch(() => {});
}

function show(path: string | null, stamp: string | null = null, lockedBy: LockHolder | null = null): void {
  newDraft();
  if (!path) releaseFile();
  session.set({ ...CLEAN_DOCUMENT_STATE, view: 'map', path, stamp, lockedBy, docKey: session.get().docKey + 1 });
  if (lockedBy && path) {
    const name = fileNameOf(path, '');
    const text =
      lockedBy.by === 'other-window'
        ? message('notice.lockedWindow', { name })
        : message('notice.lockedBy', { name, user: lockedBy.user, host: lockedBy.host, since: { date: Date.parse(lockedBy.since) } });
    session.set({ notice: { kind: 'warning', message: text } });
  }
}

export async function newDocument(template: TemplateName): Promise<void> {
  if (!(await confirmDiscard())) return;
  try {
    const { doc } = await call('doc:new', { template, locale: currentLocale() });
    editor.load(doc);
    show(null);
  } catch (error) {
    showError(error);
  }
}

const isMermaidFile = (file: string) => /\.(mmd|md)$/i.test(file);
const isSheetFile = (file: string) => /\.(xlsx|csv)$/i.test(file);

/** A map made from something else (pasted Mermaid text) shown as a new, unsaved map, with what did not come over. */
export function showImported(info: Message, problems: string[], withProblems: Message): void {
  show(null);
  const notice = problems.length > 0 ? { kind: 'warning' as const, message: withProblems, details: problems } : { kind: 'info' as const, message: info };
  session.set({ notice });
}

export async function openDocument(path?: string): Promise<void> {
  if (!(await confirmDiscard())) return;
  try {
    const chosen = path ?? (await chooseFile('open'));
    if (!chosen) return;
    session.set({ busy: true });
    const opened = await call('doc:open', { path: chosen, owner, takeOver });
    takeOver = undefined;
    editor.load(opened.doc);
    show(opened.path, opened.stamp, opened.lockedBy ?? null);
    const mermaid = opened.importedFrom !== undefined && isMermaidFile(opened.importedFrom);
    const sheet = opened.importedFrom !== undefined && isSheetFile(opened.importedFrom);
    if (opened.importedFrom) {
      // A picture carries the map inside it; a Mermaid journey or a JSON file is the map in another form.
      const key = mermaid ? 'notice.importedMermaid' : /\.(json|xlsx|csv)$/i.test(opened.importedFrom) ? 'notice.importedData' : 'notice.imported';
      session.set({ notice: { kind: 'info', message: message(key, { file: fileNameOf(opened.importedFrom, '') }) } });
    }
    if (opened.problems.length > 0) {
      session.set({
        notice: {
          kind: 'warning',
          message: mermaid || sheet
            ? message(mermaid ? 'notice.mermaidProblems' : 'sheet.importedProblems', { count: opened.problems.length, file: fileNameOf(opened.importedFrom ?? '', '') })
            : message('notice.recordsDropped', { count: opened.problems.length }),
          details: opened.problems,
        },
      });
    }
  } catch (error) {
    showError(error);
  } finally {
    session.set({ busy: false });
  }
}

/** Someone else changed the file since we read it: overwrite it, save elsewhere, or stop. */
export async function resolveConflict(path: string, reason: string): Promise<boolean> {
  const name = fileNameOf(path, '');
  const answer = await choose(message('conflict.title'), message(reason === 'deleted' ? 'conflict.deleted' : 'conflict.changed', { name }), [
    { id: 'cancel', label: message('common.cancel') },
    { id: 'overwrite', label: message(reason === 'deleted' ? 'conflict.saveAgain' : 'conflict.overwrite') },
    { id: 'saveAs', label: message('conflict.saveAs'), primary: true },
  ]);
  if (answer === 'overwrite') return saveTo(path, undefined);
  if (answer === 'saveAs') return saveAs();
  return false;
}

/** Saves to the file the map came from, or asks where (untitled, or someone else has the file). */
export async function ensureOwnFile(): Promise<string | null> {
  const { path, lockedBy } = session.get();
  if (path && !lockedBy) return path;
  return (await saveAs()) ? session.get().path : null;
}

async function saveTo(path: string, expectedStamp: string | undefined): Promise<boolean> {
  // Whatever is typed after this point stays unsaved: mark exactly the state that was sent.
  const state = editor.state;
  try {
    session.set({ busy: true });
    // The thumbnail is drawn first (bounded in time): the map sent is the one marked saved, as it was then.
    const doc = editor.doc;
    const images = imageSaveFields(path, doc);
    const thumbnail = await thumbnailField(doc);
    const saved = await call('doc:save', { path, doc, expectedStamp, owner, ...images, ...thumbnail });
    editor.markSaved(state);
    // Said once: the next save is an ordinary save of a clean file.
    const notice = saved.cleaned ? { kind: 'info' as const, message: message('notice.cleaned'), details: saved.cleaned } : null;
    session.set({ path: saved.path, stamp: saved.stamp, lockedBy: null, notice });
    return true;
  } catch (error) {
    if (error instanceof ApiError && error.code === 'conflict') {
      session.set({ busy: false });
      return resolveConflict(path, String(error.params.reason));
    }
    showError(error);
    return false;
  } finally {
    session.set({ busy: false });
  }
}

export function suggestedName(kind: FileKind = 'cjm'): string {
  const title = editor.doc.map.title.trim().replace(/[\\/:*?"<>|]+/g, '-') || i18next.t('app.untitled');
  return `${title}.${kind}`;
}

export async function saveAs(): Promise<boolean> {
  if (session.get().view !== 'map') return false;
  let path: string | null;
  try {
    path = await chooseFile('save', suggestedName());
  } catch (error) {
    showError(error);
    return false;
  }
  return path ? saveTo(path, undefined) : false;
}

export async function save(): Promise<boolean> {
  if (session.get().view !== 'map') return false;
  const { path, stamp, lockedBy } = session.get();
  // A file someone else has open is never saved over from here: it goes elsewhere.
  return path && !lockedBy ? saveTo(path, stamp ?? undefined) : saveAs();
}

export async function closeDocument(): Promise<void> {
  if (!(await confirmDiscard())) return;
  newDraft();
  releaseFile();
  session.set({ ...CLEAN_DOCUMENT_STATE, view: 'start', path: null, stamp: null, lockedBy: null });
}

/** Opens a recovered draft as the unsaved document it was, under its original file name. */
export async function restoreDraft(id: string, { reload = false } = {}): Promise<boolean> {
  if (!(await confirmDiscard())) return false;
  try {
    const opened = await call('recovery:open', { id, owner, takeOver });
    takeOver = undefined;
    editor.load(opened.doc, { saved: false });
    show(opened.path, opened.stamp, opened.lockedBy ?? null);
    // The restored work moves to this session's draft before the old one goes.
    await writeDraftNow();
    await discardDraft(id);
    // When another window has the file, its notice (save only under another name) matters more;
    // after a reload, the work simply is where it was.
    const left = session.get().drafts.length;
    if (!opened.lockedBy && (!reload || left > 0)) {
      session.set({ notice: { kind: 'info', message: left > 0 ? message('recovery.restoredMore', { count: left }) : message('recovery.restored') } });
    }
    return true;
  } catch (error) {
    showError(error);
    return false;
  }
}

/**
 * The web shell's page was reloaded: show what it showed (its unsaved work, else its saved map).
 * Resolves false when there is nothing to show again (the start screen stays).
 */
export async function reopenAfterReload(): Promise<boolean> {
  const target = takeReloadTarget();
  if (!target) return false;
  try {
    if (target.draftId && (await restoreDraft(target.draftId, { reload: true }))) return true;
    if (!target.path) return false;
    await openDocument(target.path);
    return session.get().view === 'map';
  } finally {
    reopenSettled();
  }
}
