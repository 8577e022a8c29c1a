// The Metrics panel's CSV: the table made here in the map's words (shared/metricsTable.ts), a
// file chosen as for any export, written by the Node side (table:save).
import { METRIC_TYPES } from '../../shared/laneKinds.ts';
import { CSV_COLUMNS, metricRows, metricsCsv, type CsvWords } from '../../shared/metricsTable.ts';
import { i18next } from '../i18n.ts';
import { call } from '../platform/platform.ts';
import { editor } from '../state/editor.ts';
import { message } from '../state/message.ts';
import { session } from '../state/session.ts';
import { chooseFile, showError, suggestedName } from './documentActions.ts';

export function csvWords(): CsvWords {
  const t = (key: string) => i18next.t(key);
  return {
    columns: Object.fromEntries(CSV_COLUMNS.map((c) => [c, t(`metrics.columns.${c}`)])) as CsvWords['columns'],
    type: { ...(Object.fromEntries(METRIC_TYPES.map((type) => [type, t(`metrics.types.${type}`)])) as Record<(typeof METRIC_TYPES)[number], string>), nps: t('metrics.nps') },
    direction: { higher: t('metrics.directions.higher'), lower: t('metrics.directions.lower') },
    status: { met: t('metrics.status.met'), near: t('metrics.status.near'), missed: t('metrics.status.missed') },
  };
}

/** Asks where, then writes every metric of the map as CSV; says where it went. */
export async function exportMetricsCsv(): Promise<void> {
  try {
    const name = suggestedName('csv').replace(/\.csv$/, ` - ${i18next.t('metrics.title')}.csv`);
    const path = await chooseFile('save', name, 'csv');
    if (!path) return;
    const saved = await call('table:save', { path, csv: metricsCsv(metricRows(editor.doc), csvWords()) });
    session.set({ notice: { kind: 'info', message: message('metrics.exported', { file: saved.path.split(/[\\/]/).pop() ?? saved.path }) } });
  } catch (error) {
    showError(error);
  }
}
