// Reloading the web shell's page reopens the map that was open, editable (its own lock is no
// other window's), at the view it had; unsaved changes come back from their draft. Lock files
// beside the maps never show in the file browser.
import fs from 'node:fs';
import path from 'node:path';
import { cardById, cjm, openFromFolder } from './helpers.ts';
import { expect, test } from './webShell.ts';

const transform = (page: import('@playwright/test').Page) => page.locator('.react-flow__viewport').getAttribute('style');

test('a reload reopens the open map, editable, at its view', async ({ page, shell }) => {
  expect(cjm('new', path.join(shell.root, 'dealer.cjm'), '--template', 'car-dealer', '--lang', 'en').status).toBe(0);
  await openFromFolder(page, shell.url, 'dealer.cjm');
  await page.mouse.move(700, 500);
  await page.mouse.wheel(300, 200);
  await page.waitForTimeout(400);
  const view = await transform(page);

  await page.reload();
  await expect(page.getByTestId('file-name')).toHaveText('dealer.cjm');
  await expect.poll(() => transform(page)).toBe(view);
  // Editable: no "open elsewhere, read-only" notice, and Save writes the file itself (no Save As).
  await expect(page.getByTestId('notice')).toHaveCount(0);
  await page.keyboard.press('Shift+1');
  await cardById(page, 'card-aware-video-needs-1').click();
  await page.keyboard.press('Delete');
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('unsaved-marker')).toHaveCount(0);
  await expect(page.getByTestId('file-dialog')).toHaveCount(0);
});

test('reloaded again before the map came back: the map still comes back', async ({ page, shell }) => {
  expect(cjm('new', path.join(shell.root, 'dealer.cjm'), '--template', 'car-dealer', '--lang', 'en').status).toBe(0);
  await openFromFolder(page, shell.url, 'dealer.cjm');
  // A slow disk: the first reopen is still under way when the tab is reloaded once more.
  let delayed = 0;
  await page.route('**/api/doc:open', async (route) => {
    if (delayed++ === 0) await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue().catch(() => {});
  });
  await page.reload();
  await page.waitForTimeout(300);
  await page.reload();
  await expect(page.getByTestId('file-name')).toHaveText('dealer.cjm');
});

test('a reload with unsaved changes brings them back', async ({ page, shell }) => {
  expect(cjm('new', path.join(shell.root, 'dealer.cjm'), '--template', 'car-dealer', '--lang', 'en').status).toBe(0);
  await openFromFolder(page, shell.url, 'dealer.cjm');
  await cardById(page, 'card-aware-video-needs-1').click();
  await page.keyboard.press('Delete');
  await expect(page.getByTestId('unsaved-marker')).toBeVisible();
  // The browser asks before leaving a page with unsaved changes; the user goes ahead.
  page.on('dialog', (dialog) => void dialog.accept());
  await page.reload();
  await expect(page.getByTestId('file-name')).toContainText('dealer.cjm');
  await expect(page.getByTestId('unsaved-marker')).toBeVisible();
  await expect(cardById(page, 'card-aware-video-needs-1')).toHaveCount(0);
  await expect(page.getByTestId('recovery-dialog')).toHaveCount(0);
  await expect(page.getByTestId('notice')).toHaveCount(0);
  // Still the file's editor: Save writes dealer.cjm, no Save As.
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('unsaved-marker')).toHaveCount(0);
  await expect(page.getByTestId('file-dialog')).toHaveCount(0);
  const needs = () => (JSON.parse(cjm('info', path.join(shell.root, 'dealer.cjm')).stdout) as { cardsPerLaneKind: { needs: number } }).cardsPerLaneKind.needs;
  expect(needs()).toBe(13);
});

test('a reload brings back an untitled map with its changes', async ({ page, shell }) => {
  await page.goto(shell.url);
  await page.getByRole('button', { name: /New blank map/ }).click();
  await page.getByTestId('stage-header').first().dblclick();
  await page.keyboard.press('Control+a');
  await page.keyboard.insertText('Reloaded stage');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('unsaved-marker')).toBeVisible();
  page.on('dialog', (dialog) => void dialog.accept());
  await page.reload();
  await expect(page.getByTestId('stage-header').first()).toContainText('Reloaded stage');
  await expect(page.getByTestId('unsaved-marker')).toBeVisible();
  await expect(page.getByTestId('recovery-dialog')).toHaveCount(0);
});

test('lock files do not show in the file browser', async ({ page, shell }) => {
  expect(cjm('new', path.join(shell.root, 'x.cjm'), '--template', 'blank', '--lang', 'en').status).toBe(0);
  fs.writeFileSync(path.join(shell.root, '.~lock.x.cjm#'), '{}');
  fs.writeFileSync(path.join(shell.root, '~lock.y.cjm#'), '{}');
  fs.writeFileSync(path.join(shell.root, '~$x.cjm'), '');
  await page.goto(shell.url);
  await page.getByRole('button', { name: /Open…/ }).click();
  const list = page.getByTestId('file-list');
  await expect(list.locator('.file-entry__name')).toHaveText(['x.cjm']);
});
