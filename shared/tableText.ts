// A range of spreadsheet cells as text, the way Excel, WPS and web sheets put it on the
// clipboard: cells split by tabs, rows by CRLF (or LF), a trailing newline after the last row; a
// cell holding a tab, a line break or a quote is wrapped in quotes, with quotes doubled inside.

/** What a pasted range may hold: past any of these it is refused whole, with a message. */
export const TABLE_LIMITS = { rows: 500, columns: 100, cells: 5000, chars: 1_000_000, cellChars: 100_000 } as const;

export type Grid = string[][];
export type TableRead = { grid: Grid } | { tooLarge: true };

/** Rows padded to one width, so a ragged paste (rows of unequal length) is still a grid. */
export function squareUp(rows: Grid): Grid {
  const width = Math.max(0, ...rows.map((row) => row.length));
  return rows.map((row) => (row.length === width ? row : [...row, ...Array<string>(width - row.length).fill('')]));
}

/** A cell becomes a card, whose text the file bounds (model.ts): a longer one refuses the range. */
export const withinLimits = (grid: Grid): boolean =>
  grid.length <= TABLE_LIMITS.rows &&
  (grid[0]?.length ?? 0) <= TABLE_LIMITS.columns &&
  grid.length * (grid[0]?.length ?? 0) <= TABLE_LIMITS.cells &&
  grid.every((row) => row.every((cell) => cell.length <= TABLE_LIMITS.cellChars));

/**
 * A quoted cell starting at `start`: up to the quote that is not doubled, which must end the
 * cell (a tab, a line break or the end follows). Anything else — a quote that only opens a line
 * of prose, "like this" one — is not quoting: null, and the cell is read as it stands.
 */
function readQuoted(text: string, start: number): { cell: string; end: number } | null {
  let cell = '';
  let i = start + 1;
  for (;;) {
    const close = text.indexOf('"', i);
    if (close < 0) return null;
    cell += text.slice(i, close);
    if (text[close + 1] === '"') {
      cell += '"';
      i = close + 2;
      continue;
    }
    const next = text[close + 1];
    return next === undefined || next === '\t' || next === '\r' || next === '\n' ? { cell, end: close + 1 } : null;
  }
}

/** Tab-separated text as a grid of cells; refused past the limits (checked as it goes, so a huge paste stops early). */
export function parseTsv(text: string): TableRead {
  if (text.length > TABLE_LIMITS.chars) return { tooLarge: true };
  const rows: Grid = [];
  let row: string[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    let cell = '';
    const quoted = text[i] === '"' ? readQuoted(text, i) : null;
    if (quoted) {
      cell = quoted.cell;
      i = quoted.end;
    }
    let end = i;
    while (end < n && text[end] !== '\t' && text[end] !== '\n' && text[end] !== '\r') end++;
    cell += text.slice(i, end);
    row.push(cell);
    if (row.length > TABLE_LIMITS.columns) return { tooLarge: true };
    i = end;
    if (text[i] === '\t') {
      i++;
      if (i === n) row.push('');
      continue;
    }
    // a line break (CRLF, LF or a lone CR) ends the row
    if (text[i] === '\r') i++;
    if (text[i] === '\n') i++;
    rows.push(row);
    row = [];
    if (rows.length > TABLE_LIMITS.rows) return { tooLarge: true };
  }
  if (row.length > 0) rows.push(row);
  const grid = squareUp(rows);
  return withinLimits(grid) ? { grid } : { tooLarge: true };
}

// Excel reads a pasted cell the way it reads a typed one: text starting with = + - @ would become
// a formula, so it gets the leading ' that keeps it text (as in csv.ts).
const tsvCell = (raw: string): string => {
  const text = /^[=+\-@]/.test(raw) ? `'${raw}` : raw;
  return /["\t\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** A grid as the text/plain a spreadsheet pastes cell by cell. */
export const tsvText = (grid: Grid): string => grid.map((row) => row.map(tsvCell).join('\t')).join('\r\n') + '\r\n';

const escapeHtml = (text: string): string =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** A grid as the text/html table Excel and WPS paste cell by cell; a line break stays inside its cell. */
export function tableHtml(grid: Grid): string {
  const cell = (text: string) => `<td>${escapeHtml(text).replace(/\r?\n/g, "<br style='mso-data-placement:same-cell'>")}</td>`;
  return `<meta charset="utf-8"><table>${grid.map((row) => `<tr>${row.map(cell).join('')}</tr>`).join('')}</table>`;
}
