// What the browser benches share: a map opened in the web shell in Chromium, frame times from a
// requestAnimationFrame loop, Chromium's own counters, percentiles.
import { chromium, type Browser, type Page } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeProject } from '../../electron/services/projectFile.ts';
import { startWebShell } from '../../electron/web/server.ts';
import type { JourneyDoc } from '../../shared/model.ts';

const repo = path.resolve(import.meta.dirname, '../..');

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

export type Metrics = Record<string, number>;

/** Chromium's own counters (seconds since the session started): where the main thread's time went. */
export async function metricsReader(page: Page): Promise<() => Promise<Metrics>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  return async () => {
    const { metrics: list } = await cdp.send('Performance.getMetrics');
    return Object.fromEntries(list.map((m) => [m.name, m.value]));
  };
}

/** Starts recording frame times; the function returned stops and gives the frame-to-frame times. */
export async function recordFrames(page: Page): Promise<() => Promise<number[]>> {
  await page.evaluate(() => {
    const times: number[] = [];
    (window as { cjmFrames?: number[] }).cjmFrames = times;
    const tick = (t: number) => {
      times.push(t);
      if ((window as { cjmFrames?: number[] }).cjmFrames === times) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  return async () => {
    const stamps = await page.evaluate(() => {
      const frames = (window as { cjmFrames?: number[] }).cjmFrames ?? [];
      (window as { cjmFrames?: number[] }).cjmFrames = undefined;
      return frames;
    });
    return stamps.slice(1).map((t, i) => t - (stamps[i] as number));
  };
}

/** `doc` saved as `fileName`, opened in the web shell at 1440×900 in Chromium; everything is removed after `run`. */
export async function withMapInBrowser(doc: JourneyDoc, fileName: string, run: (page: Page, browser: Browser) => Promise<void>): Promise<void> {
  await withFileInBrowser((file) => writeProject(file, doc), fileName, run);
}

/** The Chromium launched for a bench carries this switch, so its processes can be found (for their memory). */
export const BENCH_SWITCH = `--cjm-bench=${process.pid}`;

/**
 * A map file made by `write`, opened in the web shell at 1440×900 in Chromium; `beforeOpen` runs
 * on the start page (to watch requests), `opened` is how long from the click on the file to its
 * first card. Everything is removed after `run`.
 */
export async function withFileInBrowser(
  write: (file: string) => void,
  fileName: string,
  run: (page: Page, browser: Browser, opened: { ms: number }) => Promise<void>,
  beforeOpen?: (page: Page) => Promise<void>,
): Promise<void> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cjm-bench-maps-'));
  const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'cjm-bench-user-'));
  write(path.join(root, fileName));
  const shell = await startWebShell({ port: 0, root, userDataDir: userData, staticDir: path.join(repo, 'out/renderer'), appVersion: 'bench', systemLocale: 'en' });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', BENCH_SWITCH],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
    await page.goto(shell.url);
    await beforeOpen?.(page);
    await page.getByRole('button', { name: /Open…/ }).click();
    const start = performance.now();
    await page.getByTestId('file-list').getByRole('button', { name: new RegExp(fileName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).click();
    await page.getByTestId('card').first().waitFor();
    await run(page, browser, { ms: performance.now() - start });
  } finally {
    await browser.close();
    await shell.close();
    fs.rmSync(root, { recursive: true, force: true });
    fs.rmSync(userData, { recursive: true, force: true });
  }
}

/**
 * Memory (MB, proportional set size: pages shared between processes count once) of the bench's
 * Chromium: all its processes, and the largest one (the page's renderer). Linux only; NaN elsewhere.
 */
export function chromiumMemory(): { totalMb: number; largestMb: number } {
  if (!fs.existsSync('/proc/self/smaps_rollup')) return { totalMb: Number.NaN, largestMb: Number.NaN };
  const pss = (pid: string) => Number(/^Pss:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? 0) / 1024;
  const pids = fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  const ppid = new Map<string, string>();
  let root: string | undefined;
  for (const pid of pids) {
    try {
      ppid.set(pid, (/PPid:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? ''));
      if (!root && fs.readFileSync(`/proc/${pid}/cmdline`, 'latin1').split('\0').includes(BENCH_SWITCH)) root = pid;
    } catch {
      // a process that ended meanwhile
    }
  }
  if (!root) return { totalMb: Number.NaN, largestMb: Number.NaN };
  const tree = new Set([root]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, parent] of ppid) {
      if (tree.has(pid) || !tree.has(parent)) continue;
      tree.add(pid);
      grew = true;
    }
  }
  const sizes = [...tree].map((pid) => {
    try {
      return pss(pid);
    } catch {
      return 0;
    }
  });
  return { totalMb: sizes.reduce((a, b) => a + b, 0), largestMb: Math.max(...sizes) };
}
