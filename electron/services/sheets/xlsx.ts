// Workbooks as .xlsx files, with exceljs (read and write, notes, merges, fills and frozen panes;
// maintained, no native code). Reading: the zip is checked first (zipCheck.ts), then each cell
// becomes text or a number: a formula gives the value Excel last computed, a date its
// YYYY-MM-DD, rich text its characters. What cannot be read as written is said in `problems`.
import ExcelJS from 'exceljs';
import { cellName, type Cell, type Range, type Sheet, type Workbook } from '../../../shared/sheet/workbook.ts';
import { MAX_SHEET_ROWS, SheetError } from '../../../shared/sheet/limits.ts';
import { checkXlsxZip } from './zipCheck.ts';

const argb = (hex: string) => `FF${hex.slice(1).toUpperCase()}`;
const hexOf = (value: string | undefined) => (value && /^[0-9A-Fa-f]{8}$/.test(value) ? `#${value.slice(2).toLowerCase()}` : undefined);

const GRID_HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEF2F7' } };

/** The workbook as .xlsx bytes: the map grid with its titles frozen, lists with a filter on their header row. */
export async function writeXlsx(workbook: Workbook): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Journey Mapper';
  for (const sheet of workbook) {
    const grid = sheet.layout === 'grid';
    const ws = book.addWorksheet(sheet.name.slice(0, 31), {
      views: [grid ? { state: 'frozen', xSplit: 2, ySplit: 3 } : sheet.layout === 'list' ? { state: 'frozen', xSplit: 0, ySplit: 1 } : {}],
    });
    const width = Math.max(0, ...sheet.rows.map((r) => r.length));
    ws.columns = Array.from({ length: width }, (_, c) => ({ width: grid ? (c === 0 ? 24 : c === 1 ? 16 : 30) : listWidth(sheet, c) }));
    sheet.rows.forEach((cells, r) => {
      const row = ws.getRow(r + 1);
      cells.forEach((value, c) => {
        if (value === null) return;
        row.getCell(c + 1).value = value;
      });
      row.alignment = { wrapText: true, vertical: 'top' };
      if ((grid && r < 3) || (sheet.layout === 'list' && r === 0)) row.font = { bold: true };
      if (sheet.layout === 'pairs') row.getCell(1).font = { bold: true };
      if (grid && r < 3) row.eachCell((cell) => (cell.fill = GRID_HEADER_FILL));
      if (grid && r >= 3) row.getCell(1).font = { bold: true };
    });
    for (const r of sheet.hiddenRows ?? []) ws.getRow(r + 1).hidden = true;
    for (const merge of sheet.merges ?? []) ws.mergeCells(merge.top + 1, merge.left + 1, merge.bottom + 1, merge.right + 1);
    for (const [key, note] of Object.entries(sheet.notes ?? {})) {
      const [r, c] = key.split(':').map(Number) as [number, number];
      ws.getCell(r + 1, c + 1).note = note;
    }
    for (const [key, colour] of Object.entries(sheet.fills ?? {})) {
      const [r, c] = key.split(':').map(Number) as [number, number];
      const cell = ws.getCell(r + 1, c + 1);
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(colour) } };
      cell.font = { bold: true, color: { argb: 'FFFFFFFF' } };
    }
    if (sheet.layout === 'list' && sheet.rows.length > 1) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: width } };
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

function listWidth(sheet: Sheet, column: number): number {
  const longest = Math.max(6, ...sheet.rows.slice(0, 200).map((cells) => Math.max(...String(cells[column] ?? '').split('\n').map((line) => [...line].length))));
  return Math.min(60, longest + 2);
}

const richText = (parts: { text: string }[]) => parts.map((part) => part.text).join('');

function readCell(cell: ExcelJS.Cell, where: string, problems: string[]): Cell {
  const value = cell.value;
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    if (result === undefined || result === null || (typeof result === 'object' && 'error' in result)) {
      problems.push(`${where}: holds a formula with no value computed; left empty (formulas are never run)`);
      return null;
    }
    problems.push(`${where}: holds a formula; the value Excel last computed is used (formulas are never run)`);
    return result instanceof Date ? result.toISOString().slice(0, 10) : typeof result === 'boolean' ? String(result).toUpperCase() : (result as string | number);
  }
  if ('richText' in value) return richText(value.richText);
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : richText((value.text as { richText: { text: string }[] }).richText ?? []);
  if ('error' in value) {
    problems.push(`${where}: holds the error ${value.error}; left empty`);
    return null;
  }
  return null;
}

function noteText(note: ExcelJS.Cell['note']): string | undefined {
  if (!note) return undefined;
  if (typeof note === 'string') return note;
  return richText((note.texts as { text: string }[] | undefined) ?? []) || undefined;
}

function rangeOf(ref: string): Range | null {
  const match = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref);
  if (!match) return null;
  const column = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { top: Number(match[2]) - 1, left: column(match[1] as string), bottom: Number(match[4]) - 1, right: column(match[3] as string) };
}

/** An .xlsx file's sheets as cells; throws SheetError for what is not a workbook or too large. */
export async function readXlsx(bytes: Buffer): Promise<{ workbook: Workbook; problems: string[] }> {
  checkXlsxZip(bytes);
  const book = new ExcelJS.Workbook();
  try {
    // (exceljs's types want a Node Buffer of an ArrayBuffer; any Buffer reads the same)
    await book.xlsx.load(bytes as unknown as Parameters<typeof book.xlsx.load>[0]);
  } catch (error) {
    throw new SheetError('not-a-sheet', `it is not a workbook Excel or WPS wrote (${(error as Error).message.slice(0, 160)})`, 'damaged');
  }
  const problems: string[] = [];
  const workbook: Workbook = [];
  for (const ws of book.worksheets) {
    if (ws.rowCount > MAX_SHEET_ROWS) throw new SheetError('too-large', `the sheet “${ws.name}” has ${ws.rowCount.toLocaleString('en')} rows; a map is read from at most ${MAX_SHEET_ROWS.toLocaleString('en')}`, 'rows', { rows: ws.rowCount, max: MAX_SHEET_ROWS });
    const rows: Cell[][] = [];
    const notes: Record<string, string> = {};
    const fills: Record<string, string> = {};
    const hiddenRows: number[] = [];
    ws.eachRow({ includeEmpty: false }, (row, number) => {
      const r = number - 1;
      const cells: Cell[] = [];
      if (row.hidden) hiddenRows.push(r);
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        const c = col - 1;
        // a merged range's value is its first cell's; the others stay empty
        if (cell.isMerged && cell.master !== cell) return;
        cells[c] = readCell(cell, `${ws.name} ${cellName(r, c)}`, problems);
        const note = noteText(cell.note);
        if (note) notes[`${r}:${c}`] = note;
        const fill = cell.fill?.type === 'pattern' ? hexOf((cell.fill.fgColor as { argb?: string } | undefined)?.argb) : undefined;
        if (fill) fills[`${r}:${c}`] = fill;
      });
      rows[r] = Array.from(cells, (cell) => cell ?? null);
    });
    const merges = ((ws.model as { merges?: string[] }).merges ?? []).map(rangeOf).filter((range) => range !== null);
    workbook.push({ name: ws.name, rows: Array.from(rows, (cells) => cells ?? []), notes, fills, hiddenRows, merges });
  }
  return { workbook, problems };
}
