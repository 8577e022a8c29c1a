// Which panel the right side shows while no card is selected: the emotion curves or the
// opportunities. Remembered on this computer.
import { create } from 'zustand';

export type SidePanelTab = 'emotion' | 'opportunities';
const KEY = 'cjm.sidePanel';

const stored = (): SidePanelTab => {
  try {
    return localStorage.getItem(KEY) === 'opportunities' ? 'opportunities' : 'emotion';
  } catch {
    return 'emotion';
  }
};

export const useSidePanel = create<{ tab: SidePanelTab }>(() => ({ tab: stored() }));

export function showSidePanel(tab: SidePanelTab): void {
  useSidePanel.setState({ tab });
  try {
    localStorage.setItem(KEY, tab);
  } catch {
    // storage off: the choice lasts until the window closes
  }
}
