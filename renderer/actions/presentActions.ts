// Presenting the map being edited: full screen (the browser's, which Electron turns into a
// full-screen window), one step at a time. The map cannot be edited while it is presented: the
// presentation covers it and takes every key.
import { closePresentation, openPresentation, presentation } from '../state/presentation.ts';
import { session, useSession } from '../state/session.ts';

export function startPresenting(): void {
  if (session.get().view !== 'map') return;
  session.set({ editingCardId: null });
  openPresentation();
}

export const stopPresenting = closePresentation;

// Another map, or the start view, ends the presentation.
useSession.subscribe((state, previous) => {
  if (presentation.get().open && (state.docKey !== previous.docKey || state.view !== 'map')) closePresentation();
});
