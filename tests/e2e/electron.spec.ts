// Smoke test of the real Electron app, where its binary is installed. On machines without it
// (ours: the binary cannot be downloaded) the test is skipped and says why.
import { _electron as electron, expect, test } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';

const repo = path.resolve(import.meta.dirname, '../..');
const pathFile = path.join(repo, 'node_modules/electron/path.txt');
const binary = fs.existsSync(pathFile) ? path.join(repo, 'node_modules/electron/dist', fs.readFileSync(pathFile, 'utf8')) : null;

test('the Electron app opens on the start view with a secure bridge', async () => {
  test.skip(!binary || !fs.existsSync(binary), 'Electron binary not installed here (it cannot be downloaded offline); the web shell tests cover the renderer');
  const app = await electron.launch({ executablePath: binary as string, args: [repo] });
  try {
    const window = await app.firstWindow();
    await expect(window.getByRole('button', { name: /New blank map|新建空白地图/ })).toBeVisible();
    // No Node in the renderer, only the bridge.
    expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(await window.evaluate(() => typeof (window as { cjm?: unknown }).cjm)).toBe('object');
  } finally {
    await app.close();
  }
});
