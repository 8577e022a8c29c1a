// Spreadsheets as files: a map through .xlsx and back is the same map; a CSV keeps the map sheet;
// workbooks made by hand (merged headers, formulas, dates, GB18030 CSV) read with their problems
// said; hostile ones (zip bombs, 100,000 rows, encrypted, not a zip) are refused with a reason.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { TEMPLATES } from '../../../shared/api.ts';
import { SheetError } from '../../../shared/sheet/limits.ts';
import { createDocument } from '../../../shared/templates.ts';
import { checkXlsxZip } from '../../../electron/services/sheets/zipCheck.ts';
import { sheetBytes, sheetMap } from '../../../electron/services/sheets/sheetFile.ts';
import { mapContent } from '../sheet/mapContent.ts';
import { zipOf } from '../../hostile/zip.ts';

async function bookBytes(build: (book: ExcelJS.Workbook) => void): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  build(book);
  return Buffer.from(await book.xlsx.writeBuffer());
}

const refusal = async (bytes: Buffer, file = 'x.xlsx'): Promise<SheetError> => {
  try {
    await sheetMap(bytes, file);
  } catch (error) {
    if (error instanceof SheetError) return error;
    throw error;
  }
  throw new Error('it was read');
};

describe('a map through an .xlsx file and back', () => {
  for (const name of TEMPLATES) {
    it(`keeps the ${name} template`, async () => {
      const doc = createDocument(name, name === 'car-dealer' ? 'zh-CN' : 'en');
      const { bytes } = await sheetBytes(doc, 'xlsx');
      const back = await sheetMap(bytes, 'map.xlsx');
      expect(back.problems).toEqual([]);
      expect(mapContent(back.doc)).toEqual(mapContent(doc));
    });
  }

  it('lists what a spreadsheet cannot carry', async () => {
    const { leftOut } = await sheetBytes(createDocument('car-dealer', 'en'), 'xlsx');
    expect(leftOut.map((l) => l.kind)).toContain('personas');
  });

  it('keeps hidden lanes hidden and emotion notes as cell notes', async () => {
    const doc = createDocument('car-dealer', 'en');
    const lane = Object.values(doc.lanes).find((l) => l.kind === 'painpoints');
    if (lane) lane.hidden = true;
    const back = await sheetMap((await sheetBytes(doc, 'xlsx')).bytes, 'map.xlsx');
    expect(Object.values(back.doc.lanes).find((l) => l.kind === 'painpoints')?.hidden).toBe(true);
    expect(Object.values(back.doc.emotionPoints).some((p) => p.note !== '')).toBe(Object.values(doc.emotionPoints).some((p) => p.note !== ''));
  });
});

describe('a map as CSV', () => {
  it('keeps stages, scenes, lanes, cards and curves; the title comes from the file name', async () => {
    const doc = createDocument('restaurant-birthday', 'zh-CN');
    const { bytes, leftOut } = await sheetBytes(doc, 'csv');
    expect(leftOut[0]?.kind).toBe('sheets');
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const back = await sheetMap(bytes, '生日晚宴.csv');
    expect(back.doc.map.title).toBe('生日晚宴');
    const content = mapContent(doc);
    const read = mapContent(back.doc);
    expect(read.stages).toEqual(content.stages);
    expect(read.lanes.map((l) => [l.title, l.kind, l.cells.map((c) => c.map((card) => card.text))])).toEqual(content.lanes.map((l) => [l.title, l.kind, l.cells.map((c) => c.map((card) => card.text))]));
    expect(read.curves.map((c) => [c.name, c.points.map((p) => p?.split(' ')[0] ?? null)])).toEqual(content.curves.map((c) => [c.name, c.points.map((p) => p?.split(' ')[0] ?? null)]));
  });

  it('reads a GB18030 CSV that Excel saved on a Chinese Windows', async () => {
    // ",到店,试驾 / 客户行为,进门;看车,开车 / 客户情感,1,-2" in GB18030 (written by Python's codec)
    const bytes = Buffer.from('2cb5bdb5ea2ccad4bcdd0d0abfcdbba7d0d0ceaa2cbdf8c3c53bbfb4b3b52cbfaab3b50d0abfcdbba7c7e9b8d02c312c2d320d0a', 'hex');
    const back = await sheetMap(bytes, 'visit.csv');
    expect(back.doc.map.locale).toBe('zh-CN');
    expect(Object.values(back.doc.scenes).map((s) => s.title)).toEqual(['到店', '试驾']);
    expect(Object.values(back.doc.lanes).map((l) => l.kind)).toEqual(['actions', 'emotion']);
    expect(Object.values(back.doc.cards).map((c) => c.text)).toEqual(['进门;看车', '开车']);
    expect(Object.values(back.doc.emotionPoints).map((p) => p.score)).toEqual([1, -2]);
  });

  it('reads a semicolon-separated CSV (Excel in a European language)', async () => {
    const back = await sheetMap(Buffer.from(';Call;Visit\nCustomer actions;"Rings, asks";Walks in\n'), 'eu.csv');
    expect(Object.values(back.doc.cards).map((c) => c.text)).toEqual(['Rings, asks', 'Walks in']);
  });

  it('does not take a text cell for a formula, and strips the guard it wrote', async () => {
    const doc = createDocument('blank', 'en');
    const someLane = Object.values(doc.lanes).find((l) => l.kind === 'actions');
    const someScene = Object.values(doc.scenes)[0];
    if (!someLane || !someScene) throw new Error('blank has lanes and scenes');
    doc.cards.x = { id: 'x', laneId: someLane.id, sceneId: someScene.id, order: 'a0', text: '=HYPERLINK("http://evil")' };
    const { bytes } = await sheetBytes(doc, 'csv');
    expect(bytes.toString('utf8')).toContain(`"'=HYPERLINK(""http://evil"")"`);
    const back = await sheetMap(bytes, 'b.csv');
    expect(Object.values(back.doc.cards).map((c) => c.text)).toContain('=HYPERLINK("http://evil")');
  });
});

describe('text that looks like a formula', () => {
  it('is written to .xlsx as text, never as a formula', async () => {
    const doc = createDocument('blank', 'en');
    const lane = Object.values(doc.lanes).find((l) => l.kind === 'actions');
    const scene = Object.values(doc.scenes)[0];
    if (!lane || !scene) throw new Error('blank has lanes and scenes');
    doc.cards.x = { id: 'x', laneId: lane.id, sceneId: scene.id, order: 'a0', text: '=cmd|"/c calc"!A0' };
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await sheetBytes(doc, 'xlsx')).bytes as unknown as Parameters<typeof book.xlsx.load>[0]);
    const values: unknown[] = [];
    book.worksheets[0]?.eachRow((row) => row.eachCell((cell) => void values.push(cell.value)));
    expect(values).toContain('=cmd|"/c calc"!A0');
    expect(values.some((v) => typeof v === 'object' && v !== null && 'formula' in v)).toBe(false);
  });
});

describe('workbooks made by hand', () => {
  it('reads merged stage headers, formulas (their last value), dates and rich text, and says so', async () => {
    const bytes = await bookBytes((book) => {
      const ws = book.addWorksheet('Sheet1');
      ws.addRow(['', 'Before', '', 'Visit']);
      ws.addRow(['', 'Call', 'Book', 'Arrive']);
      ws.addRow(['Customer actions', 'Calls the dealer', { formula: 'UPPER("x")', result: 'X' }, new Date(Date.UTC(2026, 0, 5))]);
      ws.addRow(['Emotion', 1, { formula: '1-3', result: -2 }, 2]);
      ws.mergeCells('B1:C1');
      ws.getCell('B3').value = { richText: [{ text: 'Calls ' }, { font: { bold: true }, text: 'the dealer' }] };
    });
    const { doc, problems } = await sheetMap(bytes, 'hand.xlsx');
    expect(Object.values(doc.stages).map((s) => s.title)).toEqual(['Before', 'Visit']);
    expect(Object.values(doc.scenes).map((s) => s.title)).toEqual(['Call', 'Book', 'Arrive']);
    expect(Object.values(doc.cards).map((c) => c.text)).toEqual(['Calls the dealer', 'X', '2026-01-05']);
    expect(Object.values(doc.emotionPoints).map((p) => p.score)).toEqual([1, -2, 2]);
    expect(problems.filter((p) => p.includes('formula'))).toHaveLength(2);
  });

  it('reads merged cells in the card grid from their first cell, and says so', async () => {
    const bytes = await bookBytes((book) => {
      const ws = book.addWorksheet('Sheet1');
      ws.addRow(['', 'A', 'B']);
      ws.addRow(['Customer actions', 'spans both', '']);
      ws.mergeCells('B2:C2');
    });
    const { doc, problems } = await sheetMap(bytes, 'm.xlsx');
    expect(Object.values(doc.cards).map((c) => c.text)).toEqual(['spans both']);
    expect(problems.join(' ')).toMatch(/B2:C2 are merged/);
  });

  it('refuses an empty workbook with a reason', async () => {
    const error = await refusal(await bookBytes((book) => book.addWorksheet('Empty')));
    expect(error.reason).toBe('empty');
  });
});

describe('hostile spreadsheets', () => {
  it('refuses a zip bomb posing as .xlsx before anything unpacks it whole', async () => {
    // 200 MB of zeros packs into some 200 kB, and the directory understates it as 1 kB
    const bomb = zipOf([{ name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(200 * 1024 * 1024), declared: 1024 }]);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const error = await refusal(bomb);
    expect(error.reason).toBe('too-large');
    expect(error.message).toMatch(/unpacks to more than 128 MB/);
  });

  it('counts the budget over every part (many small bombs, or one part listed many times)', () => {
    const part = { name: 'xl/media/a.bin', data: Buffer.alloc(20 * 1024 * 1024) };
    expect(() => checkXlsxZip(zipOf(Array.from({ length: 8 }, () => part)))).toThrow(/unpacks to more than/);
  });

  it('refuses a sheet of 100,000 rows with the count', async () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>x</t></is></c></row>`).join('');
    const zip = zipOf([{ name: 'xl/worksheets/sheet1.xml', data: Buffer.from(`<worksheet><sheetData>${rows}</sheetData></worksheet>`) }]);
    const error = await refusal(zip);
    expect(error.message).toMatch(/100,000 rows/);
  });

  it('refuses a CSV of 100,000 rows', async () => {
    const error = await refusal(Buffer.from('a,b\n'.repeat(100_000)), 'big.csv');
    expect(error.reason).toBe('too-large');
  });

  it('names an old .xls or encrypted workbook, and what is not a zip at all', async () => {
    expect((await refusal(Buffer.from('d0cf11e0a1b11ae1000000000000000000000000', 'hex'))).message).toMatch(/old \.xls/);
    expect((await refusal(Buffer.from('just text, not a workbook at all........'))).message).toMatch(/not a zip/);
    const cut = (await sheetBytes(createDocument('car-dealer', 'en'), 'xlsx')).bytes.subarray(0, 4000);
    expect((await refusal(cut)).reason).toBe('not-a-sheet');
  });

  it('refuses a binary file named .csv', async () => {
    expect((await refusal(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]), 'x.csv')).reason).toBe('not-a-sheet');
  });
});
