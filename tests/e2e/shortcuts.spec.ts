// The shortcut sheet (? or F1): every command with its keys, in the UI language, from the
// same description the keys are tested against.
import { documentOf, newFromTemplate } from './helpers.ts';
import { expect, test } from './webShell.ts';

test.use({ viewport: { width: 1366, height: 768 } });

test('? opens the sheet of every command and its keys, in English and Chinese; the keys it lists work', async ({ page, shell }) => {
  await newFromTemplate(page, shell.url);
  await page.keyboard.press('?');
  const sheet = page.getByTestId('shortcut-sheet');
  await expect(sheet).toBeVisible();
  await expect(sheet.getByRole('heading', { name: 'Keyboard shortcuts' })).toBeVisible();
  for (const [group, label, keys] of [
    ['File', 'Save', 'Ctrl+S'],
    ['Edit', 'Find…', 'Ctrl+F'],
    ['Edit', 'Redo', 'Ctrl+Shift+Z'],
    ['On the map', 'Move selection up', '↑'],
    ['While typing a card', 'New line in the card', 'Shift+Enter'],
    ['View', 'Fit Map to Window', 'Ctrl+0'],
    ['Help', 'Keyboard Shortcuts', 'F1'],
  ]) {
    const row = sheet.getByRole('region', { name: group }).locator('.shortcut-row', { hasText: label }).first();
    await expect(row.locator('kbd').first()).toHaveText(keys!);
  }
  // The whole sheet is on screen at a projector's resolution.
  const box = await sheet.boundingBox();
  expect(box!.y + box!.height).toBeLessThanOrEqual(768);
  await page.screenshot({ path: test.info().outputPath('shortcuts-en.png') });

  // Filtering narrows the list.
  await sheet.getByRole('textbox').fill('zoom');
  await expect(sheet.locator('.shortcut-row')).toHaveCount(3);
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();

  // F1 opens it too; the toolbar's ? button names its key.
  await expect(page.getByRole('button', { name: 'Keyboard Shortcuts' })).toHaveAttribute('title', 'Keyboard Shortcuts (F1)');
  await page.getByTestId('language').selectOption('zh-CN');
  await page.keyboard.press('F1');
  await expect(sheet.getByRole('heading', { name: '键盘快捷键' })).toBeVisible();
  await expect(sheet.getByRole('region', { name: '输入卡片时' }).locator('.shortcut-row', { hasText: '卡片内换行' }).locator('kbd')).toHaveText('Shift+Enter');
  await page.screenshot({ path: test.info().outputPath('shortcuts-zh.png') });
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
});

test('typing ? in a card types it, and does not open the sheet', async ({ page, shell }) => {
  await newFromTemplate(page, shell.url);
  await page.getByTestId('card').first().dblclick();
  await page.keyboard.type('Why?');
  await expect(page.getByTestId('shortcut-sheet')).toBeHidden();
  await expect(page.locator('.card__editor')).toHaveValue(/Why\?$/);
});

test('toolbar titles show the shortcuts the keys really run', async ({ page, shell }) => {
  await newFromTemplate(page, shell.url);
  await expect(page.locator('[data-command="save"]')).toHaveAttribute('title', 'Save (Ctrl+S)');
  await expect(page.locator('[data-command="redo"]')).toHaveAttribute('title', 'Redo (Ctrl+Shift+Z)');
  await expect(page.locator('[data-command="zoom-in"]')).toHaveAttribute('title', 'Zoom In (Ctrl+=)');
  await expect(page.locator('[data-command="find"]')).toHaveAttribute('title', 'Find (Ctrl+F)');
});

test('under an open dialog, map keys do nothing and Esc closes the dialog', async ({ page, shell }) => {
  await newFromTemplate(page, shell.url);
  await page.keyboard.press('Control+e');
  const dialog = page.getByTestId('export-dialog');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('F1');
  await expect(page.getByTestId('shortcut-sheet')).toBeHidden();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('Enter and Tab on a button over the map press the button, not the selected card', async ({ page, shell }) => {
  await newFromTemplate(page, shell.url);
  await page.locator('[data-card-id="card-aware-video-needs-1"]').click();
  const cards = Object.keys((await documentOf(page)).cards).length;
  // Tab from the channel badge moves the focus on; it makes no card in the next scene.
  await page.locator('[data-scene-id="scene-aware-video"] .channel-badge').focus();
  await page.keyboard.press('Tab');
  await expect(page.locator('.card__editor')).toHaveCount(0);
  expect(Object.keys((await documentOf(page)).cards)).toHaveLength(cards);
  // Enter on "+ Stage" adds a stage (and opens its name), it does not edit the card.
  const stages = await page.getByTestId('stage-header').count();
  await page.locator('.add-stage').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('stage-header')).toHaveCount(stages + 1);
  await expect(page.locator('.card__editor')).toHaveCount(0);
});
