// A map exported as one interactive HTML page: the viewer inline under a CSP that lets only the
// viewer run (named by its hash), the map as JSON no map text can break out of, and the .cjm that
// Open… turns back into the same map. No browser is opened; the viewer here is a tiny stand-in for out/viewer.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportMap, type ExportProgress } from '../../../electron/services/export/exporter.ts';
import { htmlPage, isHtml } from '../../../electron/services/export/html.ts';
import { openMapFile } from '../../../electron/services/export/importMap.ts';
import { readViewerBundle, viewerFolders } from '../../../electron/services/export/viewerBundle.ts';
import { ExportService } from '../../../electron/services/exportService.ts';
import { Editor } from '../../../shared/editor.ts';
import { ExportOptionsSchema, type ExportOptionsInput } from '../../../shared/export/options.ts';
import { exportedDocument } from '../../../shared/export/svg.ts';
import { VIEWER_DATA_ID, VIEWER_DATA_VERSION, type ViewerData } from '../../../shared/export/viewerData.ts';
import type { JourneyDoc } from '../../../shared/model.ts';
import { createDocument } from '../../../shared/templates.ts';
import { FAKE_VIEWER, fakeViewerFolder } from './fakeViewer.ts';
import { tempDir } from './tmp.ts';

const viewer = async () => FAKE_VIEWER;
const noBrowser = () => {
  throw new Error('an HTML file needs no browser');
};
const AT = '2026-12-02T09:30:00.000Z';
const HOSTILE = ['</script><script>alert(1)</script>', '<!-- ', ']]>', '\u2028\u2029', '<img src=x onerror=alert(2)>', `"'\``, '\u0000\u0001\u001f\u007f', '</style>', '<SCRIPT>'].join(' ');

/** The template with hostile text in every place a person types: title, cards, lanes, stages, scenes, comments, views. */
function hostileDoc(): JourneyDoc {
  const doc = createDocument('car-dealer', 'en');
  doc.map.title = `Map ${HOSTILE}`;
  for (const card of Object.values(doc.cards)) card.text = `Card ${HOSTILE}`;
  for (const lane of Object.values(doc.lanes)) lane.title = `Lane ${HOSTILE}`;
  for (const stage of Object.values(doc.stages)) stage.title = `Stage ${HOSTILE}`;
  for (const scene of Object.values(doc.scenes)) scene.title = `Scene ${HOSTILE}`;
  const editor = new Editor(doc);
  const card = Object.keys(doc.cards)[0]!;
  editor.apply({ type: 'addComment', id: 'c1', target: 'card', targetId: card, author: `Wang ${HOSTILE}`, text: `Comment ${HOSTILE}`, at: AT });
  editor.apply({ type: 'addComment', id: 'c2', target: 'map', replyTo: 'c1', author: 'Li', text: `Reply ${HOSTILE}`, at: AT });
  editor.apply({ type: 'addView', id: 'v1', name: `View ${HOSTILE}`, leftOut: {} });
  return editor.doc;
}

const html = async (doc: JourneyDoc, input: Partial<ExportOptionsInput> = {}, onProgress?: (p: ExportProgress) => void) =>
  Buffer.from((await exportMap(doc, ExportOptionsSchema.parse({ format: 'html', ...input }), { openHost: noBrowser, appVersion: '9.9.9', today: '2026-12-02', viewer, onProgress })).bytes);

/** The text of the element that starts with `open`, up to its end tag. */
function element(page: string, open: string, close: string): string {
  const start = page.indexOf(open);
  expect(start, open).toBeGreaterThanOrEqual(0);
  return page.slice(start + open.length, page.indexOf(close, start + open.length));
}
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');

describe('the interactive HTML page', () => {
  it('lets run only its one script and style sheet, by their sha256; the data block parses back to what the viewer needs', async () => {
    const doc = createDocument('car-dealer', 'zh-CN');
    const progress: ExportProgress[] = [];
    const page = (await html(doc, { date: '2026-12-01' }, (p) => progress.push(p))).toString('utf8');
    expect(page.startsWith('<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">')).toBe(true);
    expect(page).toContain('<meta name="generator" content="Journey Mapper 9.9.9">');
    const csp = element(page, '<meta http-equiv="Content-Security-Policy" content="', '"');
    const script = element(page, '<script>', '</script>');
    const style = element(page, '<style>', '</style>');
    expect(script).toBe(FAKE_VIEWER.js);
    expect(style).toBe(FAKE_VIEWER.css);
    expect(csp).toBe(
      `default-src 'none'; script-src 'sha256-${sha256(script)}'; style-src 'sha256-${sha256(style)}'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'`,
    );
    const data = JSON.parse(element(page, `<script type="application/json" id="${VIEWER_DATA_ID}">`, '</script>')) as ViewerData;
    expect(data).toEqual({ version: VIEWER_DATA_VERSION, doc: exportedDocument(doc, {}), images: {}, appVersion: '9.9.9', today: '2026-12-02', date: '2026-12-01' });
    expect(progress).toEqual([{ done: 0, total: 2 }, { done: 1, total: 2 }, { done: 2, total: 2 }]);
  });

  it('carries the originals of the images the exported map names, as data: URLs, and no others', async () => {
    const doc = createDocument('car-dealer', 'en');
    const [inside, outside] = Object.values(doc.cards).sort((a, b) => a.id.localeCompare(b.id));
    const [a, b] = ['a'.repeat(64), 'b'.repeat(64)];
    inside!.images = [a];
    outside!.images = [b];
    const images = new Map([a, b].map((id) => [id, { mime: 'image/png' as const, width: 1, height: 1, bytes: Buffer.from(id) }]));
    const options = ExportOptionsSchema.parse({ format: 'html', lanes: [inside!.laneId], stages: [doc.scenes[inside!.sceneId]!.stageId] });
    const shown = exportedDocument(doc, options);
    const result = await exportMap(doc, options, { openHost: noBrowser, appVersion: 't', viewer, images });
    const data = JSON.parse(element(Buffer.from(result.bytes).toString('utf8'), `id="${VIEWER_DATA_ID}">`, '</script>')) as ViewerData;
    const expected = Object.fromEntries([a, b].filter((id) => Object.values(shown.cards).some((c) => c.images?.includes(id))).map((id) => [id, `data:image/png;base64,${Buffer.from(id).toString('base64')}`]));
    expect(Object.keys(expected)).toContain(a);
    expect(data.images).toEqual(expected);
  });

  it('is refused before it is built when its images would make a file too large to open again', async () => {
    const doc = createDocument('car-dealer', 'en');
    const ids = ['c', 'd', 'e'].map((c) => c.repeat(64));
    Object.values(doc.cards).slice(0, 3).forEach((card, i) => (card.images = [ids[i]!]));
    // Three 60 MB photos (one buffer): 240 MB as base64, past what Open… reads back.
    const photo = Buffer.alloc(60 * 1024 * 1024);
    const images = new Map(ids.map((id) => [id, { mime: 'image/png' as const, width: 1, height: 1, bytes: photo }]));
    const options = ExportOptionsSchema.parse({ format: 'html' });
    await expect(exportMap(doc, options, { openHost: noBrowser, appVersion: 't', viewer, images })).rejects.toMatchObject({ code: 'too-large', params: { reason: 'html', size: 240, limit: 256 } });
  });

  it('no map text appears raw: the data block holds it \\u-escaped, the title escaped, and the page has exactly its 3 scripts', async () => {
    const doc = hostileDoc();
    const page = (await html(doc, { comments: true })).toString('utf8');
    expect(page.match(/<script/gi)).toHaveLength(3);
    expect(page.match(/<\/script/gi)).toHaveLength(3);
    expect(page.match(/<style/gi)).toHaveLength(1);
    expect(page.match(/<\/style/gi)).toHaveLength(1);
    expect(page.match(/<!--/g)).toBeNull();
    for (const raw of ['alert(1)</script>', '<img src=x', '<!--', ']]>', '\u2028', '\u2029', '\u0000', '\u0001', '\u001f', '<SCRIPT>']) expect(page.includes(raw), JSON.stringify(raw)).toBe(false);
    const title = element(page, '<title>', '</title>');
    expect(title.startsWith('Map &#60;/script&#62;&#60;script&#62;alert(1)&#60;/script&#62; &#60;!--  ]]&#62; &#8232;&#8233; &#60;img src=x onerror=alert(2)&#62; &#34;&#39;`'), title).toBe(true);
    const block = element(page, `id="${VIEWER_DATA_ID}">`, '</script>');
    expect(block.toLowerCase()).not.toContain('</script');
    // oxlint-disable-next-line no-control-regex
    expect(/[<>&\u2028\u2029\u0000-\u001f]/.test(block)).toBe(false);
    // Every text comes back whole from the JSON: the card, the lane, the comment, the view.
    const data = JSON.parse(block) as ViewerData;
    expect(data.doc).toEqual(exportedDocument(doc, { comments: true }));
    expect(data.doc.comments.c1?.text).toBe(`Comment ${HOSTILE}`);
    expect(data.doc.views.v1?.name).toBe(`View ${HOSTILE}`);
  });

  it('a cancelled export stops with cancelled; a missing viewer is said, not written around', async () => {
    const doc = createDocument('car-dealer', 'en');
    const options = ExportOptionsSchema.parse({ format: 'html' });
    const controller = new AbortController();
    controller.abort();
    await expect(exportMap(doc, options, { openHost: noBrowser, appVersion: 't', viewer, signal: controller.signal })).rejects.toMatchObject({ code: 'cancelled' });
    const missing = async () => readViewerBundle([path.join(tempDir(), 'none')]);
    await expect(exportMap(doc, options, { openHost: noBrowser, appVersion: 't', viewer: missing })).rejects.toMatchObject({ code: 'internal', message: expect.stringContaining('run npm run build') });
  });

  it('refuses a viewer whose script or style sheet would end its element early, or keep it from ending', () => {
    const data = {} as ViewerData;
    const info = { title: 't', locale: 'en', appVersion: '1' };
    expect(() => htmlPage(data, Buffer.alloc(0), { js: 'x = "</SCRIPT>"', css: '' }, info)).toThrow(/the HTML viewer's script contains '<\/script'/);
    expect(() => htmlPage(data, Buffer.alloc(0), { js: '', css: 'a{}</style><script>' }, info)).toThrow(/style sheet contains '<\/style'/);
    expect(() => htmlPage(data, Buffer.alloc(0), { js: 'x = "<!--<script>"', css: '' }, info)).toThrow(/script contains '<!--'/);
    expect(() => htmlPage(data, Buffer.alloc(0), { js: '', css: 'a::after{content:"<script"}' }, info)).toThrow(/style sheet contains '<script'/);
  });

  it('knows an HTML page by its doctype after a byte order mark and blank lines', () => {
    expect(isHtml(Buffer.from('<!DOCTYPE html>'))).toBe(true);
    expect(isHtml(Buffer.from('\ufeff \r\n\t<!doctype HTML>'))).toBe(true);
    expect(isHtml(Buffer.from('<html>'))).toBe(false);
    expect(isHtml(Buffer.from('SQLite format 3\0'))).toBe(false);
  });
});

describe('the built viewer', () => {
  it('is looked for beside out/main (and its chunks) and beside the sources; missing, the error says to build it', () => {
    const app = path.resolve('/app');
    expect(viewerFolders(path.join(app, 'out/main'))).toContain(path.join(app, 'out/viewer'));
    expect(viewerFolders(path.join(app, 'out/main/chunks'))).toContain(path.join(app, 'out/viewer'));
    expect(viewerFolders(path.join(app, 'electron/services/export'))).toContain(path.join(app, 'out/viewer'));
    const dir = tempDir();
    expect(readViewerBundle([path.join(dir, 'none'), fakeViewerFolder(dir)])).toEqual(FAKE_VIEWER);
    expect(() => readViewerBundle([path.join(dir, 'none')])).toThrow(expect.objectContaining({ code: 'internal', message: expect.stringContaining('run npm run build') }));
  });
});

describe('opening an exported HTML file', () => {
  it('gives back the map it shows, its comments when they were included, as a new (imported) map', async () => {
    const doc = hostileDoc();
    const dir = tempDir();
    const lanes = Object.keys(doc.lanes).slice(0, 3);
    for (const [name, input] of [['with.html', { comments: true, lanes }], ['without.htm', { lanes }]] as const) {
      const file = path.join(dir, name);
      fs.writeFileSync(file, await html(doc, input));
      const opened = await openMapFile(file);
      expect(opened.imported, name).toBe(true);
      expect(opened.doc, name).toEqual(exportedDocument(doc, input));
    }
    expect(Object.keys((await openMapFile(path.join(dir, 'with.html'))).doc.comments).sort()).toEqual(['c1', 'c2']);
    expect((await openMapFile(path.join(dir, 'without.htm'))).doc.comments).toEqual({});
    // The window's way: the export service writes the page whole, and it opens again.
    const service = new ExportService({ openHost: noBrowser, appVersion: 't', viewer });
    const written = path.join(dir, 'window.html');
    const done = await service.run({ jobId: 'j1', path: written, doc, options: ExportOptionsSchema.parse({ format: 'html', comments: true }) });
    expect(done).toMatchObject({ path: written, bytes: fs.statSync(written).size });
    expect((await openMapFile(written)).doc).toEqual(exportedDocument(doc, { comments: true }));
    // Found by its doctype under any name.
    fs.copyFileSync(path.join(dir, 'with.html'), path.join(dir, 'renamed.txt'));
    expect((await openMapFile(path.join(dir, 'renamed.txt'))).imported).toBe(true);
  });
});
