// The toolbar's filter of the map's pain points: all, only the open ones, the overdue ones or the
// closed ones; the others are dimmed where they are. A way of looking: not saved in the map.
import { useTranslation } from 'react-i18next';
import { MAP_LOOP_FILTERS, type MapLoopFilter } from '../../shared/painBoard.ts';
import { setMapLoopFilter, usePainBoard } from '../state/painBoard.ts';

export function MapLoopFilterSelect() {
  const { t } = useTranslation();
  const filter = usePainBoard((s) => s.mapFilter);
  return (
    <select
      className={`toolbar__select${filter !== 'all' ? ' is-active' : ''}`}
      data-testid="map-loop-filter"
      value={filter}
      aria-label={t('loop.mapFilter')}
      title={t('loop.mapFilter')}
      onChange={(e) => setMapLoopFilter(e.target.value as MapLoopFilter)}
    >
      {MAP_LOOP_FILTERS.map((f) => (
        <option key={f} value={f}>
          {t(`loop.mapFilters.${f}`)}
        </option>
      ))}
    </select>
  );
}
