// A reload of the web shell's page shows again what the tab showed: the saved map (MapCanvas
// brings back its view), or its unsaved work from the draft. The tab notes it in sessionStorage
// only as the page goes away, and the next page forgets the note as soon as it reads it, so a
// duplicated tab (which copies sessionStorage while the page is live) never claims another tab's
// map. The note carries the page's lock owner: the reloaded page takes over that owner's lock on
// the map (doc:open's takeOver), so it never finds its map "open elsewhere", and the old page's
// release, however late it arrives, frees nothing of the new page's.
import { z } from 'zod';

const KEY = 'cjm.reload';
const NoteSchema = z.object({ owner: z.string().min(1).max(64), path: z.string().max(4096).nullable(), draftId: z.string().max(64).nullable() });
export type ReloadNote = z.infer<typeof NoteSchema>;

function takeNote(): ReloadNote | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    sessionStorage.removeItem(KEY);
    const parsed = NoteSchema.safeParse(JSON.parse(raw ?? 'null'));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

let note = takeNote();

// Back from the browser's page cache, the page is still the one that wrote the note.
window.addEventListener('pageshow', (event) => {
  if (event.persisted) sessionStorage.removeItem(KEY);
});

/** A reload that will show a map again: the start screen waits instead of flashing up. */
export const reopenPending = (): boolean => note !== null;

/** The lock owner of the page this one reloads, if any. */
export const ownerBeforeReload = (): string | null => note?.owner ?? null;

/** What this page was asked to show again, until it is shown (or could not be). */
let inFlight: ReloadNote | null = null;

/** Called as the page goes away: what a reload of this tab should show. */
export function noteForReload(next: ReloadNote): void {
  // Reloaded again before the map came back: the next page tries the same.
  const chosen = next.path === null && next.draftId === null && inFlight ? { ...inFlight, owner: next.owner } : next;
  if (chosen.path === null && chosen.draftId === null) return;
  try {
    sessionStorage.setItem(KEY, JSON.stringify(chosen));
  } catch {
    // storage full or off: the reload shows the start screen (and recovery offers the draft)
  }
}

/**
 * What to show after a reload, once: the draft of the unsaved work (a draft of a live web shell is
 * never among those recovery offers, so nothing opens twice), else the saved map.
 */
export function takeReloadTarget(): Pick<ReloadNote, 'path' | 'draftId'> | null {
  const taken = note;
  note = null;
  inFlight = taken;
  return taken;
}

/** The reload's map is shown, or could not be: a later reload follows what the page shows. */
export function reopenSettled(): void {
  inFlight = null;
}
