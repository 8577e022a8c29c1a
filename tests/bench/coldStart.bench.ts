// web-cold-start: from starting the web shell process (`node electron/web/main.ts`) to a map
// being interactive in the browser: the shell prints its address, the page loads, "New from
// template" opens the car-dealer map, and a card takes a click and shows as selected. The
// browser is started once beforehand (a user's browser is usually running already).
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { line, median } from './measure.ts';

const repo = path.resolve(import.meta.dirname, '../..');
const RUNS = 5;

function startShell(root: string, userData: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, ['--experimental-strip-types', '--no-warnings', 'electron/web/main.ts', '--port', '0', '--dir', root, '--user-data', userData], {
    cwd: repo,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const stop = () => new Promise<void>((resolve) => (child.once('exit', () => resolve()), child.kill('SIGINT')));
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /^Web shell: (http:\/\/\S+)$/m.exec(out);
      if (match?.[1]) resolve({ url: match[1], stop });
    });
    child.once('exit', (code) => reject(new Error(`web shell exited with ${code}`)));
  });
}

export async function benchColdStart(): Promise<void> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  const samples: number[] = [];
  const toShell: number[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cjm-cold-'));
      const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'cjm-cold-user-'));
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
      const page = await context.newPage();
      const start = performance.now();
      const shell = await startShell(root, userData);
      toShell.push(performance.now() - start);
      try {
        await page.goto(shell.url);
        await page.getByRole('button', { name: /New from template/ }).click();
        const card = page.getByTestId('card').first();
        await card.click();
        await page.locator('[data-testid="card"].is-selected').first().waitFor();
        samples.push(performance.now() - start);
      } finally {
        await context.close();
        await shell.stop();
        fs.rmSync(root, { recursive: true, force: true });
        fs.rmSync(userData, { recursive: true, force: true });
      }
    }
  } finally {
    await browser.close();
  }
  line('web-cold-start', { median: Math.round(median(samples)), shell_ready: Math.round(median(toShell)) });
}
