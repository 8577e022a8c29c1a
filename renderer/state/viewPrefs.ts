// How the user likes the canvas shown, the same for every map and remembered across sessions.
// toggleMinimap() is plain code so that a command or shortcut can call it from outside React.
import { create } from 'zustand';

const MINIMAP_KEY = 'cjm.minimap';

function storedMinimap(): boolean {
  try {
    return localStorage.getItem(MINIMAP_KEY) !== 'hidden';
  } catch {
    return true;
  }
}

interface ViewPrefs {
  minimap: boolean;
}

export const useViewPrefs = create<ViewPrefs>(() => ({ minimap: storedMinimap() }));

export function toggleMinimap(): void {
  const minimap = !useViewPrefs.getState().minimap;
  useViewPrefs.setState({ minimap });
  try {
    localStorage.setItem(MINIMAP_KEY, minimap ? 'shown' : 'hidden');
  } catch {
    // storage disabled: the choice lasts until the window closes
  }
}
