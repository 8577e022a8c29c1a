// Leaving the web shell with unsaved changes asks first (the browser's own prompt); staying keeps
// the map as it was, and once the map is saved the page closes without a question.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { Dialog } from '@playwright/test';
import { documentOf } from './helpers.ts';
import { expect, test } from './webShell.ts';

const repo = path.resolve(import.meta.dirname, '../..');

test('closing with unsaved changes asks; staying keeps the changes; a saved map closes at once', async ({ page, shell }) => {
  const file = path.join(shell.root, 'dealer.cjm');
  expect(spawnSync(process.execPath, ['electron/cli/main.ts', 'new', file, '--template', 'car-dealer', '--lang', 'en'], { cwd: repo }).status).toBe(0);
  await page.goto(shell.url);
  await page.getByRole('button', { name: /Open…/ }).click();
  await page.getByTestId('file-list').getByRole('button', { name: /dealer\.cjm/ }).click();
  await expect(page.getByTestId('file-name')).toHaveText('dealer.cjm');
  const cardCount = async () => Object.keys((await documentOf(page)).cards).length;
  const cards = await cardCount();

  const asked: string[] = [];
  const stay = (dialog: Dialog) => {
    asked.push(dialog.type());
    void dialog.dismiss();
  };
  page.on('dialog', stay);

  await page.getByTestId('card').first().click();
  await page.keyboard.press('Delete');
  await expect(page.getByTestId('unsaved-marker')).toBeVisible();
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => asked).toEqual(['beforeunload']);
  expect(page.isClosed()).toBe(false);
  expect(await cardCount()).toBe(cards - 1);
  await expect(page.getByTestId('unsaved-marker')).toBeVisible();

  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('unsaved-marker')).toHaveCount(0);
  page.off('dialog', stay);
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => page.isClosed()).toBe(true);
  expect(asked).toEqual(['beforeunload']);
});
