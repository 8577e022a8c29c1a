// Versions in the map's file: save one before the workshop, change the map, save another,
// preview the first and restore it; the state before restoring is kept as a version too.
import { expect, test } from './webShell.ts';
import { documentOf, pickTemplate } from './helpers.ts';

test('save versions, preview one, restore it; the current state is kept first', async ({ page, shell }) => {
  await page.goto(shell.url);
  await page.getByRole('button', { name: /New from template/ }).click();
  await pickTemplate(page);
  await page.getByTestId('card').first().waitFor();
  const cardsAtStart = Object.keys((await documentOf(page)).cards).length;

  // The first version asks for a name, then where to save the untitled map.
  await page.getByRole('button', { name: 'Versions' }).click();
  const versions = page.getByTestId('versions-dialog');
  await expect(versions).toContainText('Save version… asks where to save it first');
  await versions.getByRole('button', { name: 'Save version…' }).click();
  const name = page.getByTestId('text-dialog');
  await name.getByRole('textbox').fill('Before the workshop 工作坊前');
  await name.getByRole('button', { name: 'OK' }).click();
  await page.getByTestId('file-dialog').getByTestId('file-name-input').fill('dealer');
  await page.getByTestId('file-dialog').getByRole('button', { name: 'Save', exact: true }).click();
  await expect(versions.getByTestId('version-item')).toHaveCount(1);
  await versions.getByRole('button', { name: 'Close' }).click();

  // Change the map: two cards go; save a second version with Ctrl+Alt+S.
  for (let i = 0; i < 2; i++) {
    await page.getByTestId('card').first().click();
    await page.keyboard.press('Delete');
  }
  await page.keyboard.press('Control+Alt+s');
  await name.getByRole('textbox').fill('After the workshop');
  await name.getByRole('button', { name: 'OK' }).click();
  await expect(page.getByTestId('notice')).toContainText('Version “After the workshop” saved');
  await expect(page.getByTestId('unsaved-marker')).toHaveCount(0);

  await page.getByRole('button', { name: 'Versions' }).click();
  const items = versions.getByTestId('version-item');
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toContainText('After the workshop');
  await expect(items.nth(1)).toContainText(`${cardsAtStart} cards`);
  await items.nth(1).click();
  await expect(versions.getByTestId('version-preview')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('versions.png') });
  await versions.getByRole('button', { name: 'Restore' }).click();
  await page.getByTestId('confirm-dialog').getByRole('button', { name: 'Restore' }).click();

  await expect(page.getByTestId('notice')).toContainText('restored');
  await expect.poll(async () => Object.keys((await documentOf(page)).cards).length).toBe(cardsAtStart);
  await expect(page.getByTestId('unsaved-marker')).toBeVisible();
  await expect(versions.getByTestId('version-item')).toHaveCount(3);
  await expect(versions.getByTestId('version-item').nth(0)).toContainText('Before restoring “Before the workshop 工作坊前”');
  void shell;
});
