// matrix-200: frame times while one dot of the opportunity matrix is dragged with the mouse, in
// many small steps, across a map with 200 scored opportunities (the web shell, built renderer).
import { chromium } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeProject } from '../../electron/services/projectFile.ts';
import { startWebShell } from '../../electron/web/server.ts';
import type { Card, JourneyDoc } from '../../shared/model.ts';
import { firstKeys } from '../../shared/order.ts';
import { generateMap } from './generateMap.ts';
import { line } from './measure.ts';

const repo = path.resolve(import.meta.dirname, '../..');
const OPPORTUNITIES = 200;
const STEPS = 240;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/** A 20-scene map whose opportunities lane holds `count` cards, each scored on all four criteria. */
export function scoredOpportunitiesMap(count = OPPORTUNITIES): JourneyDoc {
  const doc = generateMap({ scenes: 20, lanes: 6, cards: 120 });
  const lane = Object.values(doc.lanes).find((l) => l.kind === 'opportunities');
  if (!lane) throw new Error('the generated map has no opportunities lane');
  const scenes = Object.keys(doc.scenes);
  const perScene = Math.ceil(count / scenes.length);
  const keys = firstKeys(perScene);
  const score = (n: number) => ({ value: 1 + (n % 5), reason: `reason ${n}` });
  for (let i = 0; i < count; i++) {
    const id = `opp${i}`;
    const card: Card = {
      id,
      laneId: lane.id,
      sceneId: scenes[i % scenes.length] as string,
      order: keys[Math.floor(i / scenes.length)] as string,
      text: `Opportunity ${i + 1}`,
      scores: { need: score(i), pain: score(i * 3 + 1), visibility: score(i * 7 + 2), feasibility: score(i * 11 + 3) },
    };
    doc.cards[id] = card;
  }
  return doc;
}

export async function benchMatrix(): Promise<void> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cjm-bench-maps-'));
  const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'cjm-bench-user-'));
  writeProject(path.join(root, 'matrix.cjm'), scoredOpportunitiesMap());
  const shell = await startWebShell({ port: 0, root, userDataDir: userData, staticDir: path.join(repo, 'out/renderer'), appVersion: 'bench', systemLocale: 'en' });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
    await page.goto(shell.url);
    await page.getByRole('button', { name: /Open…/ }).click();
    await page.getByTestId('file-list').getByRole('button', { name: /matrix\.cjm/ }).click();
    await page.getByTestId('card').first().waitFor();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Shift+O');
    const matrix = page.getByTestId('opportunity-matrix');
    await matrix.waitFor();
    const dots = await matrix.getByTestId('matrix-dot').count();
    if (dots < OPPORTUNITIES) throw new Error(`matrix-200: only ${dots} dots placed`);
    await page.waitForTimeout(300);

    // The dot of the first opportunity, dragged from where it is in a zigzag over the whole plot.
    const plot = (await matrix.locator('svg').boundingBox())!;
    const from = (await matrix.locator('[data-opportunity="opp0"]').boundingBox())!;
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    const before = await metrics();
    await page.evaluate(() => {
      const times: number[] = [];
      (window as { cjmFrames?: number[] }).cjmFrames = times;
      const tick = (t: number) => {
        times.push(t);
        if ((window as { cjmFrames?: number[] }).cjmFrames === times) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    for (let i = 1; i <= STEPS; i++) {
      const t = i / STEPS;
      const x = plot.x + 50 + t * (plot.width - 100);
      const y = plot.y + 50 + (0.5 + 0.45 * Math.sin(t * Math.PI * 6)) * (plot.height - 100);
      await page.mouse.move(x, y);
    }
    const stamps = await page.evaluate(() => {
      const frames = (window as { cjmFrames?: number[] }).cjmFrames ?? [];
      (window as { cjmFrames?: number[] }).cjmFrames = undefined;
      return frames;
    });
    const after = await metrics();
    await page.mouse.up();
    const frames = stamps.slice(1).map((t, i) => t - (stamps[i] as number));
    // main-thread time per pointer move: the part of a frame the matrix itself costs
    const perMove = (name: string) => (((after[name] ?? 0) - (before[name] ?? 0)) * 1000) / STEPS;
    line(`matrix-${OPPORTUNITIES}`, { p95: percentile(frames, 95), p50: percentile(frames, 50), frames: frames.length, moves: STEPS, task_ms_per_move: perMove('TaskDuration'), script_ms_per_move: perMove('ScriptDuration') });
  } finally {
    await browser.close();
    await shell.close();
    fs.rmSync(root, { recursive: true, force: true });
    fs.rmSync(userData, { recursive: true, force: true });
  }
}

// `node --experimental-strip-types tests/bench/matrix.bench.ts` runs this case alone.
if (import.meta.filename === process.argv[1]) await benchMatrix();
