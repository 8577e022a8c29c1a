// Small helpers over records and maps that stay linear on large (or hostile) maps.
import { isDraft } from 'immer';

/** Adds `value` to the list under `key` (in place: building a list by copying it each time is quadratic). */
export function appendTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * The record of a collection with this id, if the collection itself holds one: ids such as
 * 'constructor' or 'toString' are valid ids, and must not find what every object inherits.
 */
export const own = <T>(records: Record<string, T>, id: string | undefined): T | undefined => (id !== undefined && Object.hasOwn(records, id) ? records[id] : undefined);

/** The largest of many numbers (Math.max(...list) runs out of stack for very long lists). */
export const largest = (values: readonly number[]): number => values.reduce((a, b) => (b > a ? b : a), -Infinity);

/**
 * `compute`, worked out once per version of an (immutable) object such as a document: the canvas
 * asks card by card. A draft being edited is computed afresh every time.
 */
export function perVersion<K extends object, T>(compute: (key: K) => T): (key: K) => T {
  const cache = new WeakMap<K, T>();
  return (key) => {
    if (isDraft(key)) return compute(key);
    if (!cache.has(key)) cache.set(key, compute(key));
    return cache.get(key) as T;
  };
}
