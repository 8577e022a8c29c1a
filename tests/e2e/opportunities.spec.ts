// Scoring an opportunity on the method's four criteria: the inspector, the card's score line,
// the rank among the map's opportunities, undo; in English and Chinese.
import type { Page } from '@playwright/test';
import { cardById, documentOf, findCard, newFromTemplate } from './helpers.ts';
import { expect, test } from './webShell.ts';

test.use({ viewport: { width: 1366, height: 768 } });

async function score(page: Page, criterion: string, value: number, reason?: string) {
  const field = page.getByTestId(`criterion-${criterion}`);
  await field.getByRole('radio', { name: String(value), exact: true }).click();
  if (reason) {
    await field.getByTestId(`reason-${criterion}`).fill(reason);
    await field.getByTestId(`reason-${criterion}`).press('Enter');
  }
}

test('score an opportunity on need & emotion, pain, feasibility and visibility; it shows value × feasibility and ranks', async ({ page, shell }) => {
  await newFromTemplate(page, shell.url);
  const first = cardById(page, 'card-aware-video-opportunities-1');
  await findCard(page, 'Reply to comments within the hour');
  await expect(first).toHaveClass(/is-selected/);
  const inspector = page.getByTestId('inspector');
  // The template comes scored, with a reason for each criterion.
  await expect(inspector.getByTestId('opportunity-summary')).toHaveText('Value 3.7 · feasibility 4 · rank 5');
  await expect(first.locator('.score')).toHaveText('◆ 3.7 × 4');
  await expect(inspector.getByTestId('reason-pain')).toHaveValue(/Nothing hurts yet/);
  await score(page, 'need', 5, 'He wants a straight answer before he visits');
  await score(page, 'pain', 5);
  await score(page, 'visibility', 3);
  await score(page, 'feasibility', 5, 'One person watching the account');
  await expect(inspector.getByTestId('opportunity-summary')).toHaveText('Value 4.3 · feasibility 5 · rank 1');
  await expect(first.locator('.score')).toHaveText('◆ 4.3 × 5');
  const doc = await documentOf(page);
  expect(doc.cards['card-aware-video-opportunities-1']?.scores).toMatchObject({
    need: { value: 5, reason: 'He wants a straight answer before he visits' },
    pain: { value: 5, reason: expect.stringMatching(/^Nothing hurts yet/) },
    visibility: { value: 3 },
    feasibility: { value: 5, reason: 'One person watching the account' },
  });
  await page.screenshot({ path: test.info().outputPath('opportunity-en.png') });

  // A second, stronger one ranks first; the first drops to second.
  await findCard(page, 'Share each booking');
  await expect(inspector.getByTestId('opportunity-summary')).toHaveText('Value 5.0 · feasibility 4 · rank 2');
  await score(page, 'feasibility', 5);
  await expect(inspector.getByTestId('opportunity-summary')).toHaveText('Value 5.0 · feasibility 5 · rank 1');
  await findCard(page, 'Reply to comments within the hour');
  await expect(inspector.getByTestId('opportunity-summary')).toHaveText('Value 4.3 · feasibility 5 · rank 2');

  // Each click is one undo step; clicking a chosen score again clears it.
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await documentOf(page)).cards['card-choose-visit-opportunities-1']?.scores?.feasibility?.value).toBe(4);
  await page.getByTestId('criterion-pain').getByRole('radio', { name: '5', exact: true }).click();
  expect((await documentOf(page)).cards['card-aware-video-opportunities-1']?.scores?.pain).toBeUndefined();

  await page.getByTestId('language').selectOption('zh-CN');
  await expect(page.getByTestId('criterion-need').locator('legend')).toHaveText('需求与情感');
  await expect(inspector.getByTestId('opportunity-summary')).toContainText('排名第');
  await page.screenshot({ path: test.info().outputPath('opportunity-zh.png') });
});

test('the opportunities panel lists them most cost-effective first, filters, and shows the one clicked', async ({ page, shell }) => {
  await newFromTemplate(page, shell.url);
  await page.getByTestId('tab-opportunities').click();
  const panel = page.getByTestId('opportunities-panel');
  const rows = panel.getByTestId('opportunity-row');
  // The template's seven, all scored: value × feasibility decides the order.
  await expect(rows).toHaveCount(7);
  await expect(rows.nth(0)).toContainText('#1');
  await expect(rows.nth(0)).toContainText('Share each booking');
  await expect(rows.nth(0)).toContainText('◆ 5.0 × 4');
  await expect(rows.nth(1)).toContainText('#2');
  await expect(rows.nth(1)).toContainText('One-page quote');
  await expect(rows.nth(1)).toContainText('◆ 4.3 × 4');
  await expect(rows.nth(6)).toContainText('#7');
  await expect(rows.nth(6)).toContainText('Push app bookings');
  await page.screenshot({ path: test.info().outputPath('opportunities-panel-en.png') });

  // The map's weights: pain counting three times moves the quote's value, on the list and the card.
  const pain = panel.getByTestId('opportunity-weights').getByLabel('Pain');
  await pain.fill('3');
  await pain.press('Enter');
  await expect(rows.nth(1)).toContainText('◆ 4.6 × 4');
  expect((await documentOf(page)).map.opportunityWeights).toEqual({ need: 1, pain: 3, visibility: 1 });
  await pain.blur();
  await page.keyboard.press('Control+z');
  await expect(rows.nth(1)).toContainText('◆ 4.3 × 4');

  // One left without its feasibility drops to the end, unranked, and is what the filter keeps.
  await findCard(page, 'One-page quote');
  await page.getByTestId('criterion-feasibility').getByRole('radio', { name: '4', exact: true }).click();
  await page.keyboard.press('Escape');
  await page.getByTestId('tab-opportunities').click();
  await expect(rows.nth(6)).toContainText('One-page quote');
  await expect(rows.nth(6)).toContainText('—');
  await panel.getByTestId('opportunities-unscored').check();
  await expect(rows).toHaveCount(1);
  await panel.getByTestId('opportunities-unscored').uncheck();
  await panel.getByTestId('opportunities-stage').selectOption({ label: 'Buy' });
  await expect(rows).toHaveCount(1);
  await rows.first().click();
  await expect(cardById(page, 'card-buy-negotiate-opportunities-1')).toHaveClass(/is-selected/);
  // The tab is remembered: with nothing selected again, the opportunities show.
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('opportunities-panel')).toBeVisible();
});

test('the opportunity matrix: dots by value and feasibility in named quadrants; drag one to rescore it, click to show its card', async ({ page, shell }) => {
  await newFromTemplate(page, shell.url);
  await findCard(page, 'One-page quote');
  for (const [criterion, value] of [['need', 2], ['pain', 3], ['visibility', 1], ['feasibility', 2]] as const) await score(page, criterion, value);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Shift+O');
  const matrix = page.getByTestId('opportunity-matrix');
  await expect(matrix).toBeVisible();
  await expect(matrix.getByText('Quick wins')).toBeVisible();
  // the template's seven opportunities are all scored, so all are placed
  await expect(matrix.getByTestId('matrix-dot')).toHaveCount(7);
  await expect(matrix).not.toContainText('not fully scored');
  const dot = matrix.locator('[data-opportunity="card-buy-negotiate-opportunities-1"]');
  await expect(dot).toHaveAttribute('data-quadrant', 'deprioritise');
  await page.screenshot({ path: test.info().outputPath('matrix-before-en.png') });

  // Drag it to value 4, feasibility 5 (the plot is 420 px with 44 px margins: 83 px a step).
  const plot = (await matrix.locator('svg').boundingBox())!;
  const at = (value: number, feasibility: number) => ({ x: plot.x + 44 + ((value - 1) / 4) * 332, y: plot.y + 420 - 44 - ((feasibility - 1) / 4) * 332 });
  const from = (await dot.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  const to = at(4, 5);
  await page.mouse.move(to.x, to.y, { steps: 10 });
  await page.mouse.up();
  await expect(dot).toHaveAttribute('data-quadrant', 'quickWins');
  const scores = (await documentOf(page)).cards['card-buy-negotiate-opportunities-1']?.scores;
  expect(scores?.feasibility?.value).toBe(5);
  // need, pain and visibility moved together (2, 3, 1 → 4, 5, 3): value 4
  expect([scores?.need?.value, scores?.pain?.value, scores?.visibility?.value]).toEqual([4, 5, 3]);
  await page.screenshot({ path: test.info().outputPath('matrix-after-en.png') });

  // One undo step puts it back.
  await page.keyboard.press('Control+z');
  await expect(dot).toHaveAttribute('data-quadrant', 'deprioritise');

  // By keyboard: → raises value one step, ↑ feasibility, each one undo step.
  await dot.focus();
  await page.keyboard.press('ArrowUp');
  await expect.poll(async () => (await documentOf(page)).cards['card-buy-negotiate-opportunities-1']?.scores?.feasibility?.value).toBe(3);
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await documentOf(page)).cards['card-buy-negotiate-opportunities-1']?.scores?.need?.value).toBe(3);
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect(dot).toHaveAttribute('data-quadrant', 'deprioritise');

  // A click selects its card on the map.
  await dot.click();
  await expect(cardById(page, 'card-buy-negotiate-opportunities-1')).toHaveClass(/is-selected/);

  await page.getByTestId('language').selectOption('zh-CN');
  await expect(matrix.getByText('速赢')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('matrix-zh.png') });
  await page.keyboard.press('Escape');
  await expect(matrix).toBeHidden();
});
