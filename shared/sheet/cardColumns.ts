// The columns of the card details sheet: what a card keeps beyond its text (colour, tags and the
// fields of its lane's kind), one column per field, each written as a person would type it
// (labels in the map's language, lists one item per line) and read back in either language.
// The relations (addresses, delivers) are columns too; fromMap/toMap resolve them.
import { fieldsAllowed, OPPORTUNITY_CRITERIA, type LaneKind, type OpportunityCriterion } from '../laneKinds.ts';
import type { Card, Locale } from '../model.ts';
import { cellNumber, cellText, type Cell } from './workbook.ts';
import { COLOUR_WORDS, DIRECTION_WORDS, DISPLAY_WORDS, LOOP_WORDS, METRIC_TYPE_WORDS, YES_WORDS, type ColumnKey } from './words.ts';

type Fields = Partial<Card>;

export interface CardColumn {
  key: ColumnKey;
  /** the card fields it writes (a column is offered for a lane kind that keeps them) */
  field: keyof Card | 'relations';
  get(card: Card, locale: Locale): Cell;
  /** puts the cell's value on the card; returns what could not be read, or null */
  set(card: Fields, cell: Cell): string | null;
}

const lines = (cell: Cell): string[] =>
  cellText(cell)
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
const text = (value: string | undefined): Cell => (value ? value : null);

function enumColumn<T extends string>(key: ColumnKey, field: keyof Card, words: { label(v: T, l: Locale): string; read(t: string): T | undefined }, get: (card: Card) => T | undefined, set: (card: Fields, value: T) => void): CardColumn {
  return {
    key,
    field,
    get: (card, locale) => {
      const value = get(card);
      return value === undefined ? null : words.label(value, locale);
    },
    set: (card, cell) => {
      const value = words.read(cellText(cell));
      if (value === undefined) return `“${cellText(cell)}” is not one of the values this column takes`;
      set(card, value);
      return null;
    },
  };
}

const loop = (card: Fields) => (card.loop ??= { status: 'found', owner: '', plan: '', check: '', history: [] });
const measure = (card: Fields) => (card.measure ??= {});
const training = (card: Fields) => (measure(card).training ??= { plan: '', frequency: '', owner: '' });
const inspection = (card: Fields) => (measure(card).inspection ??= { who: '', frequency: '', how: '' });
const metric = (card: Fields) =>
  (card.metric ??= { type: 'outcome', definition: '', unit: '', department: '', source: '', period: '', direction: 'higher', display: 'number', values: [] });

function textColumn(key: ColumnKey, field: keyof Card, get: (card: Card) => string | undefined, set: (card: Fields, value: string) => void): CardColumn {
  return { key, field, get: (card) => text(get(card)), set: (card, cell) => (set(card, cellText(cell)), null) };
}

function criterionColumns(criterion: OpportunityCriterion): CardColumn[] {
  const score = (card: Fields) => card.scores?.[criterion];
  const put = (card: Fields, change: { value?: number; reason?: string }) => {
    const scores = (card.scores ??= {});
    scores[criterion] = { value: change.value ?? scores[criterion]?.value ?? 3, reason: change.reason ?? scores[criterion]?.reason ?? '' };
  };
  return [
    {
      key: criterion,
      field: 'scores',
      get: (card) => score(card)?.value ?? null,
      set: (card, cell) => {
        const value = cellNumber(cell);
        if (value === null || !Number.isInteger(value) || value < 1 || value > 5) return `a score is a whole number from 1 to 5, not “${cellText(cell)}”`;
        put(card, { value });
        return null;
      },
    },
    {
      key: `${criterion}Reason` as ColumnKey,
      field: 'scores',
      get: (card) => text(score(card)?.reason),
      // a reason without a score is kept only once the score column gave one
      set: (card, cell) => (card.scores?.[criterion] ? (put(card, { reason: cellText(cell) }), null) : `a reason needs a ${criterion} score beside it`),
    },
  ];
}

/** A metric's values, one period per line: `2026-01: 42`, or for NPS `2026-01: 60 / 30 / 10` (promoters, passives, detractors). */
const valueLine = (v: NonNullable<Card['metric']>['values'][number]): string =>
  v.promoters !== undefined || v.passives !== undefined || v.detractors !== undefined ? `${v.period}: ${v.promoters ?? 0} / ${v.passives ?? 0} / ${v.detractors ?? 0}` : `${v.period}: ${v.value ?? ''}`;

function readValueLine(line: string): NonNullable<Card['metric']>['values'][number] | null {
  const nps = /^(.*?)[:：]\s*(\d+)\s*\/\s*(\d+)\s*\/\s*(\d+)$/.exec(line);
  if (nps) return { period: (nps[1] as string).trim().slice(0, 40), promoters: Number(nps[2]), passives: Number(nps[3]), detractors: Number(nps[4]) };
  const plain = /^(.*?)[:：]\s*(-?\d+(?:\.\d+)?)?$/.exec(line);
  if (!plain) return null;
  return { period: (plain[1] as string).trim().slice(0, 40), ...(plain[2] !== undefined && { value: Number(plain[2]) }) };
}

export const CARD_COLUMNS: readonly CardColumn[] = [
  enumColumn('colour', 'colour', COLOUR_WORDS, (c) => c.colour, (c, v) => (c.colour = v)),
  { key: 'tags', field: 'tags', get: (c) => text(c.tags?.join('\n')), set: (c, cell) => ((c.tags = lines(cell).map((t) => t.slice(0, 100)).slice(0, 100)), null) },
  textColumn('channel', 'channel', (c) => c.channel, (c, v) => (c.channel = v.slice(0, 200))),
  textColumn('role', 'role', (c) => c.role, (c, v) => (c.role = v.slice(0, 200))),
  {
    key: 'severity',
    field: 'severity',
    get: (c) => c.severity ?? null,
    set: (c, cell) => {
      const value = cellNumber(cell);
      if (value !== 1 && value !== 2 && value !== 3) return `severity is 1, 2 or 3, not “${cellText(cell)}”`;
      c.severity = value;
      return null;
    },
  },
  enumColumn('loopStatus', 'loop', LOOP_WORDS, (c) => c.loop?.status, (c, v) => (loop(c).status = v)),
  textColumn('loopOwner', 'loop', (c) => c.loop?.owner, (c, v) => (loop(c).owner = v.slice(0, 200))),
  {
    key: 'due',
    field: 'loop',
    get: (c) => c.loop?.due ?? null,
    set: (c, cell) => {
      const value = cellText(cell);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return `a due date is written YYYY-MM-DD, not “${value}”`;
      loop(c).due = value;
      return null;
    },
  },
  textColumn('plan', 'loop', (c) => c.loop?.plan, (c, v) => (loop(c).plan = v.slice(0, 5000))),
  textColumn('check', 'loop', (c) => c.loop?.check, (c, v) => (loop(c).check = v.slice(0, 5000))),
  {
    key: 'loopHistory',
    field: 'loop',
    get: (c, locale) => text(c.loop?.history.map((change) => [change.at, LOOP_WORDS.label(change.status, locale), change.by].join(' · ')).join('\n')),
    set: (c, cell) => {
      const changes = lines(cell).map((line) => {
        const [at = '', status = '', ...by] = line.split(' · ');
        const read = LOOP_WORDS.read(status);
        return read ? { status: read, at: at.slice(0, 40), by: by.join(' · ').slice(0, 200) } : null;
      });
      loop(c).history = changes.filter((change) => change !== null).slice(0, 1000);
      const unread = changes.length - loop(c).history.length;
      return unread > 0 ? `${unread} of the status changes is not “when · status · by whom”` : null;
    },
  },
  ...OPPORTUNITY_CRITERIA.flatMap(criterionColumns),
  { key: 'addresses', field: 'relations', get: () => null, set: () => null },
  { key: 'roles', field: 'roles', get: (c) => text(c.roles?.join('\n')), set: (c, cell) => ((c.roles = lines(cell).map((r) => r.slice(0, 200)).slice(0, 50)), null) },
  { key: 'steps', field: 'steps', get: (c) => text(c.steps?.join('\n')), set: (c, cell) => ((c.steps = lines(cell).map((s) => s.slice(0, 2000)).slice(0, 200)), null) },
  textColumn('series', 'series', (c) => c.series, (c, v) => (c.series = v.slice(0, 200))),
  { key: 'delivers', field: 'relations', get: () => null, set: () => null },
  textColumn('trainingPlan', 'measure', (c) => c.measure?.training?.plan, (c, v) => (training(c).plan = v.slice(0, 2000))),
  textColumn('trainingFrequency', 'measure', (c) => c.measure?.training?.frequency, (c, v) => (training(c).frequency = v.slice(0, 200))),
  textColumn('trainingOwner', 'measure', (c) => c.measure?.training?.owner, (c, v) => (training(c).owner = v.slice(0, 200))),
  textColumn('inspectionWho', 'measure', (c) => c.measure?.inspection?.who, (c, v) => (inspection(c).who = v.slice(0, 200))),
  textColumn('inspectionFrequency', 'measure', (c) => c.measure?.inspection?.frequency, (c, v) => (inspection(c).frequency = v.slice(0, 200))),
  textColumn('inspectionHow', 'measure', (c) => c.measure?.inspection?.how, (c, v) => (inspection(c).how = v.slice(0, 2000))),
  enumColumn('metricType', 'metric', METRIC_TYPE_WORDS, (c) => c.metric?.type, (c, v) => (metric(c).type = v)),
  textColumn('definition', 'metric', (c) => c.metric?.definition, (c, v) => (metric(c).definition = v.slice(0, 2000))),
  textColumn('unit', 'metric', (c) => c.metric?.unit, (c, v) => (metric(c).unit = v.slice(0, 40))),
  textColumn('department', 'metric', (c) => c.metric?.department, (c, v) => (metric(c).department = v.slice(0, 200))),
  textColumn('source', 'metric', (c) => c.metric?.source, (c, v) => (metric(c).source = v.slice(0, 500))),
  textColumn('period', 'metric', (c) => c.metric?.period, (c, v) => (metric(c).period = v.slice(0, 100))),
  {
    key: 'target',
    field: 'metric',
    get: (c) => c.metric?.target ?? null,
    set: (c, cell) => {
      const value = cellNumber(cell);
      if (value === null || Math.abs(value) > 1e12) return `a target is a number, not “${cellText(cell)}”`;
      metric(c).target = value;
      return null;
    },
  },
  enumColumn('direction', 'metric', DIRECTION_WORDS, (c) => c.metric?.direction, (c, v) => (metric(c).direction = v)),
  enumColumn('display', 'metric', DISPLAY_WORDS, (c) => c.metric?.display, (c, v) => (metric(c).display = v)),
  enumColumn('nps', 'metric', YES_WORDS, (c) => (c.metric?.nps ? 'yes' : undefined), (c) => (metric(c).nps = true)),
  {
    key: 'values',
    field: 'metric',
    get: (c) => text(c.metric?.values.map(valueLine).join('\n')),
    set: (c, cell) => {
      const values = lines(cell).map(readValueLine);
      const unread = values.filter((v) => v === null).length;
      metric(c).values = values.filter((v) => v !== null).slice(0, 500);
      return unread > 0 ? `${unread} of the values is not “period: value”` : null;
    },
  },
];

/** The columns a card of this lane kind may fill (the relation columns only for the kind a relation starts from). */
export function columnsFor(kind: LaneKind): CardColumn[] {
  const fields = new Set<string>(fieldsAllowed(kind));
  return CARD_COLUMNS.filter((column) =>
    column.field === 'relations' ? (column.key === 'addresses' ? kind === 'opportunities' : kind === 'service-actions') : fields.has(column.field),
  );
}
