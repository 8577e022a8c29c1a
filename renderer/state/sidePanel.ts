// Which panel the right side shows while no card is selected: the emotion curves, the
// opportunities, the metrics or the review comments. Remembered on this computer.
import { create } from 'zustand';

export const SIDE_PANEL_TABS = ['emotion', 'opportunities', 'metrics', 'comments'] as const;
export type SidePanelTab = (typeof SIDE_PANEL_TABS)[number];
const KEY = 'cjm.sidePanel';

const stored = (): SidePanelTab => {
  try {
    const tab = localStorage.getItem(KEY);
    return SIDE_PANEL_TABS.find((t) => t === tab) ?? 'emotion';
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
