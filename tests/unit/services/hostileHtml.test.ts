// Open… on HTML files that were not written by this app, or were changed since: each is refused
// clearly (no map data, or damaged), fast, and without reading more than the file; the .cjm a
// page carries is held to every check a .cjm on disk is (a hostile one is refused the same way).
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlPage } from '../../../electron/services/export/html.ts';
import { openMapFile } from '../../../electron/services/export/importMap.ts';
import { serializeProject } from '../../../electron/services/projectFile.ts';
import { VIEWER_DATA_VERSION, type ViewerData } from '../../../shared/export/viewerData.ts';
import { MAX_CARRIER_BYTES } from '../../../shared/limits.ts';
import { createDocument } from '../../../shared/templates.ts';
import { ENDLESS_VIEW, hostileBytes } from '../../hostile/files.ts';
import { FAKE_VIEWER } from './fakeViewer.ts';
import { tempDir } from './tmp.ts';

const doc = createDocument('car-dealer', 'en');
const data: ViewerData = { version: VIEWER_DATA_VERSION, doc, images: {}, appVersion: 't', today: '2026-12-02' };
/** A page as the app writes it, carrying `project` (bytes of any kind). */
const carrying = (project: Uint8Array) => htmlPage(data, project, FAKE_VIEWER, { title: 'x', locale: 'en', appVersion: 't' }).toString('latin1');
const good = carrying(serializeProject(doc));
const OPEN = '<script type="application/vnd.journey-mapper.cjm+base64" id="cjm-project">';
const blockOf = (page: string) => page.slice(page.indexOf(OPEN), page.indexOf('</script>', page.indexOf(OPEN)) + '</script>'.length);
const base64Of = (page: string) => blockOf(page).slice(OPEN.length, -'</script>'.length);

const refusal = async (file: string) => openMapFile(file).then(() => null, (error: unknown) => error);

describe('hostile HTML files', () => {
  it('the app’s own page opens; pages without the block, or with a changed one, are refused as no map or damaged', async () => {
    const dir = tempDir();
    const b64 = base64Of(good);
    const cases: [string, string, string, RegExp][] = [
      ['plain.html', '<!doctype html><html><body><p>Hello</p></body></html>', 'no-map-data', /plain\.html: this HTML holds no journey map/],
      ['script-only.html', '<!doctype html><script>var x = "cjm";</script>', 'no-map-data', /this HTML holds no journey map/],
      ['two.html', good.replace(blockOf(good), blockOf(good) + blockOf(good)), 'corrupt', /two\.html: the HTML file is damaged and cannot be read \(it has more than one map block\)/],
      ['type.html', good.replace(OPEN, '<script type="text/javascript" id="cjm-project">'), 'corrupt', /is not of type application\/vnd\.journey-mapper\.cjm\+base64/],
      ['attribute.html', good.replace(OPEN, OPEN.replace('>', ' onload="x">')), 'corrupt', /is not of type/],
      ['chars.html', good.replace(b64, `${b64.slice(0, 100)}*${b64.slice(101)}`), 'corrupt', /its map block is not base64/],
      ['spaces.html', good.replace(b64, `${b64.slice(0, 100)}\n${b64.slice(100)}`), 'corrupt', /its map block is not base64/],
      ['cut.html', good.replace(b64, b64.slice(0, -3)), 'corrupt', /its map block is not base64/],
      ['cut-quads.html', good.replace(b64, b64.slice(0, 4000)), 'corrupt', /cut-quads\.html/],
      ['unclosed.html', good.slice(0, good.indexOf(OPEN) + OPEN.length + 4000), 'corrupt', /its map block is not closed/],
      ['empty.html', good.replace(b64, ''), 'corrupt', /its map block is not base64/],
      ['junk.html', carrying(Buffer.from('not a database at all, just text'.repeat(10))), 'not-a-map', /junk\.html/],
      ['junk-sqlite.html', carrying(Buffer.from('SQLite format 3\0garbage')), 'corrupt', /junk-sqlite\.html/],
      ['endless.html', carrying(hostileBytes(ENDLESS_VIEW)), 'corrupt', /'cards' is a view, not a table/],
    ];
    for (const [name, page, code, message] of cases) {
      const file = path.join(dir, name);
      fs.writeFileSync(file, page, 'latin1');
      expect(await refusal(file), name).toMatchObject({ code, message: expect.stringMatching(message) });
      expect(fs.readFileSync(file, 'latin1') === page, name).toBe(true);
    }
    fs.writeFileSync(path.join(dir, 'good.html'), good, 'latin1');
    expect((await openMapFile(path.join(dir, 'good.html'))).doc).toEqual({ ...doc, comments: {} });
  });

  it('100 MB of < is read once and refused at once: no block in it', async () => {
    const file = path.join(tempDir(), 'angles.html');
    fs.writeFileSync(file, Buffer.alloc(100 * 1024 * 1024, '<'));
    expect(await refusal(file)).toMatchObject({ code: 'no-map-data' });
  }, 20_000);

  it('millions of script elements are read in little memory: nothing is kept per element', () => {
    // 7 million empty scripts (119 MB, off the heap) read with a 128 MB heap: a reader that listed the elements needs over 500 MB.
    const file = path.join(tempDir(), 'scripts.html');
    fs.writeFileSync(file, Buffer.from(`<!doctype html>${'<script></script>'.repeat(7_000_000)}`));
    const html = path.resolve(import.meta.dirname, '../../../electron/services/export/html.ts');
    const reader = `import fs from 'node:fs'; import { extractMap } from ${JSON.stringify(html)}; process.stdout.write(String(extractMap(fs.readFileSync(${JSON.stringify(file)}))));`;
    const result = spawnSync(process.execPath, ['--max-old-space-size=128', '--experimental-strip-types', '--no-warnings', '--input-type=module', '-e', reader], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('null');
  }, 60_000);

  it('an opening tag that never closes, and 100 MB after an opening block, cost their length only', async () => {
    const dir = tempDir();
    const cases: [string, Buffer, string][] = [
      ['open-tag.html', Buffer.concat([Buffer.from('<!doctype html><script id="cjm-project" '), Buffer.alloc(50 * 1024 * 1024, 'a')]), 'no-map-data'],
      ['many-scripts.html', Buffer.from(`<!doctype html>${'<script>'.repeat(5_000_000)}`), 'no-map-data'],
      // Well-formed base64 of 75 MB of zeros: read, then refused as no map by readProjectBytes.
      ['long-block.html', Buffer.concat([Buffer.from(`<!doctype html>${OPEN}`), Buffer.alloc(100 * 1024 * 1024, 'A'), Buffer.from('</script>')]), 'not-a-map'],
    ];
    for (const [name, bytes, code] of cases) {
      const file = path.join(dir, name);
      fs.writeFileSync(file, bytes);
      expect(await refusal(file), name).toMatchObject({ code });
    }
  }, 30_000);

  it('a file larger than any carrier is refused by its size, unread', async () => {
    const file = path.join(tempDir(), 'huge.html');
    fs.writeFileSync(file, '<!doctype html>');
    fs.truncateSync(file, MAX_CARRIER_BYTES + 1);
    expect(await refusal(file)).toMatchObject({ code: 'not-a-map', message: 'huge.html: is too large to hold a journey map' });
  });

  it('a FIFO named x.html is refused at once, without blocking', async () => {
    const fifo = path.join(tempDir(), 'x.html');
    execFileSync('mkfifo', [fifo]);
    expect(await refusal(fifo)).toMatchObject({ code: 'not-a-map', message: 'x.html: is not a regular file (a pipe, device or socket), not a journey map' });
  });
});
