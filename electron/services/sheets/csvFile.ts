// The map sheet as CSV (one sheet is all a CSV file holds), and CSV read back with papaparse
// (quotes, line breaks in cells, the delimiter Excel used for the system's language). Excel
// saves "CSV" in the system's code page (GB18030 on a Chinese Windows) and "CSV UTF-8" with a
// byte order mark: text that is not UTF-8 is read as GB18030.
import Papa from 'papaparse';
import { csvCell, csvText } from '../../../shared/csv.ts';
import { MAX_SHEET_ROWS, SheetError } from '../../../shared/sheet/limits.ts';
import type { Sheet } from '../../../shared/sheet/workbook.ts';

export function sheetCsv(sheet: Sheet): string {
  // numbers (emotion scores) stay numbers; text a spreadsheet would run as a formula gets a leading '
  const rows = sheet.rows.map((cells) => cells.map((cell) => (typeof cell === 'number' ? String(cell) : csvCell(cell ?? ''))));
  return csvText(rows, (field) => field);
}

function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** A CSV file's cells as one sheet; throws SheetError. */
export function readCsv(bytes: Uint8Array, name: string): Sheet {
  if (bytes.includes(0)) throw new SheetError('not-a-sheet', 'it is not a text file (it holds zero bytes)', 'binary');
  const text = decode(bytes);
  const parsed = Papa.parse<string[]>(text, { delimitersToGuess: [',', ';', '\t'], skipEmptyLines: false, preview: MAX_SHEET_ROWS + 1 });
  if (parsed.data.length > MAX_SHEET_ROWS) throw new SheetError('too-large', `it has more than ${MAX_SHEET_ROWS.toLocaleString('en')} rows; a map is read from at most that many`, 'rows', { rows: parsed.data.length, max: MAX_SHEET_ROWS });
  const quoteProblem = parsed.errors.find((error) => error.type === 'Quotes');
  if (quoteProblem) throw new SheetError('not-a-sheet', `row ${(quoteProblem.row ?? 0) + 1} opens a quote that never closes`, 'quotes', { row: (quoteProblem.row ?? 0) + 1 });
  // the ' our CSV puts before text that looks like a formula is not part of the text
  const rows = parsed.data.map((cells) => cells.map((cell) => (/^'[=+\-@]/.test(cell) ? cell.slice(1) : cell)));
  return { name, rows };
}
