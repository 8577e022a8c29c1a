// The right side while no card is selected: the emotion curves, the opportunities, the metrics or the review comments, by tab.
import { useTranslation } from 'react-i18next';
import { showSidePanel, useSidePanel, type SidePanelTab } from '../state/sidePanel.ts';
import { CommentsPanel } from './comments/CommentsPanel.tsx';
import { EmotionPanel } from './EmotionPanel.tsx';
import { MetricsPanel } from './MetricsPanel.tsx';
import { OpportunitiesPanel } from './OpportunitiesPanel.tsx';

const TABS: { tab: SidePanelTab; label: string }[] = [
  { tab: 'emotion', label: 'laneKind.emotion' },
  { tab: 'opportunities', label: 'laneKind.opportunities' },
  { tab: 'metrics', label: 'metrics.title' },
  { tab: 'comments', label: 'comments.tab' },
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
      {tab === 'emotion' ? <EmotionPanel /> : tab === 'metrics' ? <MetricsPanel /> : tab === 'comments' ? <CommentsPanel /> : <OpportunitiesPanel />}
    </div>
  );
}
