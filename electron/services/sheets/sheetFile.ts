// A map as a spreadsheet file and back: .xlsx holds every sheet of shared/sheet/fromMap.ts, .csv
// only the map sheet (what that leaves out is added to the list the user is shown).
import path from 'node:path';
import type { JourneyDoc } from '../../../shared/model.ts';
import { mapToWorkbook, type LeftOut } from '../../../shared/sheet/fromMap.ts';
import { SheetError } from '../../../shared/sheet/limits.ts';
import { workbookToMap } from '../../../shared/sheet/toMap.ts';
import { readCsv, sheetCsv } from './csvFile.ts';
import { readXlsx, writeXlsx } from './xlsx.ts';

type SheetFormat = 'xlsx' | 'csv';

export async function sheetBytes(doc: JourneyDoc, format: SheetFormat): Promise<{ bytes: Buffer; leftOut: LeftOut[] }> {
  const { workbook, leftOut } = mapToWorkbook(doc);
  if (format === 'xlsx') return { bytes: await writeXlsx(workbook), leftOut };
  const [mapSheet] = workbook;
  const hidden = (mapSheet?.hiddenRows?.length ?? 0) > 0;
  const csvLeftOut: LeftOut[] = [{ kind: 'sheets', count: 1 }, ...(hidden ? [{ kind: 'hidden' as const, count: 1 }] : [])];
  return { bytes: Buffer.from(mapSheet ? sheetCsv(mapSheet) : '', 'utf8'), leftOut: [...csvLeftOut, ...leftOut] };
}

/** A spreadsheet file's bytes as a new map (its title from the file's name when the workbook has none); throws SheetError. */
export async function sheetMap(bytes: Buffer, file: string, locale?: JourneyDoc['map']['locale']): Promise<{ doc: JourneyDoc; problems: string[] }> {
  const format = path.extname(file).slice(1).toLowerCase();
  const title = path.basename(file, path.extname(file));
  if (format === 'csv') return workbookToMap([readCsv(bytes, title)], { title, ...(locale && { locale }) });
  if (format !== 'xlsx') throw new SheetError('not-a-sheet', 'only .xlsx and .csv spreadsheets are read');
  const { workbook, problems } = await readXlsx(bytes);
  const read = workbookToMap(workbook, { title, ...(locale && { locale }) });
  return { doc: read.doc, problems: [...problems, ...read.problems] };
}
