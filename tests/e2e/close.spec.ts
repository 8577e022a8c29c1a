// Leaving the web shell with unsaved changes asks first (the browser's own prompt); staying keeps
// the map as it was, and once the map is saved the page closes without a question.
import path from 'node:path';
import type { Dialog } from '@playwright/test';
import { cjm, documentOf, openFromFolder } from './helpers.ts';
import { expect, test } from './webShell.ts';

test('closing with unsaved changes asks; staying keeps the changes; a saved map closes at once', async ({ page, shell }) => {
  const file = path.join(shell.root, 'dealer.cjm');
  expect(cjm('new', file, '--template', 'car-dealer', '--lang', 'en').status).toBe(0);
  await openFromFolder(page, shell.url, 'dealer.cjm');
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
