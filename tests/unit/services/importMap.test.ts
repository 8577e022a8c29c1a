// Opening exported PNG and PDF files: the map inside opens as a new document; files without one,
// damaged files and strangers get a clear refusal, and nothing on disk changes.
import fs from 'node:fs';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { openMapFile } from '../../../electron/services/export/importMap.ts';
import { finishPdf, extractMap as pdfMap } from '../../../electron/services/export/pdf.ts';
import { PngWriter, mapChunk } from '../../../electron/services/export/png.ts';
import { serializeProject, writeProject } from '../../../electron/services/projectFile.ts';
import { createDocument } from '../../../shared/templates.ts';
import { tempDir } from './tmp.ts';

const doc = createDocument('car-dealer', 'zh-CN');

async function blankPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.addPage([200, 100]);
  return pdf.save();
}

async function png(chunks: Buffer[]): Promise<Buffer> {
  const writer = new PngWriter({ width: 1, height: 1, alpha: false, scale: 1, title: 'x', chunks });
  const { deflateSync } = await import('node:zlib');
  // One white pixel, wrapped as a browser screenshot would be.
  const data = deflateSync(Buffer.from([0, 255, 255, 255]));
  const chunk = (type: string, body: Buffer) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(body.length);
    head.write(type, 4, 'latin1');
    return Buffer.concat([head, body, Buffer.alloc(4)]);
  };
  const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
  await writer.addStrip([Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', data), chunk('IEND', Buffer.alloc(0))])]);
  return writer.finish();
}

describe('opening exported files', () => {
  it('a PNG carrying a map opens as that map, marked as imported', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'map.png');
    fs.writeFileSync(file, await png([mapChunk(serializeProject(doc))]));
    const opened = await openMapFile(file);
    expect(opened.imported).toBe(true);
    expect(opened.doc).toEqual(doc);
    expect(opened.problems).toEqual([]);
  });

  it('a PDF carrying a map as an attachment opens as that map; the PDF gets title, language and creator', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'map.pdf');
    const bytes = await finishPdf(await blankPdf(), { title: doc.map.title, lang: 'zh-CN', appVersion: '9.9.9', project: serializeProject(doc) });
    fs.writeFileSync(file, bytes);
    expect((await openMapFile(file)).doc).toEqual(doc);
    const reread = await PDFDocument.load(bytes);
    expect(reread.getTitle()).toBe(doc.map.title);
    expect(reread.getCreator()).toBe('Journey Mapper 9.9.9');
    expect(await pdfMap(await blankPdf())).toBeNull();
  });

  it('PNG and PDF files without a map, damaged ones, and maps from a newer app are refused clearly and left unchanged', async () => {
    const dir = tempDir();
    const newer = path.join(dir, 'newer.cjm');
    writeProject(newer, doc);
    const { default: Database } = await import('better-sqlite3');
    const db = new Database(newer);
    db.pragma('user_version = 99');
    db.close();
    const cases: [string, Buffer | Uint8Array, string, RegExp][] = [
      ['plain.png', await png([]), 'no-map-data', /plain\.png: this PNG holds no journey map/],
      ['plain.pdf', await blankPdf(), 'no-map-data', /plain\.pdf: this PDF holds no journey map/],
      ['cut.png', (await png([mapChunk(serializeProject(doc))])).subarray(0, 60), 'corrupt', /cut\.png: the PNG file is damaged/],
      ['cut.pdf', Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog'), 'corrupt', /cut\.pdf: the PDF file is damaged/],
      ['newer.png', await png([mapChunk(fs.readFileSync(newer))]), 'too-new', /file format 99/],
      ['junk.png', await png([mapChunk(Buffer.from('SQLite format 3\0garbage'))]), 'corrupt', /junk\.png/],
    ];
    for (const [name, bytes, code, message] of cases) {
      const file = path.join(dir, name);
      fs.writeFileSync(file, bytes);
      const error = await openMapFile(file).catch((e: unknown) => e);
      expect(error, name).toMatchObject({ code, message: expect.stringMatching(message) });
      expect(fs.readFileSync(file).equals(Buffer.from(bytes)), name).toBe(true);
    }
  });
});
