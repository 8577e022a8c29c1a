// The find bar's state: open or not, what is searched, which result is current. Results are
// computed from the document, so they follow every edit and undo.
import { create } from 'zustand';

interface FindState {
  open: boolean;
  query: string;
  /** index into the current results; -1 before the first jump */
  current: number;
  /** targetKey of every result, for marking them on the map */
  matches: ReadonlySet<string>;
  currentKey: string | null;
}

export const useFind = create<FindState>(() => ({ open: false, query: '', current: -1, matches: new Set(), currentKey: null }));

/** 'current', 'match' or '' for something on the map (a card, a header), by its targetKey. */
export const useFindMark = (key: string): '' | 'match' | 'current' =>
  useFind((s) => (s.currentKey === key ? 'current' : s.matches.has(key) ? 'match' : ''));
