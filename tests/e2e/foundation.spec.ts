// The first real journey: start a map from the car-dealer template, edit a card in Chinese,
// undo and redo, save, reload the page, open the file again.
import fs from 'node:fs';
import path from 'node:path';
import { documentOf, pickTemplate } from './helpers.ts';
import { expect, test } from './webShell.ts';

const README_SCREENSHOT = path.resolve(import.meta.dirname, '../../docs/screenshot.png');

test('new map from template → edit → undo/redo → save → home → open', async ({ page, shell }) => {
  await page.goto(shell.url);
  await expect(page.getByRole('button', { name: /New blank map/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /Open…/ })).toBeVisible();
  await expect(page.getByText('Maps you open or save appear here.')).toBeVisible();

  await page.getByRole('button', { name: /New from template/ }).click();
  await pickTemplate(page);
  const stages = page.locator('[data-testid="stage-header"] .stage-header__title');
  await expect(stages).toHaveText(['Aware', 'Choose', 'Buy', 'Use', 'Follow-up', 'Rebuy']);
  await expect(page.getByTestId('file-name')).toContainText('Untitled map');
  await expect(page.getByTestId('unsaved-marker')).toHaveCount(0);

  const card = page.getByTestId('card').first();
  const cardId = await card.getAttribute('data-card-id');
  const original = (await card.innerText()).split('\n')[0] ?? '';
  const edited = `预约后到店没人接待 — nobody greets me`;

  // Double-click edits in place; Esc cancels.
  await card.dblclick();
  const editor = page.getByRole('textbox', { name: 'Card text' });
  await expect(editor).toBeFocused();
  await page.keyboard.insertText('thrown away');
  await page.keyboard.press('Escape');
  await expect(editor).toHaveCount(0);
  await expect(card).toContainText(original);

  // Enter on the selected card edits too. Enter commits the typed Chinese text and starts the
  // next card below; Esc leaves that new card empty, so it disappears.
  const cardCount = async () => Object.keys((await documentOf(page)).cards).length;
  const cards = await cardCount();
  await card.click();
  await page.keyboard.press('Enter');
  await expect(editor).toBeFocused();
  await page.keyboard.insertText(edited);
  await page.keyboard.press('Enter');
  const editedCard = page.locator(`[data-card-id="${cardId}"]`);
  await expect(editedCard).toContainText(edited);
  await expect(editor).toBeFocused();
  await expect.poll(cardCount).toBe(cards + 1);
  await page.keyboard.press('Escape');
  await expect.poll(cardCount).toBe(cards);
  await expect(page.getByTestId('unsaved-marker')).toBeVisible();
  await expect(page).toHaveTitle(/^● /);

  await page.keyboard.press('Control+z');
  await expect(editedCard).toContainText(original);
  await expect(page.getByTestId('unsaved-marker')).toHaveCount(0);
  await page.keyboard.press('Control+Shift+z');
  await expect(editedCard).toContainText(edited);

  // Save: the web shell asks for a file name inside its folder.
  await page.keyboard.press('Control+s');
  const dialog = page.getByTestId('file-dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByTestId('file-name-input').fill('dealer');
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('file-name')).toHaveText('dealer.cjm');
  await expect(page.getByTestId('unsaved-marker')).toHaveCount(0);
  expect(fs.existsSync(path.join(shell.root, 'dealer.cjm'))).toBe(true);

  await page.getByTestId('card').first().click();
  fs.mkdirSync(path.dirname(README_SCREENSHOT), { recursive: true });
  await page.screenshot({ path: README_SCREENSHOT });

  // Home: the start view, where the map is a recent file; open it with Open…. (A reload would
  // reopen it by itself, see reload.spec.ts.)
  await page.getByRole('button', { name: 'Home' }).click();
  await expect(page.getByRole('list', { name: 'Recent maps' })).toContainText('dealer.cjm');
  // with the picture the file keeps of itself since its last save
  const thumbnail = page.getByRole('list', { name: 'Recent maps' }).getByTestId('recent-thumbnail').first();
  await expect(thumbnail).toHaveAttribute('data-status', 'ready');
  expect(await thumbnail.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(100);
  await page.screenshot({ path: test.info().outputPath('start-recent.png') });
  await page.getByRole('button', { name: /Open…/ }).click();
  await page.getByTestId('file-list').getByRole('button', { name: /dealer\.cjm/ }).click();
  await expect(page.locator(`[data-card-id="${cardId}"]`)).toContainText(edited);
  await expect(page.getByTestId('file-name')).toHaveText('dealer.cjm');
  await expect(page.getByTestId('unsaved-marker')).toHaveCount(0);
});

test('in Chinese: the UI and a new template map are in Chinese', async ({ page, shell }) => {
  await page.goto(shell.url);
  await page.getByTestId('language').selectOption('zh-CN');
  await expect(page.getByRole('button', { name: /从模板新建/ })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.getByRole('button', { name: /从模板新建/ }).click();
  await pickTemplate(page);
  await expect(page.locator('[data-testid="stage-header"] .stage-header__title')).toHaveText(['知晓', '选车', '购买', '用车', '回电', '再购']);
  await expect(page.getByTestId('lane-header').first()).toContainText('客户需求');
  await expect(page.getByTestId('palette-touchpoints')).toHaveText('客户触点');
  await expect(page.getByTestId('file-name')).toContainText('未命名地图');
});

test('unsaved changes are guarded when leaving the map', async ({ page, shell }) => {
  await page.goto(shell.url);
  await page.getByRole('button', { name: /New blank map/ }).click();
  await expect(page.getByTestId('scene-header')).toHaveCount(3);
  await page.keyboard.press('Control+z');
  await page.getByRole('button', { name: 'Home' }).click();
  await expect(page.getByRole('button', { name: /New blank map/ })).toBeVisible();

  await page.getByRole('button', { name: /New from template/ }).click();
  await pickTemplate(page);
  const card = page.getByTestId('card').first();
  await card.dblclick();
  await page.keyboard.insertText('changed');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Home' }).click();
  const ask = page.getByTestId('unsaved-dialog');
  await expect(ask).toContainText('Untitled map');
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(card).toContainText('changed');
  await page.getByRole('button', { name: 'Home' }).click();
  await ask.getByRole('button', { name: "Don't save" }).click();
  await expect(page.getByRole('button', { name: /New blank map/ })).toBeVisible();
});

test('a damaged file gets a clear message and the file is left as it was', async ({ page, shell }) => {
  const file = path.join(shell.root, 'broken.cjm');
  fs.writeFileSync(file, 'this is not a journey map');
  await page.goto(shell.url);
  await page.getByRole('button', { name: /Open…/ }).click();
  await page.getByTestId('file-list').getByRole('button', { name: /broken\.cjm/ }).click();
  await expect(page.getByTestId('notice')).toContainText('broken.cjm is not a journey map file.');
  await expect(page.getByRole('button', { name: /New blank map/ })).toBeVisible();
  expect(fs.readFileSync(file, 'utf8')).toBe('this is not a journey map');
});

test('the web shell API refuses requests without the token', async ({ request, shell }) => {
  const without = await request.post(`${shell.origin}/api/app:info`, { data: {} });
  expect(without.status()).toBe(401);
  const wrong = await request.post(`${shell.origin}/api/app:info`, { data: {}, headers: { Authorization: 'Bearer nope' } });
  expect(wrong.status()).toBe(401);
  const right = await request.post(`${shell.origin}/api/app:info`, { data: {}, headers: { Authorization: `Bearer ${shell.token}` } });
  expect(right.status()).toBe(200);
  expect(await right.json()).toMatchObject({ ok: true, value: { shell: 'web' } });
});
