// CSV for spreadsheets (RFC 4180): a field with a comma, quote, line break or edge spaces is
// quoted with quotes doubled, lines end in CRLF, and a UTF-8 byte order mark comes first so that
// Excel reads Chinese right. A field a spreadsheet would take for a formula (= + - @, tab, CR)
// gets a leading ' — unless the column holds numbers and the field is a plain number (-3.5).

export const CSV_BOM = '\uFEFF';

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

export function csvCell(raw: string, { numbers = false }: { numbers?: boolean } = {}): string {
  const text = /^[=+\-@\t\r]/.test(raw) && !(numbers && PLAIN_NUMBER.test(raw)) ? `'${raw}` : raw;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows of fields as a CSV file's text; `cell` writes one field. */
export const csvText = (rows: readonly (readonly string[])[], cell: (field: string) => string = (field) => csvCell(field)): string =>
  `${CSV_BOM}${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
