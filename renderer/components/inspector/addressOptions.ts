// What the "Tie to…" picker of an opportunity offers, kept cheap on large maps (5,000 cards and
// more): the map's targets are worked out once per document, the text each one is searched by
// once per document and language, and a keystroke filters that list in one pass and shows only
// its first matches.
import type { JourneyDoc } from '../../../shared/model.ts';
import { addressTargets, type AddressTarget } from '../../../shared/relations.ts';

/** How many matches the picker lists at most; the rest are counted ("n more — type to narrow"). */
export const PICKER_SHOWN = 200;

const targets = new WeakMap<JourneyDoc, AddressTarget[]>();

/** addressTargets(doc), once per document state (a change makes a new document, never edits one). */
export function addressTargetsOf(doc: JourneyDoc): AddressTarget[] {
  let list = targets.get(doc);
  if (!list) {
    list = addressTargets(doc);
    targets.set(doc, list);
  }
  return list;
}

/** Where each target is in the picker's order (by kind, then reading order): the chips sort by it. */
const orders = new WeakMap<JourneyDoc, Map<string, number>>();
export function addressOrderOf(doc: JourneyDoc): Map<string, number> {
  let order = orders.get(doc);
  if (!order) {
    order = new Map(addressTargetsOf(doc).map((target, i) => [target.id, i]));
    orders.set(doc, order);
  }
  return order;
}

export interface PickerEntry {
  target: AddressTarget;
  /** what a query is matched against, lower case */
  haystack: string;
}

export interface PickerMatches<E extends PickerEntry> {
  /** the first matches, in the entries' order (so grouped by kind) */
  shown: E[];
  /** how many matched in all */
  total: number;
}

/**
 * The entries not yet tied whose text holds every word of the query, in their order: at most
 * `cap` of them, and how many there are in all.
 */
export function matchEntries<E extends PickerEntry>(entries: readonly E[], tied: ReadonlySet<string>, query: string, cap = PICKER_SHOWN): PickerMatches<E> {
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const shown: E[] = [];
  let total = 0;
  for (const entry of entries) {
    if (tied.has(entry.target.id) || !words.every((w) => entry.haystack.includes(w))) continue;
    total++;
    if (shown.length < cap) shown.push(entry);
  }
  return { shown, total };
}

/** The shown entries cut into runs of one kind, each with the index of its first entry (for the option ids). */
export function groupByKind<E extends PickerEntry>(shown: readonly E[]): { kind: AddressTarget['kind']; start: number; entries: E[] }[] {
  const groups: { kind: AddressTarget['kind']; start: number; entries: E[] }[] = [];
  shown.forEach((entry, i) => {
    const last = groups.at(-1);
    if (last && last.kind === entry.target.kind) last.entries.push(entry);
    else groups.push({ kind: entry.target.kind, start: i, entries: [entry] });
  });
  return groups;
}
