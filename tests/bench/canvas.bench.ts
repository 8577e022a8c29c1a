// canvas-2000: frame times while panning and zooming a generated 60 × 10 map with ≈2,000 cards
// in the web shell, against a bare React Flow page with as many plain nodes, in the same run.
import react from '@vitejs/plugin-react';
import type { Page } from '@playwright/test';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { build } from 'vite';
import { metricsReader, percentile, recordFrames, withMapInBrowser } from './browser.ts';
import { generateMap } from './generateMap.ts';
import { line } from './measure.ts';

const repo = path.resolve(import.meta.dirname, '../..');
const SECONDS = 5;

/** Pans and zooms for SECONDS while a rAF loop records frame-to-frame times. */
async function frameTimes(page: Page): Promise<number[]> {
  const stop = await recordFrames(page);
  await page.mouse.move(700, 450);
  const end = Date.now() + SECONDS * 1000;
  for (let i = 0; Date.now() < end; i++) {
    const phase = Math.floor(i / 20) % 4;
    if (phase === 0) await page.mouse.wheel(60, 20);
    else if (phase === 1) await page.mouse.wheel(-40, 30);
    else {
      await page.keyboard.down('Control');
      await page.mouse.wheel(0, phase === 2 ? -40 : 40);
      await page.keyboard.up('Control');
    }
  }
  return stop();
}

function serve(dir: string): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const file = path.join(dir, new URL(req.url ?? '/', 'http://x').pathname.replace(/^\/$/, '/index.html'));
    if (!file.startsWith(dir)) return res.writeHead(404).end();
    fs.readFile(file, (error, data) => {
      if (error) return res.writeHead(404).end();
      res.writeHead(200, { 'Content-Type': file.endsWith('.js') ? 'text/javascript' : file.endsWith('.css') ? 'text/css' : 'text/html' }).end(data);
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

export async function benchCanvas(): Promise<void> {
  const bareOut = path.join(repo, 'out/bench-bare');
  await build({ root: path.join(repo, 'tests/bench/bare'), base: './', plugins: [react()], logLevel: 'silent', build: { outDir: bareOut, emptyOutDir: true } });
  const doc = generateMap({ scenes: 60, lanes: 10, cards: 2000 });
  const bare = await serve(bareOut);
  try {
    await withMapInBrowser(doc, 'large.cjm', async (page, browser) => {
      await page.waitForTimeout(500);
      const metrics = await metricsReader(page);
      const before = await metrics();
      const map = await frameTimes(page);
      const after = await metrics();
      const spent = (name: string) => ((after[name] ?? 0) - (before[name] ?? 0)) * 1000;

      const barePage = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      await barePage.goto(`http://127.0.0.1:${(bare.address() as AddressInfo).port}/?n=${Object.keys(doc.cards).length}`);
      await barePage.locator('.react-flow__node').first().waitFor();
      await barePage.waitForTimeout(500);
      const floor = await frameTimes(barePage);

      const p95 = percentile(map, 95);
      const bareP95 = percentile(floor, 95);
      line(`canvas-${Object.keys(doc.cards).length}`, { p50: percentile(map, 50), p95, bare_p95: bareP95, ratio: p95 / bareP95 });
      // Main-thread time of the map page during the 5 s, by kind; the rest of each frame is raster and compositing.
      const task = spent('TaskDuration');
      const script = spent('ScriptDuration');
      const style = spent('RecalcStyleDuration');
      const layout = spent('LayoutDuration');
      line('canvas-main-thread', { task_ms: task, script_ms: script, style_ms: style, layout_ms: layout, other_ms: task - script - style - layout });
    });
  } finally {
    bare.close();
  }
}
