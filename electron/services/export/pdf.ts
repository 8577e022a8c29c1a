// The finishing touches on the PDF Chromium printed: document properties, and the map itself
// as an attached .cjm file (any PDF reader can save it out; Open… reads it back). Reading it
// back is bounded: a PDF from outside costs at most the limits in shared/limits.ts.
import zlib from 'node:zlib';
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFObjectStreamParser,
  PDFRawStream,
  PDFString,
  PDFXRefStreamParser,
  type PDFContext,
} from 'pdf-lib';
import { MAX_EMBEDDED_MAP_BYTES, MAX_PDF_NAME_TREE_NODES, MAX_PDF_OBJECT_STREAM_BYTES } from '../../../shared/limits.ts';

export const MAP_ATTACHMENT = 'journey-map.cjm';
const MIME = 'application/vnd.journey-mapper+sqlite3';

export const isPdf = (bytes: Uint8Array): boolean => Buffer.from(bytes.subarray(0, 5)).toString('latin1') === '%PDF-';

export interface PdfInfo {
  title: string;
  lang: string;
  appVersion: string;
  /** the map as a .cjm file */
  project: Uint8Array;
}

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

function filterNames(stream: PDFRawStream): string[] {
  const filter = stream.dict.lookup(PDFName.of('Filter'));
  if (filter === undefined) return [];
  const items = filter instanceof PDFArray ? filter.asArray().map((item) => stream.dict.context.lookup(item)) : [filter];
  return items.map((item) => (item instanceof PDFName ? item.decodeText() : String(item)));
}

/** Deflate data unpacked by zlib to at most `max` bytes, else an Error saying which limit or damage. */
function inflateCapped(data: Uint8Array, max: number, errors: { tooLarge: string; damaged: string }): Buffer {
  try {
    // A stream cut short still gives what it has, as pdf-lib's own decoder does.
    return zlib.inflateSync(data, { maxOutputLength: Math.max(1, max), finishFlush: zlib.constants.Z_SYNC_FLUSH });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw new Error(errors.tooLarge, { cause: error });
    throw new Error(`${errors.damaged} (${(error as Error).message})`, { cause: error });
  }
}

// pdf-lib unpacks object and cross-reference streams while it loads a file, without a limit,
// and always through the static forStream of these two parsers: wrapping them is the one place
// a budget can go. Each stream is unpacked here by zlib with what is left of the document's
// budget and handed on unpacked. pdf-lib takes a failed stream for an invalid object and reads
// on, so the refusal is kept and thrown once the load returns.
const unpacked = new WeakMap<PDFContext, number>();
const refused = new WeakMap<PDFContext, Error>();

function unpackForParser(raw: PDFRawStream): PDFRawStream {
  const context = raw.dict.context;
  const used = unpacked.get(context) ?? 0;
  const filters = filterNames(raw);
  const tooLarge = `the PDF's compressed objects unpack to more than ${mb(MAX_PDF_OBJECT_STREAM_BYTES)}`;
  try {
    if (filters.length === 0) {
      if (used + raw.contents.length > MAX_PDF_OBJECT_STREAM_BYTES) throw new Error(tooLarge);
      unpacked.set(context, used + raw.contents.length);
      return raw;
    }
    if (filters.length > 1 || filters[0] !== 'FlateDecode') throw new Error(`the PDF's compressed objects use ${filters.join(', ')}, which is not read here`);
    const data = inflateCapped(raw.contents, MAX_PDF_OBJECT_STREAM_BYTES - used, { tooLarge, damaged: "the PDF's compressed objects are damaged" });
    unpacked.set(context, used + data.length);
    const dict = raw.dict.clone();
    dict.delete(PDFName.of('Filter'));
    dict.delete(PDFName.of('DecodeParms'));
    return PDFRawStream.of(dict, data);
  } catch (error) {
    if (!refused.has(context)) refused.set(context, error as Error);
    throw error;
  }
}

const parseObjectStream = PDFObjectStreamParser.forStream;
PDFObjectStreamParser.forStream = (raw, shouldWaitForTick) => parseObjectStream(unpackForParser(raw), shouldWaitForTick);
const parseXRefStream = PDFXRefStreamParser.forStream;
PDFXRefStreamParser.forStream = (raw) => parseXRefStream(unpackForParser(raw));

async function load(bytes: Uint8Array, options: Parameters<typeof PDFDocument.load>[1]): Promise<PDFDocument> {
  const pdf = await PDFDocument.load(bytes, options);
  const error = refused.get(pdf.context);
  if (error) throw error;
  return pdf;
}

export async function finishPdf(printed: Uint8Array, info: PdfInfo): Promise<Uint8Array> {
  const pdf = await load(printed, { updateMetadata: false });
  pdf.setTitle(info.title, { showInWindowTitleBar: true });
  pdf.setLanguage(info.lang);
  pdf.setCreator(`Journey Mapper ${info.appVersion}`);
  pdf.setProducer(`Journey Mapper ${info.appVersion} (Chromium)`);
  const now = new Date();
  pdf.setCreationDate(now);
  pdf.setModificationDate(now);
  await pdf.attach(info.project, MAP_ATTACHMENT, {
    mimeType: MIME,
    description: 'The journey map: open this PDF in Journey Mapper to edit it again.',
    creationDate: now,
    modificationDate: now,
  });
  return pdf.save({ useObjectStreams: false });
}

const text = (value: unknown): string | undefined =>
  value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined;

export interface ExtractLimits {
  /** the largest map unpacked */
  maxMapBytes: number;
  /** name tree nodes visited while looking for the map */
  maxTreeNodes: number;
}

const LIMITS: ExtractLimits = { maxMapBytes: MAX_EMBEDDED_MAP_BYTES, maxTreeNodes: MAX_PDF_NAME_TREE_NODES };

/**
 * The attachment's bytes, unpacked with a cap: a megabyte of deflate can stand for a gigabyte.
 * Only FlateDecode (what pdf-lib, and so every export, writes) is unpacked.
 */
function unpack(stream: PDFRawStream, max: number): Uint8Array {
  const size = stream.dict.lookupMaybe(PDFName.of('Params'), PDFDict)?.lookupMaybe(PDFName.of('Size'), PDFNumber)?.asNumber();
  if (size !== undefined && size > max) throw new Error(`the attached map says it is ${size} bytes; a map may be at most ${max}`);
  const length = Math.max(stream.contents.length, stream.dict.lookupMaybe(PDFName.of('Length'), PDFNumber)?.asNumber() ?? 0);
  if (length > max) throw new Error(`the attached map is ${length} bytes; a map may be at most ${max}`);
  const filters = filterNames(stream);
  if (filters.length === 0) return stream.contents;
  if (filters.length > 1 || filters[0] !== 'FlateDecode' || stream.dict.has(PDFName.of('DecodeParms'))) {
    throw new Error(`the attached map is encoded with ${filters.join(', ')}, which Journey Mapper does not write`);
  }
  return inflateCapped(stream.contents, max, { tooLarge: `the attached map unpacks to more than ${mb(max)}`, damaged: 'the attached map is damaged' });
}

/** The .cjm bytes a PDF carries as an attachment, or null when it carries none; throws on a hostile one. */
export async function extractMap(bytes: Uint8Array, limits: Partial<ExtractLimits> = {}): Promise<Uint8Array | null> {
  const { maxMapBytes, maxTreeNodes } = { ...LIMITS, ...limits };
  const pdf = await load(bytes, { updateMetadata: false, ignoreEncryption: true, throwOnInvalidObject: false });
  // pdf-lib leaves the catalog undefined when the trailer names none.
  if (!((pdf.catalog as unknown) instanceof PDFDict)) throw new Error('the PDF has no document catalog');
  const names = pdf.catalog.lookupMaybe(PDFName.of('Names'), PDFDict);
  const files = names?.lookup(PDFName.of('EmbeddedFiles'));
  // A name tree: a flat Names array here, or Kids leading to more of them. Each node is visited
  // once (Kids may lead back to a node already seen) and there are only so many.
  const seen = new Set<PDFDict>();
  const pending: PDFDict[] = [];
  const visit = (node: unknown) => {
    if (!(node instanceof PDFDict) || seen.has(node)) return;
    if (seen.size >= maxTreeNodes) throw new Error(`the PDF's list of attached files has more than ${maxTreeNodes} parts`);
    seen.add(node);
    pending.push(node);
  };
  visit(files);
  while (pending.length > 0) {
    const node = pending.pop() as PDFDict;
    const kids = node.lookup(PDFName.of('Kids'));
    if (kids instanceof PDFArray) for (const ref of kids.asArray()) visit(pdf.context.lookup(ref));
    const list = node.lookup(PDFName.of('Names'));
    const pairs = list instanceof PDFArray ? list.asArray() : [];
    for (let i = 0; i + 1 < pairs.length; i += 2) {
      const spec = pdf.context.lookup(pairs[i + 1]);
      if (!(spec instanceof PDFDict)) continue;
      const name = text(spec.lookup(PDFName.of('UF'))) ?? text(spec.lookup(PDFName.of('F'))) ?? text(pdf.context.lookup(pairs[i]));
      if (name !== MAP_ATTACHMENT) continue;
      const stream = spec.lookupMaybe(PDFName.of('EF'), PDFDict)?.lookup(PDFName.of('F'));
      if (stream instanceof PDFRawStream) return unpack(stream, maxMapBytes);
    }
  }
  return null;
}
