// Opening a map: a .cjm file, a PNG, PDF or HTML file this app exported (they carry the map inside), a
// Mermaid journey (.mmd, or the first journey block of a .md file), a map as JSON, or a
// spreadsheet (.xlsx, .csv).
import fs from 'node:fs';
import path from 'node:path';
import { ApiError } from '../../../shared/api.ts';
import { JSON_MAP_VERSION, JsonMapError, mapFromJson } from '../../../shared/jsonMap.ts';
import { MAX_CARRIER_BYTES, MAX_DOCUMENT_BYTES, MAX_MERMAID_FILE_BYTES, MAX_SHEET_FILE_BYTES } from '../../../shared/limits.ts';
import { SheetError } from '../../../shared/sheet/limits.ts';
import { MermaidError } from '../../../shared/mermaid/parse.ts';
import { readMermaid } from '../../../shared/mermaid/read.ts';
import { SCHEMA_VERSION } from '../migrations.ts';
import { readProject, readProjectBytes, readStart, type ReadResult } from '../projectFile.ts';
import { HTML_HEAD_BYTES, extractMap as extractFromHtml, isHtml } from './html.ts';
import { extractMap as extractFromPdf, isPdf } from './pdf.ts';
import { extractMap as extractFromPng, isPng } from './png.ts';


export interface OpenedMap extends ReadResult {
  /** true for a PNG, PDF, HTML or Mermaid file: the map opens as a new, unsaved document */
  imported: boolean;
}

function firstBytes(file: string): Buffer {
  try {
    // Enough for a PNG's or PDF's signature, and for an HTML page's doctype after a BOM and blank lines.
    return readStart(file, HTML_HEAD_BYTES);
  } catch (error) {
    // Not a regular file: said at once. Otherwise readProject names the problem (missing file, folder, permissions).
    if (error instanceof ApiError && error.code === 'not-a-map') throw error;
    return Buffer.alloc(0);
  }
}

function hasPdfEnd(bytes: Buffer): boolean {
  const tail = bytes.subarray(Math.max(0, bytes.length - PDF_TAIL_BYTES)).toString('latin1');
  return tail.includes('startxref') && tail.includes('%%EOF');
}
/** How far from the end a PDF's last startxref and %%EOF may lie (writers add a little after them). */
const PDF_TAIL_BYTES = 4096;

type Carrier = 'PNG' | 'PDF' | 'HTML';

async function embedded(file: string, kind: Carrier): Promise<Uint8Array> {
  const name = path.basename(file);
  const size = fs.statSync(file).size;
  if (size > MAX_CARRIER_BYTES) throw new ApiError({ code: 'not-a-map', message: `${name}: is too large to hold a journey map`, params: { file: name } });
  let project: Uint8Array | null;
  try {
    const bytes = fs.readFileSync(file);
    // Every PDF ends by saying where its index is; without that, pdf-lib would search the whole file for objects (seconds per MB).
    if (kind === 'PDF' && !hasPdfEnd(bytes)) throw new Error('it has no end-of-file trailer');
    project = kind === 'PNG' ? extractFromPng(bytes) : kind === 'HTML' ? extractFromHtml(bytes) : await extractFromPdf(bytes);
  } catch (error) {
    throw new ApiError({
      code: 'corrupt',
      message: `${name}: the ${kind} file is damaged and cannot be read (${(error as Error).message})`,
      params: { file: name, reason: (error as Error).message },
    });
  }
  if (!project) {
    throw new ApiError({
      code: 'no-map-data',
      message: `${name}: this ${kind} holds no journey map. Only PNG, PDF and HTML files exported by Journey Mapper can be opened, and only if the map data was not removed.`,
      params: { file: name, kind },
    });
  }
  return project;
}

/** A map exported as JSON (shared/jsonMap.ts): read whole, within the document limit. */
function jsonMap(file: string): OpenedMap {
  const name = path.basename(file);
  const size = fs.statSync(file).size;
  if (size > MAX_DOCUMENT_BYTES) throw new ApiError({ code: 'not-a-map', message: `${name}: is too large to be a journey map (${Math.round(size / 1024 / 1024)} MB)`, params: { file: name } });
  try {
    return { ...mapFromJson(fs.readFileSync(file, 'utf8')), schemaVersion: SCHEMA_VERSION, info: {}, strangers: [], imported: true };
  } catch (error) {
    if (!(error instanceof JsonMapError)) throw error;
    if (error.reason === 'too-new') throw new ApiError({ code: 'too-new', message: `${name}: ${error.message}; please update Journey Mapper`, params: { file: name, madeBy: 'a newer Journey Mapper', fileVersion: `JSON ${error.message.match(/version (\d+)/)?.[1] ?? '?'}`, appVersion: `JSON ${JSON_MAP_VERSION}` } });
    const code = error.reason === 'invalid' ? 'corrupt' : 'not-a-map';
    throw new ApiError({ code, message: `${name}: ${error.message}`, params: { file: name, reason: error.message } });
  }
}

/** The file names read as Mermaid: `.mmd`, and Markdown (its first journey block). */
export const MERMAID_EXTENSIONS = ['.mmd', '.md'] as const;
const isMermaidName = (file: string) => (MERMAID_EXTENSIONS as readonly string[]).includes(path.extname(file).toLowerCase());

function openMermaid(file: string): OpenedMap {
  const name = path.basename(file);
  const size = fs.statSync(file).size;
  if (size > MAX_MERMAID_FILE_BYTES) {
    throw new ApiError({ code: 'not-a-map', message: `${name}: is too large for a Mermaid diagram (${size} bytes; at most ${MAX_MERMAID_FILE_BYTES})`, params: { file: name } });
  }
  const text = new TextDecoder('utf-8').decode(fs.readFileSync(file));
  // The map speaks the language the journey is written in: its lanes and curve get their names in it.
  const locale = /[\u3400-\u9fff]/.test(text) ? 'zh-CN' : 'en';
  try {
    const { doc, problems } = readMermaid(text, { markdown: path.extname(file).toLowerCase() === '.md', locale });
    return { doc, problems, schemaVersion: SCHEMA_VERSION, info: {}, strangers: [], imported: true };
  } catch (error) {
    if (!(error instanceof MermaidError)) throw error;
    throw new ApiError({ code: 'not-a-map', message: `${name}: is not a Mermaid journey: ${error.message}`, params: { ...error.params, file: name, reason: 'mermaid', detail: error.message, problem: error.code, line: error.line } });
  }
}

/** The file names read as spreadsheets. */
export const SHEET_EXTENSIONS = ['.xlsx', '.csv'] as const;

async function openSheet(file: string): Promise<OpenedMap> {
  const name = path.basename(file);
  const size = fs.statSync(file).size;
  if (size > MAX_SHEET_FILE_BYTES) {
    throw new ApiError({ code: 'not-a-map', message: `${name}: is too large for a spreadsheet of a map (${Math.round(size / 1024 / 1024)} MB; at most ${MAX_SHEET_FILE_BYTES / 1024 / 1024} MB)`, params: { file: name } });
  }
  try {
    // exceljs is loaded when a spreadsheet is read, not with every parse process (a stopped one is replaced within a job's time)
    const { sheetMap } = await import('../sheets/sheetFile.ts');
    const { doc, problems } = await sheetMap(fs.readFileSync(file), file);
    return { doc, problems, schemaVersion: SCHEMA_VERSION, info: {}, strangers: [], imported: true };
  } catch (error) {
    if (!(error instanceof SheetError)) throw error;
    const code = error.reason === 'too-large' ? 'too-large' : 'not-a-map';
    throw new ApiError({ code, message: `${name}: cannot be read as a map: ${error.message}`, params: { ...error.values, file: name, reason: 'sheet', detail: error.message, problem: error.problem } });
  }
}

/** The file names read as HTML pages whatever their start (an exported page starts with its doctype anyway). */
export const HTML_EXTENSIONS = ['.html', '.htm'] as const;

export async function openMapFile(file: string): Promise<OpenedMap> {
  if ((SHEET_EXTENSIONS as readonly string[]).includes(path.extname(file).toLowerCase())) {
    readStart(file, 1);
    return openSheet(file);
  }
  if (isMermaidName(file)) {
    // a regular file that can be read, or the reason why not
    readStart(file, 1);
    return openMermaid(file);
  }
  const head = firstBytes(file);
  // Text, not a database: a map exported as JSON (its name says so; its content decides).
  if (path.extname(file).toLowerCase() === '.json') return jsonMap(file);
  const html = (HTML_EXTENSIONS as readonly string[]).includes(path.extname(file).toLowerCase()) || isHtml(head);
  const kind: Carrier | null = isPng(head) ? 'PNG' : isPdf(head) ? 'PDF' : html ? 'HTML' : null;
  if (!kind) return { ...readProject(file), imported: false };
  return { ...readProjectBytes(await embedded(file, kind), path.basename(file)), imported: true };
}
