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
}

export interface FitResult {
  fontSize: number;
  /** inches, one per row */
  rowHeights: number[];
  /** the cells as drawn: the input, or cut to fit at the smallest size */
  rows: FitCell[][];
}

const linesOf = (cell: FitCell, width: number, size: number): string[] => cell.flatMap((paragraph) => wrapText(paragraph, Math.max(1, width * 72), size));

function rowHeight(row: FitCell[], options: FitOptions, size: number): number {
  const lines = Math.max(1, ...row.map((cell, i) => linesOf(cell, (options.widths[i] ?? 1) - options.marginX, size).length));
  return (lines * options.lineHeight * size) / 72 + options.marginY;
}

/** The first `max` wrapped lines of a cell, the last ending in "…" when something was cut. */
function cutCell(cell: FitCell, width: number, size: number, max: number): FitCell {
  const lines = linesOf(cell, width, size);
  if (lines.length <= max) return cell;
  const kept = lines.slice(0, max);
  const chars = [...(kept.at(-1) ?? '')];
  while (chars.length > 0 && textWidth(`${chars.join('')}…`, size) > width * 72) chars.pop();
  kept[kept.length - 1] = `${chars.join('').trimEnd()}…`;
  return kept;
}

export function fitTable(rows: FitCell[][], options: FitOptions): FitResult {
  const sizes = options.sizes.length > 0 ? options.sizes : [10];
  for (const size of sizes) {
    const rowHeights = rows.map((row) => rowHeight(row, options, size));
    if (rowHeights.reduce((a, b) => a + b, 0) <= options.height) return { fontSize: size, rowHeights, rows };
  }
  // Still too tall at the smallest size: every cell is cut to the same number of lines, as many as fit.
  const size = sizes.at(-1) as number;
  const width = (i: number) => (options.widths[i] ?? 1) - options.marginX;
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  let max = Math.max(1, ...rows.flatMap((row) => row.map((cell, i) => linesOf(cell, width(i), size).length)));
  let cut = rows;
  let rowHeights: number[];
  do {
    max = Math.max(1, max - 1);
    cut = rows.map((row) => row.map((cell, i) => cutCell(cell, width(i), size, max)));
    rowHeights = cut.map((row) => rowHeight(row, options, size));
  } while (max > 1 && sum(rowHeights) > options.height);
  return { fontSize: size, rowHeights, rows: cut };
}
