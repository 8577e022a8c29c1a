// canvas-2000: frame times while panning and zooming a generated 60 × 10 map with ≈2,000 cards
// in the web shell, against a bare React Flow page with as many plain nodes, in the same run.
import react from '@vitejs/plugin-react';
import { chromium, type Page } from '@playwright/test';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { writeProject } from '../../electron/services/projectFile.ts';
import { startWebShell } from '../../electron/web/server.ts';
import { generateMap } from './generateMap.ts';
import { line } from './measure.ts';

const repo = path.resolve(import.meta.dirname, '../..');
const SECONDS = 5;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

type Metrics = Record<string, number>;

/** Chromium's own counters (seconds since the session started): where the main thread's time went. */
async function metricsReader(page: Page): Promise<() => Promise<Metrics>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  return async () => {
    const { metrics: list } = await cdp.send('Performance.getMetrics');
    return Object.fromEntries(list.map((m) => [m.name, m.value]));
  };
}

/** Pans and zooms for SECONDS while a rAF loop records frame-to-frame times. */
async function frameTimes(page: Page): Promise<number[]> {
  await page.evaluate(() => {
    const times: number[] = [];
    (window as { cjmFrames?: number[] }).cjmFrames = times;
    const tick = (t: number) => {
      times.push(t);
      if ((window as { cjmFrames?: number[] }).cjmFrames === times) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
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
  const stamps = await page.evaluate(() => {
    const frames = (window as { cjmFrames?: number[] }).cjmFrames ?? [];
    (window as { cjmFrames?: number[] }).cjmFrames = undefined;
    return frames;
  });
  return stamps.slice(1).map((t, i) => t - (stamps[i] as number));
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
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cjm-bench-maps-'));
  const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'cjm-bench-user-'));
  const doc = generateMap({ scenes: 60, lanes: 10, cards: 2000 });
  writeProject(path.join(root, 'large.cjm'), doc);
  const shell = await startWebShell({ port: 0, root, userDataDir: userData, staticDir: path.join(repo, 'out/renderer'), appVersion: 'bench', systemLocale: 'en' });
  const bare = await serve(bareOut);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
    await page.goto(shell.url);
    await page.getByRole('button', { name: /Open…/ }).click();
    await page.getByTestId('file-list').getByRole('button', { name: /large\.cjm/ }).click();
    await page.getByTestId('card').first().waitFor();
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
  } finally {
    await browser.close();
    await shell.close();
    bare.close();
    fs.rmSync(root, { recursive: true, force: true });
    fs.rmSync(userData, { recursive: true, force: true });
  }
}
