// Whether the opportunity matrix is shown over the map.
import { create } from 'zustand';
import { useSession } from './session.ts';

export const useMatrix = create<{ open: boolean }>(() => ({ open: false }));
export const toggleMatrix = () => useMatrix.setState((s) => ({ open: !s.open }));
export const closeMatrix = () => useMatrix.setState({ open: false });

// It shows one document's opportunities: showing another one (or the start screen) closes it.
useSession.subscribe((state, previous) => {
  if (state.docKey !== previous.docKey || state.view !== previous.view) closeMatrix();
});
