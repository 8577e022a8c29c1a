// Default names for new stages, scenes and lanes that no other one in the map already has.

/** "Scene 4": numbered from `from` up, skipping names already taken, so no two read alike. */
export function freshTitle(taken: Iterable<string>, from: number, title: (n: number) => string): string {
  const used = new Set(taken);
  let n = from;
  while (used.has(title(n))) n += 1;
  return title(n);
}
