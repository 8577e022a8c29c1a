// Edits of a short ordered list (a service action's steps, its roles) as new arrays: the
// inspector writes the whole list back with one setCardFields, so each edit is one undo step.

/** The list with the item at `from` moved to `to` (both clamped into the list). */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const out = [...list];
  if (from < 0 || from >= out.length) return out;
  const [item] = out.splice(from, 1);
  out.splice(Math.max(0, Math.min(to, out.length)), 0, item as T);
  return out;
}

/** The list with `item` inserted at `at` (clamped; past the end appends). */
export const insertItem = <T>(list: readonly T[], at: number, item: T): T[] => {
  const out = [...list];
  out.splice(Math.max(0, Math.min(at, out.length)), 0, item);
  return out;
};

export const removeItem = <T>(list: readonly T[], at: number): T[] => list.filter((_, i) => i !== at);

export const replaceItem = <T>(list: readonly T[], at: number, item: T): T[] => list.map((old, i) => (i === at ? item : old));

/** A name added to a list of names: trimmed, once (the same name in another case is the same). */
export function addName(names: readonly string[], name: string): string[] {
  const clean = name.trim();
  if (!clean || names.some((n) => n.toLocaleLowerCase() === clean.toLocaleLowerCase())) return [...names];
  return [...names, clean];
}

/**
 * The first index where two lists differ, or -1 when they are equal: after an undo or redo the
 * editor puts the focus on the step that changed.
 */
export function firstDifference<T>(a: readonly T[], b: readonly T[]): number {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) if (i >= a.length || i >= b.length || a[i] !== b[i]) return i;
  return -1;
}

/**
 * Where an item dragged to `y` lands, given the vertical middles of the list's rows (in order,
 * the dragged one included): before the first row whose middle it has not passed.
 */
export function dropIndex(middles: readonly number[], from: number, y: number): number {
  let at = 0;
  for (let i = 0; i < middles.length; i++) if (i !== from && y > (middles[i] as number)) at++;
  return at;
}
