// Whether the map is being presented, how (a stage or a scene per step) and at which step; the
// card opened to read. A way of showing the map, never saved in it.
import { create } from 'zustand';
import type { PresentBy } from '../../shared/presentation.ts';
import { useSession } from './session.ts';

export interface PresentationState {
  open: boolean;
  by: PresentBy;
  step: number;
  /** the card opened to read, over the step */
  reading: string | null;
}

export const usePresentation = create<PresentationState>(() => ({ open: false, by: 'stage', step: 0, reading: null }));

export const presentation = {
  get: usePresentation.getState,
  set: (patch: Partial<PresentationState>) => usePresentation.setState(patch),
};

// Another map, or the start view, ends the presentation.
useSession.subscribe((state, previous) => {
  if (usePresentation.getState().open && (state.docKey !== previous.docKey || state.view !== 'map')) usePresentation.setState({ open: false, reading: null });
});
