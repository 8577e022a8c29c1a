// Reading the map out of a hostile PDF costs little: a zip bomb in the attachment, a name tree
// whose Kids lead back to itself, or one with thousands of nodes each end in a clear error
// (the caller reports the file as damaged) within bounded time and memory.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRawStream, PDFString, type PDFRef } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { openMapFile } from '../../../electron/services/export/importMap.ts';
import { MAP_ATTACHMENT, extractMap, finishPdf } from '../../../electron/services/export/pdf.ts';
import { MAX_EMBEDDED_MAP_BYTES, MAX_PDF_NAME_TREE_NODES, MAX_PDF_OBJECT_STREAM_BYTES } from '../../../shared/limits.ts';
import { tempDir } from './tmp.ts';

/** `size` bytes of zeros, deflated as they stream by (never held whole). */
async function deflatedZeros(size: number): Promise<Buffer> {
  const deflate = zlib.createDeflate({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => out.push(chunk));
  const zeros = Buffer.alloc(16 * 1024 * 1024);
  for (let left = size; left > 0; left -= zeros.length) {
    if (!deflate.write(left >= zeros.length ? zeros : zeros.subarray(0, left))) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  await new Promise((resolve) => {
    deflate.once('end', resolve);
    deflate.end();
  });
  return Buffer.concat(out);
}

/** A one-page PDF whose EmbeddedFiles name tree is what `tree` builds. */
async function pdfWithTree(tree: (pdf: PDFDocument) => PDFRef): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.addPage([200, 100]);
  pdf.catalog.set(PDFName.of('Names'), pdf.context.obj({ EmbeddedFiles: tree(pdf) }));
  return pdf.save({ useObjectStreams: false });
}

/** The map attachment as its stream, filter and dictionary given by the test. */
function attachment(contents: Uint8Array, dict: Record<string, unknown>) {
  return (pdf: PDFDocument): PDFRef => {
    const stream = PDFRawStream.of(pdf.context.obj({ Type: 'EmbeddedFile', ...dict } as never) as unknown as PDFDict, contents);
    const spec = pdf.context.obj({
      Type: 'Filespec',
      F: PDFString.of(MAP_ATTACHMENT),
      UF: PDFHexString.fromText(MAP_ATTACHMENT),
      EF: { F: pdf.context.register(stream) },
    });
    return pdf.context.register(pdf.context.obj({ Names: [PDFHexString.fromText(MAP_ATTACHMENT), pdf.context.register(spec)] }));
  };
}

/** Runs `fn`, returning its error, the time taken and how far the process's peak memory rose. */
async function cost(fn: () => Promise<unknown>): Promise<{ error: unknown; ms: number; peakRiseMb: number }> {
  const peakBefore = process.resourceUsage().maxRSS;
  const start = performance.now();
  const error = await fn().then(
    () => null,
    (e: unknown) => e,
  );
  return { error, ms: performance.now() - start, peakRiseMb: (process.resourceUsage().maxRSS - peakBefore) / 1024 };
}

describe('PDF import limits', () => {
  it('a 1 MB attachment that inflates to 1 GiB is refused without unpacking it', async () => {
    const bomb = await deflatedZeros(1024 * 1024 * 1024);
    expect(bomb.length).toBeLessThan(1.1 * 1024 * 1024);
    const bytes = await pdfWithTree(attachment(bomb, { Filter: 'FlateDecode' }));
    const { error, ms, peakRiseMb } = await cost(() => extractMap(bytes));
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/the attached map unpacks to more than 128 MB/);
    // Unpacking stops at the cap: at most the cap itself in memory, not the gigabyte.
    expect(peakRiseMb).toBeLessThan(MAX_EMBEDDED_MAP_BYTES / 1024 / 1024 + 100);
    expect(ms).toBeLessThan(5000);
  }, 30_000);

  it.each(['ObjStm', 'XRef'])('a 1 MB %s stream that inflates to 1 GiB stops the PDF from loading', async (type) => {
    // pdf-lib unpacks these while it loads the file, before any attachment is looked at.
    const zeros = await deflatedZeros(1024 * 1024 * 1024);
    const dict = type === 'ObjStm' ? '/Type /ObjStm /N 1 /First 4' : '/Type /XRef /W [1 2 1] /Size 4 /Root 1 0 R';
    const bytes = Buffer.concat([
      Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n'),
      Buffer.from(`3 0 obj << ${dict} /Filter /FlateDecode /Length ${zeros.length} >>\nstream\n`),
      zeros,
      Buffer.from('\nendstream\nendobj\ntrailer << /Root 1 0 R /Size 4 >>\n%%EOF\n'),
    ]);
    const { error, ms, peakRiseMb } = await cost(() => extractMap(bytes));
    expect((error as Error)?.message).toMatch(/the PDF's compressed objects unpack to more than 64 MB/);
    expect(peakRiseMb).toBeLessThan(MAX_PDF_OBJECT_STREAM_BYTES / 1024 / 1024 + 100);
    expect(ms).toBeLessThan(5000);
  }, 30_000);

  it('a declared size past the cap is refused before anything is unpacked', async () => {
    const bytes = await pdfWithTree(attachment(zlib.deflateSync(Buffer.alloc(10)), { Filter: 'FlateDecode', Params: { Size: 10 * 1024 ** 4 } }));
    await expect(extractMap(bytes)).rejects.toThrow(/the attached map says it is 10995116277760 bytes; a map may be at most 134217728/);
  });

  it('a raw attachment longer than the cap is refused (cap made small here)', async () => {
    const bytes = await pdfWithTree(attachment(Buffer.alloc(2048, 7), {}));
    await expect(extractMap(bytes, { maxMapBytes: 1024 })).rejects.toThrow(/the attached map is 2048 bytes; a map may be at most 1024/);
    expect(await extractMap(bytes, { maxMapBytes: 4096 })).toEqual(new Uint8Array(Buffer.alloc(2048, 7)));
  });

  it('filters other than FlateDecode are refused: they could expand as much, and exports never use them', async () => {
    const bytes = await pdfWithTree(attachment(Buffer.from('80 80 80>'), { Filter: 'ASCIIHexDecode' }));
    await expect(extractMap(bytes)).rejects.toThrow(/the attached map is encoded with ASCIIHexDecode, which Journey Mapper does not write/);
    const flateInArray = await pdfWithTree(attachment(zlib.deflateSync(Buffer.from('map')), { Filter: ['FlateDecode'] }));
    expect(Buffer.from((await extractMap(flateInArray)) as Uint8Array).toString()).toBe('map');
  });

  it('a PDF without a document catalog gives a clear error', async () => {
    await expect(extractMap(Buffer.from('%PDF-1.7\n1 0 obj << /A 1 >> endobj\n'))).rejects.toThrow(/^the PDF has no document catalog$/);
  });

  it('damaged deflate data gives a clear error', async () => {
    const bytes = await pdfWithTree(attachment(Buffer.from('not deflate at all'), { Filter: 'FlateDecode' }));
    await expect(extractMap(bytes)).rejects.toThrow(/the attached map is damaged/);
  });

  it('a name tree whose Kids point back at itself is walked once', async () => {
    const bytes = await pdfWithTree((pdf) => {
      const node = pdf.context.obj({});
      const ref = pdf.context.register(node);
      node.set(PDFName.of('Kids'), pdf.context.obj(Array.from({ length: 10_000 }, () => ref)));
      return ref;
    });
    expect(bytes.length).toBeLessThan(200 * 1024);
    const { error, ms, peakRiseMb } = await cost(async () => expect(await extractMap(bytes)).toBeNull());
    expect(error).toBeNull();
    expect(ms).toBeLessThan(2000);
    expect(peakRiseMb).toBeLessThan(100);
  });

  it(`a name tree of more than ${MAX_PDF_NAME_TREE_NODES} nodes is refused`, async () => {
    const bytes = await pdfWithTree((pdf) => {
      const leaves = Array.from({ length: MAX_PDF_NAME_TREE_NODES + 10 }, () => pdf.context.register(pdf.context.obj({ Names: [] })));
      return pdf.context.register(pdf.context.obj({ Kids: leaves }));
    });
    const { error, ms } = await cost(() => extractMap(bytes));
    expect((error as Error).message).toMatch(new RegExp(`the PDF's list of attached files has more than ${MAX_PDF_NAME_TREE_NODES} parts`));
    expect(ms).toBeLessThan(2000);
    // Opening it says the file is damaged, and why.
    const file = path.join(tempDir(), 'wide.pdf');
    fs.writeFileSync(file, bytes);
    await expect(openMapFile(file)).rejects.toMatchObject({ code: 'corrupt', message: expect.stringMatching(/wide\.pdf: the PDF file is damaged .*more than 4096 parts/) });
  });

  it('a deep but legitimate tree still finds the map, and an export reads back whole', async () => {
    const project = new Uint8Array(Buffer.from('SQLite format 3\0 pretend'));
    const exported = await finishPdf(await PDFDocument.create().then((p) => (p.addPage(), p.save())), { title: 't', lang: 'en', appVersion: '1', project });
    expect(Buffer.from((await extractMap(exported)) as Uint8Array).equals(project)).toBe(true);
    // The same export after a tool repacked it into object and cross-reference streams.
    const repacked = await (await PDFDocument.load(exported)).save({ useObjectStreams: true });
    expect(Buffer.from(repacked).includes(Buffer.from('/ObjStm'))).toBe(true);
    expect(Buffer.from((await extractMap(repacked)) as Uint8Array).equals(project)).toBe(true);
    const deep = await pdfWithTree((pdf) => {
      let ref = attachment(zlib.deflateSync(Buffer.from('deep map')), { Filter: 'FlateDecode' })(pdf);
      for (let i = 0; i < 50; i++) ref = pdf.context.register(pdf.context.obj({ Kids: [ref] }));
      return ref;
    });
    expect(Buffer.from((await extractMap(deep)) as Uint8Array).toString()).toBe('deep map');
    // Kids that are not dictionaries, and Names that are not arrays, are passed over.
    const odd = await pdfWithTree((pdf) => pdf.context.register(pdf.context.obj({ Kids: [PDFNumber.of(3), PDFArray.withContext(pdf.context)], Names: PDFNumber.of(1) })));
    expect(await extractMap(odd)).toBeNull();
  });
});
