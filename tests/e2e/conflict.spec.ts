// Someone else changes the file while it is open here (a sync folder, a colleague): saving asks
// before overwriting their version, and Save As keeps both.
import path from 'node:path';
import { cjm, openFromFolder } from './helpers.ts';
import { expect, test } from './webShell.ts';

const titleOf = (file: string) => (JSON.parse(cjm('info', file).stdout) as { title: string }).title;

test('the file changed on disk: save asks, Save As keeps both versions, Overwrite replaces', async ({ page, shell }) => {
  const file = path.join(shell.root, 'dealer.cjm');
  expect(cjm('new', file, '--template', 'car-dealer', '--lang', 'en').status).toBe(0);
  await openFromFolder(page, shell.url, 'dealer.cjm');
  await page.getByTestId('card').first().click();
  await page.keyboard.press('Delete');
  await expect(page.getByTestId('unsaved-marker')).toBeVisible();

  // Another program replaces the file.
  expect(cjm('new', file, '--template', 'blank', '--lang', 'zh-CN', '--force').status).toBe(0);
  const theirs = titleOf(file);

  await page.keyboard.press('Control+s');
  const ask = page.getByTestId('choice-dialog');
  await expect(ask).toContainText('was changed by another program or computer');
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('unsaved-marker')).toBeVisible();
  expect(titleOf(file)).toBe(theirs);

  await page.keyboard.press('Control+s');
  await ask.getByRole('button', { name: 'Save As…' }).click();
  const dialog = page.getByTestId('file-dialog');
  await dialog.getByTestId('file-name-input').fill('dealer-mine');
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByTestId('file-name')).toHaveText('dealer-mine.cjm');
  await expect(page.getByTestId('unsaved-marker')).toHaveCount(0);
  expect(titleOf(file)).toBe(theirs);
  expect(titleOf(path.join(shell.root, 'dealer-mine.cjm'))).toBe('Car dealer journey');

  // The copy saved here saves again without a question; a change by others asks again, and
  // Overwrite replaces their version.
  await page.getByTestId('card').first().click();
  await page.keyboard.press('Delete');
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('unsaved-marker')).toHaveCount(0);
  await page.getByTestId('card').first().click();
  await page.keyboard.press('Delete');
  expect(cjm('new', path.join(shell.root, 'dealer-mine.cjm'), '--template', 'blank', '--force').status).toBe(0);
  await page.keyboard.press('Control+s');
  await ask.getByRole('button', { name: 'Overwrite' }).click();
  await expect(page.getByTestId('unsaved-marker')).toHaveCount(0);
  expect(titleOf(path.join(shell.root, 'dealer-mine.cjm'))).toBe('Car dealer journey');
});

test('saving a version of a file changed on disk asks too; Overwrite saves the map and the version', async ({ page, shell }) => {
  const file = path.join(shell.root, 'dealer.cjm');
  expect(cjm('new', file, '--template', 'car-dealer', '--lang', 'en').status).toBe(0);
  await openFromFolder(page, shell.url, 'dealer.cjm');
  await page.getByTestId('card').first().click();
  await page.keyboard.press('Delete');
  expect(cjm('new', file, '--template', 'blank', '--lang', 'zh-CN', '--force').status).toBe(0);

  const saveVersion = async () => {
    await page.keyboard.press('Control+Alt+s');
    const name = page.getByTestId('text-dialog');
    await name.getByRole('textbox').fill('mine');
    await name.getByRole('button', { name: 'OK' }).click();
  };
  const ask = page.getByTestId('choice-dialog');
  await saveVersion();
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('unsaved-marker')).toBeVisible();
  expect(titleOf(file)).not.toBe('Car dealer journey');

  await saveVersion();
  await ask.getByRole('button', { name: 'Overwrite' }).click();
  await expect(page.getByTestId('notice')).toContainText('Version “mine” saved');
  await expect(page.getByTestId('unsaved-marker')).toHaveCount(0);
  expect(titleOf(file)).toBe('Car dealer journey');
  await page.getByRole('button', { name: 'Versions' }).click();
  await expect(page.getByTestId('versions-dialog').getByTestId('version-item')).toHaveCount(1);
});
