// Whether the persona editor is open and which persona it shows. Kept apart from the session's
// one dialog, so the confirmation of a delete can open over it (as the export dialog does).
import { create } from 'zustand';
import { useSession } from './session.ts';

export interface PersonasDialogState {
  open: boolean;
  /** the persona being edited; null: the first */
  personaId: string | null;
}

export const usePersonasDialog = create<PersonasDialogState>(() => ({ open: false, personaId: null }));

export const personasDialog = {
  get: usePersonasDialog.getState,
  set: (patch: Partial<PersonasDialogState>) => usePersonasDialog.setState(patch),
};

// The editor belongs to the map it was opened on: another map, or the start view, closes it.
useSession.subscribe((state, previous) => {
  if (usePersonasDialog.getState().open && (state.docKey !== previous.docKey || state.view !== 'map')) usePersonasDialog.setState({ open: false });
});
