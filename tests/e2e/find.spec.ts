// Find (Ctrl/Cmd+F): every match listed, Enter jumps to the next and selects it, the map pans to
// show it, matches are marked on the map.
import type { Page } from '@playwright/test';
import { cardById, newFromTemplate, pickTemplate } from './helpers.ts';
import { expect, test } from './webShell.ts';

test.use({ viewport: { width: 1366, height: 768 } });

/** The card is on screen, not under the pinned lane headers or the stage and scene headers. */
async function expectInView(page: Page, id: string) {
  const canvas = (await page.locator('.canvas').boundingBox())!;
  const headers = (await page.locator('[data-testid="lane-header"]').first().boundingBox())!;
  const box = (await cardById(page, id).boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(headers.x + headers.width - 1);
  expect(box.x + box.width).toBeLessThanOrEqual(canvas.x + canvas.width + 1);
  expect(box.y).toBeGreaterThanOrEqual(canvas.y);
  expect(box.y + box.height).toBeLessThanOrEqual(canvas.y + canvas.height + 1);
  // …and not under the find bar or the minimap either.
  for (const cover of [page.getByTestId('find-bar'), page.locator('.react-flow__minimap')]) {
    const over = (await cover.boundingBox())!;
    const apart = box.x + box.width <= over.x || box.x >= over.x + over.width || box.y >= over.y + over.height || box.y + box.height <= over.y;
    expect(apart, `card ${JSON.stringify(box)} under ${JSON.stringify(over)}`).toBe(true);
  }
}

test('Ctrl+F lists every match; Enter jumps to each in turn, selects it and brings it into view', async ({ page, shell }) => {
  await newFromTemplate(page, shell.url);
  await page.keyboard.press('Control+f');
  const bar = page.getByTestId('find-bar');
  await expect(bar.getByRole('searchbox')).toBeFocused();
  await page.keyboard.type('price');
  await expect(bar.getByTestId('find-count')).toHaveText('5 matches');
  const results = bar.getByRole('option');
  await expect(results).toHaveCount(5);
  // Titles first, then cards and notes from left to right.
  await expect(results.nth(0)).toContainText('Price & finance');
  await expect(results.nth(0)).toContainText('Scene');
  await expect(results.nth(1)).toContainText('Know the real on-the-road price before visiting');
  await expect(results.nth(1).locator('mark')).toHaveText('price');
  await expect(results.nth(1)).toContainText('Customer needs');
  await expect(results.nth(4)).toContainText('Emotion note');
  // Visible matches are marked on the map before any jump.
  await expect(cardById(page, 'card-choose-compare-needs-1')).toHaveClass(/is-found--match/);

  await page.keyboard.press('Enter');
  await expect(bar.getByTestId('find-count')).toHaveText('1 of 5');
  // A scene title: its header is marked as the current match and brought into view.
  const header = page.locator('[data-testid="scene-header"][data-scene-id="scene-buy-negotiate"]');
  await expect(header).toHaveClass(/is-found--current/);
  await page.waitForTimeout(300);
  const headerBox = (await header.boundingBox())!;
  expect(headerBox.x + headerBox.width).toBeLessThanOrEqual((await page.locator('.canvas').boundingBox())!.width + 200);
  await page.keyboard.press('Enter');
  await expect(bar.getByTestId('find-count')).toHaveText('2 of 5');
  await expect(cardById(page, 'card-choose-compare-needs-1')).toHaveClass(/is-selected/);
  await expect(cardById(page, 'card-choose-compare-needs-1')).toHaveClass(/is-found--current/);
  await expect(page.getByTestId('inspector')).toBeVisible();

  // The next match is off to the right at this window size: the map pans to it.
  await page.keyboard.press('Enter');
  await expect(bar.getByTestId('find-count')).toHaveText('3 of 5');
  await expect(cardById(page, 'card-buy-negotiate-needs-1')).toHaveClass(/is-selected/);
  await page.waitForTimeout(300);
  await expectInView(page, 'card-buy-negotiate-needs-1');

  await page.keyboard.press('Enter');
  await page.waitForTimeout(300);
  await expectInView(page, 'card-rebuy-tradein-needs-1');
  await page.screenshot({ path: test.info().outputPath('find-en.png') });
  // The emotion note selects its point; past the last, back to the first; Shift+Enter goes back.
  await page.keyboard.press('Enter');
  await expect(bar.getByTestId('find-count')).toHaveText('5 of 5');
  await page.waitForTimeout(300);
  await page.screenshot({ path: test.info().outputPath('find-note-en.png') });
  await page.keyboard.press('Enter');
  await expect(bar.getByTestId('find-count')).toHaveText('1 of 5');
  await page.keyboard.press('Shift+Enter');
  await expect(bar.getByTestId('find-count')).toHaveText('5 of 5');

  // A click on a listed match jumps there too.
  await results.nth(2).click();
  await expect(cardById(page, 'card-buy-negotiate-needs-1')).toHaveClass(/is-selected/);

  // Esc closes the bar, keeps the selection and gives the keys back to the map.
  await bar.getByRole('searchbox').focus();
  await page.keyboard.press('Escape');
  await expect(bar).toBeHidden();
  await expect(cardById(page, 'card-buy-negotiate-needs-1')).not.toHaveClass(/is-found/);
  await expect(cardById(page, 'card-buy-negotiate-needs-1')).toHaveClass(/is-selected/);
});

test('find follows edits, finds titles and notes, and speaks Chinese', async ({ page, shell }) => {
  await page.goto(shell.url);
  await page.getByTestId('language').selectOption('zh-CN');
  await page.getByRole('button', { name: /从模板新建/ }).click();
  await pickTemplate(page);
  await expect(page.getByTestId('card').first()).toBeVisible();
  await page.getByRole('button', { name: '查找' }).click();
  const bar = page.getByTestId('find-bar');
  await bar.getByRole('searchbox').fill('报价');
  await expect(bar.getByRole('option')).toHaveCount(4);
  await expect(bar.getByTestId('find-count')).toHaveText('4 个匹配');
  await expect(bar.getByRole('option').first()).toContainText('顾问报价，经理审批');
  await page.screenshot({ path: test.info().outputPath('find-zh.png') });

  // Deleting a found card takes it off the list at once.
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: '查找' }).click();
  await expect(bar.getByRole('searchbox')).toHaveValue('报价');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Delete');
  await page.getByRole('button', { name: '查找' }).click();
  await expect(bar.getByRole('option')).toHaveCount(3);

  // A scene title: jumping shows its header.
  await bar.getByRole('searchbox').fill('试驾');
  await expect(bar.getByRole('option').filter({ hasText: '场景' }).first()).toBeVisible();
  await page.keyboard.press('Control+f');
  await expect(bar.getByRole('searchbox')).toBeFocused();
  // Deleting the current match keeps the position within the list.
  await bar.getByRole('searchbox').fill('报价');
  await page.keyboard.press('Shift+Enter');
  await expect(bar.getByTestId('find-count')).toHaveText('第 3 个，共 3 个');
  await page.waitForTimeout(300);
  await page.locator('.card.is-selected').click({ button: 'right' });
  await page.getByTestId('context-menu').getByRole('menuitem', { name: /删除/ }).click();
  await expect(bar.getByRole('option')).toHaveCount(2);
  await expect(bar.getByTestId('find-count')).toHaveText('第 2 个，共 2 个');
  await bar.getByRole('searchbox').fill('zzz-nothing');
  await expect(bar.getByTestId('find-count')).toHaveText('没有匹配项');
});
