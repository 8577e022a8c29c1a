// Fitting a table into the height a slide has for it. A table cell in PowerPoint never shrinks
// its text (only text boxes autofit), and a row grows with its text until the table runs off the
// slide: so the font size is chosen here, from estimated widths (shared/text.ts, the same estimate
// the map layout wraps cards with), and at the smallest size the cells are cut to as many lines
// as fit, ending in "…".
import { textWidth, wrapText } from '../../../shared/text.ts';

/** A cell: its paragraphs (one card each, or a title and a channel). */
export type FitCell = string[];

export interface FitOptions {
  /** width of each column, inches */
  widths: number[];
  /** the height the table may take, inches */
  height: number;
  /** font sizes to try, largest first, points */
  sizes: number[];
  /** cell margins, inches: left + right, top + bottom */
  marginX: number;
  marginY: number;
  /** line spacing in em (the font's single spacing) */
  lineHeight: number;
  /** the first rows (a header) are never cut */
  keepRows?: number;
}

export interface FitResult {
  fontSize: number;
  /** inches, one per row */
  rowHeights: number[];
  /** the cells as drawn: the input, or cut to fit at the smallest size */
  rows: FitCell[][];
}

const linesOf = (cell: FitCell, width: number, size: number): string[] => cell.flatMap((paragraph) => wrapText(paragraph, Math.max(1, width * 72), size));

/** The wrapped lines of a cell, the last ending in "…" when any were cut. */
function cutLines(lines: string[], width: number, size: number, max: number): FitCell {
  const kept = lines.slice(0, max);
  const chars = [...(kept.at(-1) ?? '')];
  while (chars.length > 0 && textWidth(`${chars.join('')}…`, size) > width * 72) chars.pop();
  kept[kept.length - 1] = `${chars.join('').trimEnd()}…`;
  return kept;
}

export function fitTable(rows: FitCell[][], options: FitOptions): FitResult {
  const sizes = options.sizes.length > 0 ? options.sizes : [10];
  // Measured 8 % narrower than the cell: bold runs, and Latin letters in a CJK font, are wider
  // than the estimate, and a line that wraps once more in PowerPoint pushes the table off the slide.
  const width = (i: number) => ((options.widths[i] ?? 1) - options.marginX) * 0.92;
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  // Each cell is wrapped once per size tried: wrapping is what this costs (a 60-scene map, 10 lanes: ~14 tables).
  const wrapped = (size: number) => rows.map((row) => row.map((cell, i) => linesOf(cell, width(i), size)));
  const heightOf = (lines: number, size: number) => (Math.max(1, lines) * options.lineHeight * size) / 72 + options.marginY;
  const tries = new Map<number, { lines: string[][][]; rowHeights: number[] }>();
  const attempt = (size: number) => {
    let found = tries.get(size);
    if (!found) {
      const lines = wrapped(size);
      found = { lines, rowHeights: lines.map((row) => heightOf(Math.max(0, ...row.map((cell) => cell.length)), size)) };
      tries.set(size, found);
    }
    return found;
  };
  // A smaller size never makes a table taller, so the largest size that fits is found by bisection.
  let lo = 0;
  let hi = sizes.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sum(attempt(sizes[mid] as number).rowHeights) <= options.height) {
      best = mid;
      hi = mid - 1;
    } else lo = mid + 1;
  }
  if (best >= 0) {
    const size = sizes[best] as number;
    return { fontSize: size, rowHeights: attempt(size).rowHeights, rows };
  }
  // Still too tall at the smallest size: every cell is cut to the same number of lines, as many as fit.
  const size = sizes.at(-1) as number;
  const { lines } = attempt(size);
  const keep = options.keepRows ?? 0;
  const longest = lines.map((row) => Math.max(0, ...row.map((cell) => cell.length)));
  const capped = (max: number) => longest.map((n, r) => heightOf(r < keep ? n : Math.min(n, max), size));
  let max = Math.max(1, ...longest) - 1;
  while (max > 1 && sum(capped(max)) > options.height) max--;
  max = Math.max(1, max);
  return {
    fontSize: size,
    rowHeights: capped(max),
    rows: lines.map((row, r) => row.map((cell, i) => (r >= keep && cell.length > max ? cutLines(cell, width(i), size, max) : (rows[r]?.[i] ?? [])))),
  };
}
