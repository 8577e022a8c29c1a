// A workbook as plain data, between the map and a file: sheets of cells (text or numbers), with
// the few things of a spreadsheet a map uses (notes on cells, merged ranges, hidden rows). The
// XLSX and CSV edges (electron/services/sheets/) read and write this; shared/sheet/ turns it into
// a map and back.

export type Cell = string | number | null;

/** A block of merged cells, 0-based and inclusive. */
export interface Range {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Sheet {
  name: string;
  rows: Cell[][];
  /** notes (comments) on cells, by `row:column` (0-based) */
  notes?: Record<string, string>;
  merges?: Range[];
  /** rows hidden in the spreadsheet (0-based) */
  hiddenRows?: number[];
  /** how the writer lays it out: the map grid (frozen titles, wide wrapped cells), a list under a header row, or name–value pairs */
  layout?: 'grid' | 'list' | 'pairs';
  /** cell fills as #rrggbb, by `row:column` (a curve's name cell has its colour) */
  fills?: Record<string, string>;
}

export type Workbook = Sheet[];

/** What a spreadsheet cell holds at most (Excel's limit, in characters). */
export const MAX_CELL_CHARS = 32_767;

/** A1-style name of a 0-based column: 0 → A, 26 → AA. */
export function columnName(column: number): string {
  let name = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** A1-style name of a 0-based cell. */
export const cellName = (row: number, column: number): string => `${columnName(column)}${row + 1}`;

/** The 0-based cell an A1-style name names, or null. */
export function readCellName(text: string): { row: number; column: number } | null {
  const match = /^\s*([A-Za-z]{1,3})(\d{1,7})\s*$/.exec(text);
  if (!match) return null;
  let column = 0;
  for (const letter of (match[1] as string).toUpperCase()) column = column * 26 + (letter.charCodeAt(0) - 64);
  const row = Number(match[2]);
  return row >= 1 ? { row: row - 1, column: column - 1 } : null;
}

/** A cell as text (numbers as a spreadsheet shows them, nothing as ''), trimmed of edge whitespace. */
export const cellText = (cell: Cell | undefined): string => (cell === null || cell === undefined ? '' : typeof cell === 'number' ? String(cell) : cell.trim());

/** A cell as a number: a number, or text that is one ("−1", "2.5", "+2"); else null. */
export function cellNumber(cell: Cell | undefined): number | null {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  const text = cellText(cell).replace(/[−－]/g, '-').replace(/＋/g, '+');
  return /^[+-]?\d+(\.\d+)?$/.test(text) ? Number(text) : null;
}
