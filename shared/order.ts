// Order by fractional-index keys: moving one record rewrites one key, not a whole array.
import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';

interface Ordered {
  id: string;
  order: string;
}

export function compareOrdered(a: Ordered, b: Ordered): number {
  if (a.order !== b.order) return a.order < b.order ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function sortOrdered<T extends Ordered>(records: Iterable<T>): T[] {
  return [...records].sort(compareOrdered);
}

/**
 * The key that puts a record at `index` among `siblings` (sorted, not containing the record).
 * Keys that collide (a hand-edited or damaged file) are renumbered first, in place.
 */
export function keyAt(siblings: Ordered[], index: number): string {
  const at = Math.max(0, Math.min(index, siblings.length));
  const before = siblings[at - 1]?.order ?? null;
  const after = siblings[at]?.order ?? null;
  if (before !== null && after !== null && before >= after) {
    const fresh = generateNKeysBetween(null, null, siblings.length);
    siblings.forEach((sibling, i) => {
      sibling.order = fresh[i] as string;
    });
    return keyAt(siblings, index);
  }
  return generateKeyBetween(before, after);
}

/** True for a key fractional-indexing can place records around (damaged files may hold others). */
export function isUsableKey(key: string): boolean {
  try {
    generateKeyBetween(key, null);
    return true;
  } catch {
    return false;
  }
}

/** `count` ascending keys for new records appended after nothing (templates, generators). */
export function firstKeys(count: number): string[] {
  return generateNKeysBetween(null, null, count);
}
