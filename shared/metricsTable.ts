// The map's metrics as a table: one row per metric card (name = the card's text), for the
// Metrics panel and its CSV export. The CSV opens in Excel with Chinese intact (UTF-8 with a
// BOM), quotes as RFC 4180 says, and cannot smuggle a formula in (a text cell starting with
// = + - @, a tab or a carriage return gets a leading ').
import type { Metric } from './laneKinds.ts';
import type { JourneyDoc } from './model.ts';
import { metricStatus, series, type MetricStatus } from './metrics.ts';
import { formatMetricValue } from './metricText.ts';
import { cardsOfKind } from './readingOrder.ts';
import { csvCell as sharedCsvCell, csvText } from './csv.ts';

export interface MetricRow {
  cardId: string;
  name: string;
  nps: boolean;
  type: Metric['type'];
  definition: string;
  unit: string;
  department: string;
  source: string;
  period: string;
  target: number | null;
  direction: Metric['direction'];
  latest: number | null;
  latestPeriod: string | null;
  status: MetricStatus | null;
  /** stage and scene titles of its cell */
  stage: string;
  scene: string;
}

/** Every metric card of the map that defines a metric, in reading order. */
export function metricRows(doc: JourneyDoc): MetricRow[] {
  return cardsOfKind(doc, 'metrics').flatMap((card) => {
    const metric = card.metric;
    if (!metric) return [];
    const latest = series(metric).at(-1) ?? null;
    const scene = doc.scenes[card.sceneId];
    return [
      {
        cardId: card.id,
        name: card.text.trim(),
        nps: Boolean(metric.nps),
        type: metric.type,
        definition: metric.definition,
        unit: metric.unit,
        department: metric.department,
        source: metric.source,
        period: metric.period,
        target: metric.target ?? null,
        direction: metric.direction,
        latest: latest?.value ?? null,
        latestPeriod: latest?.period ?? null,
        status: metricStatus(metric, latest?.value ?? null),
        stage: doc.stages[scene?.stageId ?? '']?.title ?? '',
        scene: scene?.title ?? '',
      },
    ];
  });
}

export const CSV_COLUMNS = ['name', 'type', 'definition', 'unit', 'department', 'source', 'period', 'target', 'direction', 'latestPeriod', 'latest', 'status', 'stage', 'scene'] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

export interface CsvWords {
  /** the heading of each column */
  columns: Record<CsvColumn, string>;
  type: Record<Metric['type'] | 'nps', string>;
  direction: Record<Metric['direction'], string>;
  status: Record<MetricStatus, string>;
}

/** One cell, safe from formulas and quoted when it must be. A plain number (-3.5) stays a number. */
export const csvCell = (raw: string): string => sharedCsvCell(raw, { numbers: true });

/** The table as CSV: a BOM, a heading row, one row per metric, CRLF between rows. */
export function metricsCsv(rows: readonly MetricRow[], words: CsvWords): string {
  const value = (row: MetricRow, column: CsvColumn): string => {
    switch (column) {
      case 'type':
        return row.nps ? `${words.type[row.type]} (${words.type.nps})` : words.type[row.type];
      case 'direction':
        return words.direction[row.direction];
      case 'status':
        return row.status ? words.status[row.status] : '';
      case 'target':
      case 'latest':
        return row[column] === null ? '' : formatMetricValue(row[column]);
      case 'latestPeriod':
        return row.latestPeriod ?? '';
      default:
        return row[column];
    }
  };
  const lines = [CSV_COLUMNS.map((c) => words.columns[c]), ...rows.map((row) => CSV_COLUMNS.map((c) => value(row, c)))];
  return csvText(lines, csvCell);
}
