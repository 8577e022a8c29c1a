// The words a spreadsheet of a map is written with, in the map's language, and the reading of
// them back in either language (a sheet made in WPS in Chinese opens in an English app).
import en from '../locales/en.json' with { type: 'json' };
import zhCN from '../locales/zh-CN.json' with { type: 'json' };
import { CARD_COLOURS, LANE_KINDS, SCENE_CHANNELS, type Locale } from '../model.ts';
import { LOOP_STATUSES, METRIC_DISPLAYS, METRIC_TYPES } from '../laneKinds.ts';

type Table = typeof en;
const TABLES: Record<Locale, Table> = { en, 'zh-CN': zhCN as Table };
const LOCALES = Object.keys(TABLES) as Locale[];

export type SheetWords = Table['sheet'];
export type ColumnKey = keyof SheetWords['columns'];
export type InfoKey = keyof SheetWords['info'];

export const sheetWords = (locale: Locale): SheetWords => TABLES[locale].sheet;

/** Compared as people type them: case, spaces and full-width punctuation aside. */
export const wordKey = (text: string): string =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\-–—·:：()（）]+/g, '');

/** Each value of an enumeration with its label in both languages (and its own name), for labels and reading. */
export interface Vocabulary<T extends string> {
  label(value: T, locale: Locale): string;
  /** the value a cell names, or undefined */
  read(text: string): T | undefined;
}

function vocabulary<T extends string>(values: readonly T[], label: (table: Table, value: T) => string): Vocabulary<T> {
  const known = new Map<string, T>();
  for (const value of values) {
    known.set(wordKey(value), value);
    for (const locale of LOCALES) known.set(wordKey(label(TABLES[locale], value)), value);
  }
  return {
    label: (value, locale) => label(TABLES[locale], value),
    read: (text) => known.get(wordKey(text)),
  };
}

export const LANE_KIND_WORDS = vocabulary(LANE_KINDS, (t, kind) => t.laneKind[kind]);
export const CHANNEL_WORDS = vocabulary(SCENE_CHANNELS, (t, channel) => t.channel[channel]);
export const COLOUR_WORDS = vocabulary(CARD_COLOURS, (t, colour) => t.colours[colour]);
export const LOOP_WORDS = vocabulary(LOOP_STATUSES, (t, status) => t.loop.status[status]);
export const METRIC_TYPE_WORDS = vocabulary(METRIC_TYPES, (t, type) => t.metrics.types[type]);
export const DIRECTION_WORDS = vocabulary(['higher', 'lower'] as const, (t, direction) => t.metrics.directions[direction]);
export const DISPLAY_WORDS = vocabulary(METRIC_DISPLAYS, (t, display) => t.metrics.displays[display]);
export const YES_WORDS = vocabulary(['yes'] as const, (t) => t.sheet.yes);

/** A word of the sheet's own (a row label, a sheet name, a column header) in either language. */
export function readLabel<K extends string>(text: string, labels: (words: SheetWords) => Record<K, string>): K | undefined {
  const key = wordKey(text);
  if (!key) return undefined;
  for (const locale of LOCALES) {
    const table = labels(TABLES[locale].sheet);
    for (const [name, label] of Object.entries(table) as [K, string][]) if (wordKey(label) === key || wordKey(name) === key) return name;
  }
  return undefined;
}

const PLACES = { stage: (w: SheetWords) => w.stage, scene: (w: SheetWords) => w.scene, channel: (w: SheetWords) => w.channel, curve: (w: SheetWords) => w.curve };
/** Is this the label of the stage row, the scene row, the channel row or a curve row? */
export function readRowLabel(text: string): keyof typeof PLACES | undefined {
  const key = wordKey(text);
  if (!key) return undefined;
  for (const locale of LOCALES) {
    for (const [name, word] of Object.entries(PLACES) as [keyof typeof PLACES, (w: SheetWords) => string][]) if (wordKey(word(TABLES[locale].sheet)) === key) return name;
  }
  return undefined;
}

/** Which sheet of ours a sheet's name says it is. */
export function readSheetName(name: string): 'map' | 'info' | 'details' | undefined {
  const key = wordKey(name);
  for (const locale of LOCALES) {
    const w = TABLES[locale].sheet;
    if (wordKey(w.mapSheet) === key) return 'map';
    if (wordKey(w.infoSheet) === key) return 'info';
    if (wordKey(w.detailsSheet) === key) return 'details';
  }
  return undefined;
}
