// `cjm export` end to end with the real Chromium: PDF (A3 fit, A4 tiled), PNG at 2× and SVG of
// the car-dealer template in Chinese and English, checked with poppler's own tools, and each
// exported PNG/PDF opened again.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openMapFile } from '../../electron/services/export/importMap.ts';
import { readProject } from '../../electron/services/projectFile.ts';
import { ExportOptionsSchema, imageMargin } from '../../shared/export/options.ts';
import { planPages } from '../../shared/export/pages.ts';
import { exportSvg, renderSvg } from '../../shared/export/svg.ts';
import { sortOrdered } from '../../shared/order.ts';
import { meanDifference, spread, thumbnail } from './thumbnail.ts';
import { expect, test } from './webShell.ts';

const repo = path.resolve(import.meta.dirname, '../..');
const README_PAGE = path.join(repo, 'docs/export-a3.png');

function cjm(...args: string[]) {
  const result = spawnSync(process.execPath, [path.join(repo, 'bin/cjm.js'), ...args], { encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const tool = (name: string, ...args: string[]) => execFileSync(name, args, { encoding: 'utf8' });

for (const lang of ['zh-CN', 'en'] as const) {
  test(`cjm export in ${lang}: PDF fit and tiled, PNG 2×, SVG; each looks like the map and opens again`, async () => {
    test.setTimeout(90_000);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cjm-export-'));
    const source = path.join(dir, 'dealer.cjm');
    expect(cjm('new', source, '--template', 'car-dealer', '--lang', lang).code).toBe(0);
    const { doc } = readProject(source);
    const stageTitles = sortOrdered(Object.values(doc.stages)).map((s) => s.title);
    const out = (name: string) => path.join(dir, name);

    // PDF, A3 landscape, fitted.
    const fit = cjm('export', source, '--format', 'pdf', '--out', out('fit.pdf'), '--page', 'A3', '--date', '2026-11-23');
    expect(fit.err).toMatch(/^(cjm: exporting… \d+%\n)+$/);
    expect(fit.code).toBe(0);
    expect(fit.out.trim()).toBe(`${out('fit.pdf')} (1 page)`);
    const text = tool('pdftotext', out('fit.pdf'), '-');
    for (const title of [doc.map.title, ...stageTitles]) expect(text).toContain(title);
    if (lang === 'zh-CN') expect(text).toContain('知晓');
    const fonts = tool('pdffonts', out('fit.pdf')).trim().split('\n').slice(2);
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) expect(line.split(/\s+/).slice(-5, -4), line).toEqual(['yes']); // the "emb" column
    expect(tool('pdfinfo', out('fit.pdf'))).toMatch(/Page size:\s+119[01]\.\d+ x 841\.\d+ pts \(A3\)/);
    expect(tool('pdfdetach', '-list', out('fit.pdf'))).toContain('journey-map.cjm');

    // PDF, A4 tiled at 100 %.
    const tiled = cjm('export', source, '--format', 'pdf', '--out', out('tiled.pdf'), '--page', 'A4', '--tile', '--quiet');
    expect(tiled.code).toBe(0);
    const map = renderSvg(doc, {});
    const plan = planPages(map.width, map.height, { size: 'A4', landscape: true, margin: 10, mode: 'tile', overlap: 10 });
    expect(tool('pdfinfo', out('tiled.pdf'))).toMatch(new RegExp(`Pages:\\s+${plan.tiles.length}\\n`));
    const tiledText = tool('pdftotext', out('tiled.pdf'), '-');
    for (const title of stageTitles) expect(tiledText).toContain(title);

    // PNG at 2× and SVG.
    expect(cjm('export', source, '--format', 'png', '--out', out('map.png'), '--scale', '2', '--quiet', '--date', '2026-11-23').code).toBe(0);
    const png = fs.readFileSync(out('map.png'));
    const dated = renderSvg(doc, { date: '2026-11-23' });
    // A PNG has the PDF's page margin around the map (issue 13).
    const pngOptions = ExportOptionsSchema.parse({ format: 'png', date: '2026-11-23' });
    const framed = exportSvg(doc, pngOptions);
    const margin = imageMargin(pngOptions);
    expect(margin).toBeGreaterThan(0);
    expect([framed.width, framed.height]).toEqual([dated.width + 2 * margin, dated.height + 2 * margin]);
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([framed.width * 2, framed.height * 2]);
    expect(cjm('export', source, '--format', 'svg', '--out', out('map.svg'), '--quiet').code).toBe(0);
    const svg = fs.readFileSync(out('map.svg'), 'utf8');
    for (const title of stageTitles) expect(svg).toContain(`>${title}</text>`);

    // The printed page looks like the PNG: same layout at thumbnail size, and not blank.
    const dpi = 40;
    tool('pdftoppm', '-r', String(dpi), '-png', '-singlefile', out('fit.pdf'), out('page'));
    const fitPlan = planPages(dated.width, dated.height, { size: 'A3', landscape: true, margin: 10, mode: 'fit' });
    const px = dpi / 25.4;
    const crop = {
      x: ((fitPlan.pageWidth - dated.width * fitPlan.mmPerPixel) / 2) * px,
      y: ((fitPlan.pageHeight - dated.height * fitPlan.mmPerPixel) / 2) * px,
      width: dated.width * fitPlan.mmPerPixel * px,
      height: dated.height * fitPlan.mmPerPixel * px,
    };
    const page = await thumbnail(fs.readFileSync(out('page.png')), 48, 16, crop);
    const image = await thumbnail(png, 48, 16, { x: margin * 2, y: margin * 2, width: dated.width * 2, height: dated.height * 2 });
    expect(spread(page)).toBeGreaterThan(10);
    expect(meanDifference(page, image)).toBeLessThan(6);
    if (lang === 'zh-CN') {
      // For the README: the top left of the printed A3 page, at 150 dpi.
      const at = 150 / dpi;
      const [x, y] = [Math.round(crop.x * at), Math.round(crop.y * at)];
      tool('pdftoppm', '-r', '150', '-png', '-singlefile', '-x', String(x), '-y', String(y), '-W', '1400', '-H', '700', out('fit.pdf'), README_PAGE.replace(/\.png$/, ''));
    }

    // Reopening the PNG and the PDF gives the map back.
    for (const file of ['map.png', 'fit.pdf', 'tiled.pdf']) {
      const reopened = await openMapFile(out(file));
      expect(reopened.imported, file).toBe(true);
      expect(reopened.doc, file).toEqual(doc);
      expect(JSON.parse(cjm('info', out(file)).out), file).toEqual(JSON.parse(cjm('info', source).out));
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });
}

test('cjm export: a corrupt input or a bad flag gives one clear line and no file', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cjm-export-'));
  const broken = path.join(dir, 'broken.cjm');
  fs.writeFileSync(broken, 'SQLite format 3\0 this is not really a database');
  const result = cjm('export', broken, '--format', 'pdf', '--out', path.join(dir, 'x.pdf'));
  expect(result.code).toBe(1);
  expect(result.err.trim().split('\n')).toHaveLength(1);
  expect(result.err).toMatch(/^cjm: broken\.cjm: /);
  const usage = cjm('export', broken, '--format', 'gif', '--out', path.join(dir, 'x.gif'));
  expect(usage.code).toBe(2);
  expect(usage.err).toMatch(/--format must be one of: pdf, png, svg/);
  const plain = path.join(dir, 'plain.png');
  fs.writeFileSync(plain, fs.readFileSync(path.join(repo, 'docs/screenshot.png')));
  const noMap = cjm('info', plain);
  expect(noMap.code).toBe(1);
  expect(noMap.err).toMatch(/plain\.png: this PNG holds no journey map/);
  expect(fs.readdirSync(dir).sort()).toEqual(['broken.cjm', 'plain.png']);
  fs.rmSync(dir, { recursive: true, force: true });
});
