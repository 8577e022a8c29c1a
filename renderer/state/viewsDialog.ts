// Whether the views editor is open and which view it shows. Kept apart from the session's one
// dialog, so a confirmation can open over it (as over the persona editor).
import { create } from 'zustand';
import { useSession } from './session.ts';

export interface ViewsDialogState {
  open: boolean;
  /** the view being edited; null: the first */
  viewId: string | null;
}

export const useViewsDialog = create<ViewsDialogState>(() => ({ open: false, viewId: null }));

export const viewsDialog = {
  get: useViewsDialog.getState,
  set: (patch: Partial<ViewsDialogState>) => useViewsDialog.setState(patch),
};

// The editor belongs to the map it was opened on: another map, or the start view, closes it.
useSession.subscribe((state, previous) => {
  if (useViewsDialog.getState().open && (state.docKey !== previous.docKey || state.view !== 'map')) useViewsDialog.setState({ open: false });
});
