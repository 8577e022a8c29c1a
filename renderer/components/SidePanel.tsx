// The right side while no card is selected: the emotion curves, the opportunities or the metrics, by tab.
import { useTranslation } from 'react-i18next';
import { showSidePanel, useSidePanel, type SidePanelTab } from '../state/sidePanel.ts';
import { EmotionPanel } from './EmotionPanel.tsx';
import { MetricsPanel } from './MetricsPanel.tsx';
import { OpportunitiesPanel } from './OpportunitiesPanel.tsx';

const TABS: { tab: SidePanelTab; label: string }[] = [
  { tab: 'emotion', label: 'laneKind.emotion' },
  { tab: 'opportunities', label: 'laneKind.opportunities' },
  { tab: 'metrics', label: 'metrics.title' },
];

export function SidePanel() {
  const { t } = useTranslation();
  const tab = useSidePanel((s) => s.tab);
  return (
    <div className="side-panel">
      <div className="side-panel__tabs" role="tablist" aria-label={t('sidePanel.label')}>
        {TABS.map((entry) => (
          <button key={entry.tab} type="button" role="tab" aria-selected={tab === entry.tab} onClick={() => showSidePanel(entry.tab)} data-testid={`tab-${entry.tab}`}>
            {t(entry.label)}
          </button>
        ))}
      </div>
      {tab === 'emotion' ? <EmotionPanel /> : tab === 'metrics' ? <MetricsPanel /> : <OpportunitiesPanel />}
    </div>
  );
}
