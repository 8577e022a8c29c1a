// Before an .xlsx reaches the spreadsheet library (which unpacks whole parts into memory), its
// zip is walked here: the central directory read, every part actually inflated within one byte
// budget (what the directory declares may lie), and the rows of each worksheet counted. A zip
// bomb, a zip64 or encrypted archive, or a sheet of 100,000 rows stops here with its reason.
import zlib from 'node:zlib';
import { MAX_SHEET_ROWS, SheetError } from '../../../shared/sheet/limits.ts';
import { MAX_SHEET_UNPACKED_BYTES, MAX_SHEET_ZIP_ENTRIES } from '../../../shared/limits.ts';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export interface ZipPart {
  name: string;
  size: number;
}

function endOfDirectory(zip: Buffer): number {
  // The end record is in the last 64 KB + 22 bytes (its comment is at most 65,535 bytes).
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) if (zip.readUInt32LE(at) === EOCD) return at;
  throw new SheetError('not-a-sheet', 'it is not an .xlsx workbook (no zip directory)', 'notZip');
}

/** The parts of an .xlsx, each inflated once within the budget; throws SheetError. */
export function checkXlsxZip(zip: Buffer, budget = MAX_SHEET_UNPACKED_BYTES): ZipPart[] {
  if (zip.length >= 8 && zip.readUInt32BE(0) === 0xd0cf11e0) throw new SheetError('not-a-sheet', 'it is an old .xls workbook or a password-protected one; save it as an unprotected .xlsx and open that', 'xls');
  if (zip.length < 22 || zip.readUInt32LE(0) !== LOCAL) throw new SheetError('not-a-sheet', 'it is not an .xlsx workbook (not a zip file)', 'notZip');
  const end = endOfDirectory(zip);
  const entries = zip.readUInt16LE(end + 10);
  const directoryAt = zip.readUInt32LE(end + 16);
  if (entries === 0xffff || directoryAt === 0xffffffff) throw new SheetError('not-a-sheet', 'it is a zip64 archive, which no workbook needs', 'damaged');
  if (entries > MAX_SHEET_ZIP_ENTRIES) throw new SheetError('too-large', `its zip holds ${entries} parts; a workbook has at most ${MAX_SHEET_ZIP_ENTRIES}`, 'damaged');
  const parts: ZipPart[] = [];
  let left = budget;
  let at = directoryAt;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== CENTRAL) throw new SheetError('not-a-sheet', 'its zip directory is damaged', 'damaged');
    const flags = zip.readUInt16LE(at + 8);
    const method = zip.readUInt16LE(at + 10);
    const compressed = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const localAt = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extraLength + commentLength;
    if (flags & 1) throw new SheetError('not-a-sheet', 'it is encrypted; save it without a password and open that', 'encrypted');
    if (localAt + 30 > zip.length || zip.readUInt32LE(localAt) !== LOCAL) throw new SheetError('not-a-sheet', `its part ${name} is damaged`, 'damaged');
    const dataAt = localAt + 30 + zip.readUInt16LE(localAt + 26) + zip.readUInt16LE(localAt + 28);
    const data = zip.subarray(dataAt, dataAt + compressed);
    if (data.length < compressed) throw new SheetError('not-a-sheet', `its part ${name} is cut off`, 'damaged');
    let bytes: Buffer;
    if (method === 0) bytes = data;
    else if (method === 8) {
      try {
        bytes = zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, left) });
      } catch (error) {
        if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) {
          throw new SheetError('too-large', `it unpacks to more than ${Math.round(budget / 1024 / 1024)} MB (a zip bomb, or far larger than any map)`, 'bomb', { mb: Math.round(budget / 1024 / 1024) });
        }
        throw new SheetError('not-a-sheet', `its part ${name} is damaged (${(error as Error).message})`, 'damaged');
      }
    } else throw new SheetError('not-a-sheet', `its part ${name} is packed in a way workbooks are not (method ${method})`, 'damaged');
    left -= bytes.length;
    if (left < 0) throw new SheetError('too-large', `it unpacks to more than ${Math.round(budget / 1024 / 1024)} MB (a zip bomb, or far larger than any map)`, 'bomb', { mb: Math.round(budget / 1024 / 1024) });
    if (/^xl\/worksheets\/[^/]+\.xml$/i.test(name)) {
      const rows = countRows(bytes);
      if (rows > MAX_SHEET_ROWS) throw new SheetError('too-large', `a sheet has ${rows.toLocaleString('en')} rows; a map is read from at most ${MAX_SHEET_ROWS.toLocaleString('en')}`, 'rows', { rows, max: MAX_SHEET_ROWS });
    }
    parts.push({ name, size: bytes.length });
  }
  return parts;
}

/** The <row> elements of a worksheet part (with or without a namespace prefix). */
function countRows(xml: Buffer): number {
  const text = xml.toString('latin1');
  let rows = 0;
  for (const _ of text.matchAll(/<(?:\w+:)?row[\s>]/g)) rows += 1;
  return rows;
}
