// The same map opened in two windows: the second is told it is open elsewhere, opens read-only,
// and saving there goes to Save As; once the first window shows another map, the file is free.
import path from 'node:path';
import { cjm, openFromFolder } from './helpers.ts';
import { expect, test } from './webShell.ts';

test('a map open in another window opens read-only and saves only under another name', async ({ page, context, shell }) => {
  expect(cjm('new', path.join(shell.root, 'dealer.cjm'), '--template', 'car-dealer', '--lang', 'en').status).toBe(0);
  const open = (p: typeof page) => openFromFolder(p, shell.url, 'dealer.cjm');
  await open(page);
  await expect(page.getByTestId('notice')).toHaveCount(0);

  const second = await context.newPage();
  await open(second);
  await expect(second.getByTestId('notice')).toContainText('is already open in another window. It opened read-only here');
  await second.getByTestId('card').first().click();
  await second.keyboard.press('Delete');
  await second.keyboard.press('Control+s');
  const dialog = second.getByTestId('file-dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByTestId('file-name-input').fill('dealer-copy');
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(second.getByTestId('file-name')).toHaveText('dealer-copy.cjm');

  // The first window goes back to the start view: the file is free for anyone.
  await page.getByRole('button', { name: 'Home' }).click();
  const third = await context.newPage();
  await open(third);
  await expect(third.getByTestId('notice')).toHaveCount(0);
});

test('exporting a map open read-only leaves it unchanged: nothing to save on closing', async ({ page, context, shell }) => {
  expect(cjm('new', path.join(shell.root, 'dealer.cjm'), '--template', 'car-dealer', '--lang', 'en').status).toBe(0);
  await openFromFolder(page, shell.url, 'dealer.cjm');
  const second = await context.newPage();
  await openFromFolder(second, shell.url, 'dealer.cjm');
  await expect(second.getByTestId('notice')).toContainText('opened read-only here');
  await second.keyboard.press('Control+e');
  await second.getByTestId('export-lanes').getByLabel('Service actions').uncheck();
  await second.getByTestId('export-run').click();
  await second.getByTestId('file-name-input').fill('for-client');
  await second.getByTestId('file-dialog').getByRole('button', { name: 'Save', exact: true }).click();
  await expect(second.getByTestId('export-dialog')).toHaveCount(0, { timeout: 30_000 });
  await expect(second.getByTestId('unsaved-marker')).toHaveCount(0);
});
