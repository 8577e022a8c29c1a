// The finishing touches on the PDF Chromium printed: document properties, and the map itself
// as an attached .cjm file (any PDF reader can save it out; Open… reads it back).
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFString, PDFHexString, decodePDFRawStream } from 'pdf-lib';

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

export async function finishPdf(printed: Uint8Array, info: PdfInfo): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(printed, { updateMetadata: false });
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

/** The .cjm bytes a PDF carries as an attachment, or null when it carries none. */
export async function extractMap(bytes: Uint8Array): Promise<Uint8Array | null> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false, ignoreEncryption: true, throwOnInvalidObject: false });
  const names = pdf.catalog.lookupMaybe(PDFName.of('Names'), PDFDict);
  const files = names?.lookupMaybe(PDFName.of('EmbeddedFiles'), PDFDict);
  // A name tree: a flat Names array here, or Kids leading to more of them.
  const pending: PDFDict[] = files ? [files] : [];
  for (let guard = 0; pending.length > 0 && guard < 10_000; guard++) {
    const node = pending.pop() as PDFDict;
    const kids = node.lookupMaybe(PDFName.of('Kids'), PDFArray)?.asArray() ?? [];
    for (const ref of kids) {
      const kid = pdf.context.lookup(ref);
      if (kid instanceof PDFDict) pending.push(kid);
    }
    const pairs = node.lookupMaybe(PDFName.of('Names'), PDFArray)?.asArray().map((item) => pdf.context.lookup(item)) ?? [];
    for (let i = 0; i + 1 < pairs.length; i += 2) {
      const spec = pairs[i + 1];
      if (!(spec instanceof PDFDict)) continue;
      const name = text(spec.lookup(PDFName.of('UF'))) ?? text(spec.lookup(PDFName.of('F'))) ?? text(pairs[i]);
      if (name !== MAP_ATTACHMENT) continue;
      const stream = spec.lookupMaybe(PDFName.of('EF'), PDFDict)?.lookup(PDFName.of('F'));
      if (stream instanceof PDFRawStream) return decodePDFRawStream(stream).decode();
    }
  }
  return null;
}
