// Unsaved work is handed to the recovery store a few seconds after the last edit and at once
// when the window loses focus or is hidden, so a crash or a killed process loses seconds, not
// an afternoon. Each document shown gets its own draft; saving, undoing back to the saved
// state, or leaving deliberately (Don't save, closing the window) removes it. The web shell's
// page cannot tell a closing tab from a reload, so there a draft outlives the page (see reopen.ts).
import { nanoid } from 'nanoid';
import type { DraftInfo } from '../../shared/api.ts';
import { call, shell } from '../platform/platform.ts';
import { editor } from '../state/editor.ts';
import { session } from '../state/session.ts';

const DELAY_MS = 3000;

let draftId = nanoid();
let written = false;
/** a put under way (a write started as the page goes away may still land) */
let writing = false;
let timer: ReturnType<typeof setTimeout> | undefined;

function discard(id: string): void {
  void discardDraft(id).catch(() => {});
}

async function write(): Promise<void> {
  timer = undefined;
  const { view, path, stamp } = session.get();
  if (view !== 'map' || !editor.getSnapshot().dirty) return;
  writing = true;
  try {
    await call('recovery:put', { id: draftId, path, stamp, doc: editor.doc });
    written = true;
  } catch {
    // A draft that could not be written must not disturb the editing; the next edit tries again.
  } finally {
    writing = false;
  }
}

/** Writes a pending draft now (the window is losing focus or being hidden). */
export function flushDraft(): void {
  if (timer === undefined) return;
  clearTimeout(timer);
  void write();
}

/** Writes the draft now, pending or not (a restored draft moving to this session). */
export function writeDraftNow(): Promise<void> {
  clearTimeout(timer);
  return write();
}

/** The draft of what is shown is no longer needed (saved, undone to the saved state, left). */
function dropDraft(): void {
  clearTimeout(timer);
  timer = undefined;
  if (written) discard(draftId);
  written = false;
}

/** Another document is shown (or none): it gets a draft of its own. */
export function newDraft(): void {
  dropDraft();
  draftId = nanoid();
}

/**
 * The page goes away with unsaved changes in the web shell: its draft is written (if still
 * pending) and kept, for the reload that brings it back; its id, or null when nothing is kept.
 */
function keepDraftOnLeave(): string | null {
  if (shell !== 'web' || session.get().view !== 'map' || !editor.getSnapshot().dirty) return null;
  flushDraft();
  // Only a draft that exists (or is being written) can be restored by the reload.
  return written || writing ? draftId : null;
}

/** Starts watching the editor; returns the function that stops it. `onLeave` hears the draft kept, if any. */
export function watchForRecovery(onLeave?: (keptDraft: string | null) => void): () => void {
  const stop = editor.subscribe(() => {
    if (editor.getSnapshot().dirty) {
      clearTimeout(timer);
      timer = setTimeout(() => void write(), DELAY_MS);
    } else if (written || timer !== undefined) {
      dropDraft();
    }
  });
  const hidden = () => {
    if (document.visibilityState === 'hidden') flushDraft();
  };
  // A deliberate leave (after Don't save) discards the draft; a crash never gets here, which is
  // exactly when the draft is wanted. A web page leaving with changes may be reloading: kept.
  const leave = () => {
    const kept = keepDraftOnLeave();
    if (!kept) dropDraft();
    onLeave?.(kept);
  };
  window.addEventListener('blur', flushDraft);
  // Before the browser asks "leave this page?": the draft is written while the page is still
  // alive, for the reload that may follow (the web shell only; Electron asks Save / Don't save).
  if (shell === 'web') window.addEventListener('beforeunload', flushDraft);
  document.addEventListener('visibilitychange', hidden);
  window.addEventListener('pagehide', leave);
  return () => {
    stop();
    window.removeEventListener('blur', flushDraft);
    window.removeEventListener('beforeunload', flushDraft);
    document.removeEventListener('visibilitychange', hidden);
    window.removeEventListener('pagehide', leave);
  };
}

/** Reads the recovered maps of ended sessions into the session (start-up); returns them. */
export async function loadDrafts(): Promise<DraftInfo[]> {
  let drafts: DraftInfo[] = [];
  try {
    drafts = await call('recovery:list', {});
  } catch {
    // none offered: the editor works without them
  }
  session.set({ drafts });
  return drafts;
}

/** Removes a draft for good (restored into this session, or discarded). */
export async function discardDraft(id: string): Promise<void> {
  await call('recovery:discard', { id });
  session.set({ drafts: session.get().drafts.filter((d) => d.id !== id) });
}
