// How the canvas is shown, remembered on this computer (not in the map file).
import { create } from 'zustand';

const MINIMAP_KEY = 'cjm.minimap';

export const useViewPrefs = create<{ minimap: boolean }>(() => ({ minimap: localStorage.getItem(MINIMAP_KEY) !== 'hidden' }));

export function toggleMinimap(): void {
  const minimap = !useViewPrefs.getState().minimap;
  localStorage.setItem(MINIMAP_KEY, minimap ? 'shown' : 'hidden');
  useViewPrefs.setState({ minimap });
}
