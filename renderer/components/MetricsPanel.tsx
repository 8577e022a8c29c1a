// The map's metrics (指标): name, type, owner, period, target, latest value and status, in map
// order or by status; filter to one status; a click selects the card and shows it. Exports as CSV.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MetricStatus } from '../../shared/metrics.ts';
import { metricRows, type MetricRow } from '../../shared/metricsTable.ts';
import { formatMetricValue, sparkline, STATUS_GLYPHS, valueWithUnit } from '../../shared/metricText.ts';
import { series } from '../../shared/metrics.ts';
import { showCard } from '../actions/cardActions.ts';
import { exportMetricsCsv } from '../actions/metricActions.ts';
import { useEditorSnapshot } from '../state/editor.ts';
import './inspector/metrics.css';

type StatusFilter = '' | MetricStatus | 'none';
const STATUS_ORDER: Record<MetricStatus | 'none', number> = { missed: 0, near: 1, met: 2, none: 3 };
/** The filter and order chosen last, kept while the panel gives way to the inspector and back. */
const chosen: { filter: StatusFilter; sort: 'map' | 'status' } = { filter: '', sort: 'map' };

export function MetricsPanel() {
  const { t } = useTranslation();
  const { doc } = useEditorSnapshot();
  const [filter, setFilterState] = useState<StatusFilter>(chosen.filter);
  const [sort, setSortState] = useState<'map' | 'status'>(chosen.sort);
  const setFilter = (next: StatusFilter) => setFilterState((chosen.filter = next));
  const setSort = (next: 'map' | 'status') => setSortState((chosen.sort = next));
  const all = useMemo(() => metricRows(doc), [doc]);
  const rows = useMemo(() => {
    const shown = all.filter((row) => !filter || (row.status ?? 'none') === filter);
    return sort === 'status' ? [...shown].sort((a, b) => STATUS_ORDER[a.status ?? 'none'] - STATUS_ORDER[b.status ?? 'none']) : shown;
  }, [all, filter, sort]);
  const latestText = (row: MetricRow) => {
    if (row.latest === null) return '–';
    const numbers = row.target === null ? formatMetricValue(row.latest) : `${formatMetricValue(row.latest)} / ${formatMetricValue(row.target)}`;
    return `${row.status ? `${STATUS_GLYPHS[row.status]} ` : ''}${valueWithUnit(numbers, row.unit)}`;
  };
  return (
    <aside className="inspector opportunities-panel metrics-panel" aria-label={t('metrics.title')} data-testid="metrics-panel">
      <div className="opportunities-panel__head">
        <h2>{t('metrics.title')}</h2>
        <button type="button" onClick={() => void exportMetricsCsv()} disabled={all.length === 0} data-testid="metrics-export-csv" title={t('metrics.exportHint')}>
          {t('metrics.exportCsv')}
        </button>
      </div>
      <div className="metrics-panel__filters">
        <select aria-label={t('metrics.statusFilter')} value={filter} onChange={(e) => setFilter(e.target.value as StatusFilter)} data-testid="metrics-filter">
          <option value="">{t('metrics.allStatuses')}</option>
          {(['missed', 'near', 'met'] as const).map((s) => (
            <option key={s} value={s}>
              {STATUS_GLYPHS[s]} {t(`metrics.status.${s}`)}
            </option>
          ))}
          <option value="none">{t('metrics.status.none')}</option>
        </select>
        <select aria-label={t('metrics.sort')} value={sort} onChange={(e) => setSort(e.target.value as 'map' | 'status')} data-testid="metrics-sort">
          <option value="map">{t('metrics.sortMap')}</option>
          <option value="status">{t('metrics.sortStatus')}</option>
        </select>
      </div>
      {rows.length === 0 ? (
        <p className="panel-empty">{all.length === 0 ? t('metrics.none') : t('metrics.noneShown')}</p>
      ) : (
        <ul className="metric-list">
          {rows.map((row) => {
            const card = doc.cards[row.cardId];
            const spark = card?.metric ? sparkline(series(card.metric).map((s) => s.value)) : null;
            const details = [row.nps ? t('metrics.nps') : t(`metrics.types.${row.type}`), row.department, row.period].filter(Boolean).join(' · ');
            return (
              <li key={row.cardId}>
                <button type="button" className="metric-row-button" data-testid="metric-row" data-card-ref={row.cardId} data-status={row.status ?? 'none'} onClick={() => showCard(row.cardId)}>
                  <span className="metric-row-button__name">{row.name || t('card.empty')}</span>
                  <span className={`metric-row-button__status${row.status ? ` metric-row-button__status--${row.status}` : ''}`} title={row.status ? t(`metrics.status.${row.status}`) : t('metrics.status.none')}>
                    {latestText(row)}
                  </span>
                  <span className="metric-row-button__details">
                    {spark && <span className="metric-row-button__spark" aria-hidden="true">{spark} </span>}
                    {details || '—'}
                    {row.latestPeriod ? ` · ${t('metrics.latestIn', { period: row.latestPeriod })}` : ''}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </aside>
  );
}
