// An opportunity tied to what it addresses: the picker in the inspector, the pain it proposes,
// the rank that follows, an override, the gaps in the panel and their markers on the map, undo;
// in English and Chinese.
import type { Page } from '@playwright/test';
import { cardById, documentOf, newFromTemplate } from './helpers.ts';
import { expect, test } from './webShell.ts';

test.use({ viewport: { width: 1366, height: 768 } });

const SHARE = 'card-choose-visit-opportunities-1';
const QUOTE = 'card-buy-negotiate-opportunities-1';
const NOBODY = 'card-choose-visit-painpoints-1';
const DARKEST = 'emotion-choose-visit';

const gapBadge = (page: Page, cardId: string) => page.locator(`.react-flow__node[data-id="${cardId}"] [data-testid="gap-badge"]`);
const pointBadge = (page: Page, pointId: string) => page.locator(`[data-testid="point-gap-badge"][data-point-id="${pointId}"]`);

/** From the opportunities panel (nothing selected): a click on a row selects the card and shows it. */
async function openFromPanel(page: Page, text: string) {
  await page.getByTestId('opportunities-panel').getByTestId('opportunity-row').filter({ hasText: text }).click();
  await expect(page.getByTestId('inspector')).toBeVisible();
}

async function score(page: Page, criterion: string, value: number) {
  await page.getByTestId(`criterion-${criterion}`).getByRole('radio', { name: String(value), exact: true }).click();
}

async function backToPanel(page: Page) {
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('opportunities-panel')).toBeVisible();
}

test('tie an opportunity to a severe pain point: pain is proposed, the rank follows, the gap closes; override, accept, undo', async ({ page, shell }) => {
  await newFromTemplate(page, shell.url);
  await page.getByTestId('tab-opportunities').click();
  const panel = page.getByTestId('opportunities-panel');
  const gaps = panel.getByTestId('gaps');
  await expect(panel.getByTestId('jump-to-gaps')).toHaveText('Gaps 12 ↓');
  // The template: four severe pain points, three darkest points and five highlights, none addressed.
  await expect(gaps.getByTestId('gap-row')).toHaveCount(12);
  await expect(gaps.locator(`[data-gap-id="${NOBODY}"]`)).toContainText('Severe pain point');
  await expect(gapBadge(page, NOBODY)).toBeVisible();
  await expect(gapBadge(page, NOBODY)).toHaveAttribute('aria-label', 'Gap: no opportunity addresses this');
  // A mild pain point is no gap.
  await expect(gapBadge(page, 'card-aware-friends-painpoints-1')).toHaveCount(0);

  // Two opportunities, scored by hand; the quote ranks first (3.3 × 4 against 3.0 × 4).
  await openFromPanel(page, 'One-page quote');
  for (const [criterion, value] of [['need', 4], ['pain', 3], ['visibility', 3], ['feasibility', 4]] as const) await score(page, criterion, value);
  await backToPanel(page);
  await openFromPanel(page, 'Share each booking');
  for (const [criterion, value] of [['need', 3], ['visibility', 3], ['feasibility', 4]] as const) await score(page, criterion, value);
  const inspector = page.getByTestId('inspector');
  const summary = inspector.getByTestId('opportunity-summary');
  await expect(summary).toHaveText('Value 3.0 · feasibility 4 · rank 2');
  const share = cardById(page, SHARE);
  await expect(share.locator('.rank')).toHaveText('#2');

  // Tie it to "I booked, so why is nobody looking after me?" (●●●) with the mouse.
  const addresses = inspector.getByTestId('addresses');
  await expect(addresses).toContainText('Not tied to anything yet.');
  await addresses.getByTestId('address-add').click();
  const picker = addresses.getByTestId('address-picker');
  await expect(picker.getByRole('group', { name: 'Pain points' })).toBeVisible();
  await expect(picker.getByRole('group', { name: 'Emotion points' })).toBeVisible();
  await picker.getByTestId('address-search').fill('nobody');
  await picker.locator(`[data-target-id="${NOBODY}"]`).click();
  await expect(picker).toHaveCount(0);
  const chip = addresses.getByTestId('address-chip');
  await expect(chip).toHaveCount(1);
  await expect(chip).toContainText('●●●');
  await expect(chip).toContainText('First showroom visit');

  // Pain is proposed: 5, from one pain point; shown as a proposal, counted in value and rank.
  await expect(inspector.getByTestId('proposal-pain')).toHaveText(/Proposed 5 · from 1 pain point\s*Accept/);
  await expect(inspector.getByTestId('criterion-pain').getByRole('radio', { name: '5', exact: true })).toHaveClass(/is-proposed/);
  await expect(inspector.getByTestId('criterion-pain').getByRole('radio', { name: '5', exact: true })).toHaveAttribute('aria-checked', 'false');
  await expect(summary).toHaveText('Value 3.7 · feasibility 4 · rank 1 · Pain proposed');
  await expect(share.locator('.rank')).toHaveText('#1');
  await expect(share.locator('.score')).toHaveText('◆ 3.7 × 4');
  await expect(cardById(page, QUOTE).locator('.rank')).toHaveText('#2');
  expect((await documentOf(page)).cards[SHARE]?.scores?.pain).toBeUndefined();
  await expect(gapBadge(page, NOBODY)).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('relations-inspector-en.png') });

  // In the panel: first now, its pain shown as proposed; the gap is gone.
  await backToPanel(page);
  const rows = panel.getByTestId('opportunity-row');
  await expect(rows.nth(0)).toContainText('Share each booking');
  await expect(rows.nth(0)).toContainText('#1');
  await expect(rows.nth(0).locator('.is-proposed')).toHaveText('Pain 5');
  await expect(gaps.getByTestId('gap-row')).toHaveCount(11);
  await page.screenshot({ path: test.info().outputPath('relations-panel-en.png') });
  await panel.getByTestId('jump-to-gaps').click();
  await expect(gaps.locator('h3')).toBeInViewport();
  await page.screenshot({ path: test.info().outputPath('relations-gaps-en.png') });
  await expect(gaps.locator(`[data-gap-id="${NOBODY}"]`)).toHaveCount(0);

  // Undo takes the tie back, in one step: the gap, the badge and the old rank return; redo again.
  await page.keyboard.press('Control+z');
  await expect(gaps.locator(`[data-gap-id="${NOBODY}"]`)).toBeVisible();
  await expect(gapBadge(page, NOBODY)).toBeVisible();
  await expect(rows.nth(0)).toContainText('One-page quote');
  await page.keyboard.press('Control+Shift+z');
  await expect(gapBadge(page, NOBODY)).toHaveCount(0);
  await expect(rows.nth(0)).toContainText('Share each booking');

  // Override: the user's 2 wins (the proposal stays in sight); cleared, the proposal is back.
  await openFromPanel(page, 'Share each booking');
  await score(page, 'pain', 2);
  await expect(inspector.getByTestId('proposal-pain')).toHaveText('Proposal 5, from 1 pain point');
  await expect(summary).toHaveText('Value 2.7 · feasibility 4 · rank 2');
  await expect(share.locator('.rank')).toHaveText('#2');
  await score(page, 'pain', 2);
  await expect(summary).toHaveText('Value 3.7 · feasibility 4 · rank 1 · Pain proposed');
  // Accept stores the proposal as the user's score.
  await inspector.getByTestId('accept-pain').click();
  await expect(inspector.getByTestId('proposal-pain')).toHaveCount(0);
  await expect(inspector.getByTestId('criterion-pain').getByRole('radio', { name: '5', exact: true })).toHaveAttribute('aria-checked', 'true');
  await expect(summary).toHaveText('Value 3.7 · feasibility 4 · rank 1');
  expect((await documentOf(page)).cards[SHARE]?.scores?.pain).toEqual({ value: 5, reason: '' });
  await page.keyboard.press('Control+z');
  await expect(inspector.getByTestId('proposal-pain')).toContainText('Proposed 5');

  // A click on the chip shows the pain point; its inspector says which opportunity addresses it.
  await chip.locator('.address-chip__show').click();
  await expect(cardById(page, NOBODY)).toHaveClass(/is-selected/);
  const by = inspector.getByTestId('addressed-by');
  await expect(by).toContainText('Share each booking');
  await by.getByRole('button').click();
  await expect(share).toHaveClass(/is-selected/);

  // The darkest point of that scene too, by keyboard in the picker: its marker on the curve goes.
  await expect(pointBadge(page, DARKEST)).toHaveAttribute('aria-label', 'Gap: no opportunity addresses this');
  await addresses.getByTestId('address-add').click();
  await page.keyboard.type('door unnoticed');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(chip).toHaveCount(2);
  await expect(chip.nth(1)).toContainText('Emotion point');
  await expect(chip.nth(1)).toContainText('-2');
  await expect(pointBadge(page, DARKEST)).toHaveCount(0);
  // one darkest point at −2 proposes pain 5 as well
  await expect(inspector.getByTestId('proposal-pain')).toContainText('from 1 pain point, 1 emotion point');

  // × unties: one undo step each.
  await chip.nth(0).getByRole('button', { name: /^Remove: Pain point/ }).click();
  await expect(chip).toHaveCount(1);
  await expect(gapBadge(page, NOBODY)).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(chip).toHaveCount(2);
  await expect(gapBadge(page, NOBODY)).toHaveCount(0);
  expect(Object.values((await documentOf(page)).relations).map((r) => r.toCardId ?? r.toPointId).sort()).toEqual([NOBODY, DARKEST].sort());

  // Clicking the emotion point chip selects the point and shows the emotion panel.
  await chip.and(page.locator(`[data-target-id="${DARKEST}"]`)).locator('.address-chip__show').click();
  await expect(page.getByTestId('point-inspector')).toContainText('First showroom visit');

  // The filter "tied to nothing" leaves the tied one out; Chinese throughout.
  await page.keyboard.press('Escape');
  await page.getByTestId('tab-opportunities').click();
  await panel.getByTestId('opportunities-unaddressed').check();
  await expect(rows).toHaveCount(6);
  await expect(rows.filter({ hasText: 'Share each booking' })).toHaveCount(0);
  await panel.getByTestId('opportunities-unaddressed').uncheck();
  await page.getByTestId('language').selectOption('zh-CN');
  await expect(gaps.locator('h3')).toContainText('缺口');
  await expect(gapBadge(page, 'card-buy-negotiate-painpoints-1')).toHaveAttribute('aria-label', '缺口：还没有机会点针对它');
  await page.screenshot({ path: test.info().outputPath('relations-panel-zh.png') });
  await openFromPanel(page, 'Share each booking');
  await expect(inspector.getByTestId('addresses')).toContainText('针对');
  await expect(inspector.getByTestId('proposal-pain')).toContainText('依据 1 个痛点、1 个情感点');
  await page.screenshot({ path: test.info().outputPath('relations-inspector-zh.png') });
  await inspector.getByTestId('address-add').click();
  await page.keyboard.type('需求');
  await page.screenshot({ path: test.info().outputPath('relations-picker-zh.png') });
});

test('a gap in the panel shows its place on the map: a pain point card is selected, a darkest point selected on the curve', async ({ page, shell }) => {
  await newFromTemplate(page, shell.url);
  await page.getByTestId('tab-opportunities').click();
  const gaps = page.getByTestId('gaps');
  await gaps.locator('[data-gap-id="card-use-service-painpoints-1"]').click();
  await expect(cardById(page, 'card-use-service-painpoints-1')).toHaveClass(/is-selected/);
  await expect(cardById(page, 'card-use-service-painpoints-1')).toBeInViewport();
  await expect(page.getByTestId('addressed-by')).toContainText('No opportunity addresses this yet.');
  await page.keyboard.press('Escape');
  await gaps.locator('[data-gap-id="emotion-use-service"]').click();
  // The opportunities stay in the panel, the point is selected and in view.
  await expect(page.getByTestId('gaps')).toBeVisible();
  await expect.poll(() => page.evaluate(() => document.querySelector('[data-point-id="emotion-use-service"]') !== null)).toBe(true);
  await expect(page.locator('[data-point-id="emotion-use-service"]')).toBeInViewport();
  await page.screenshot({ path: test.info().outputPath('relations-gap-point-en.png') });

  // The context menu of a pain point ties it to an opportunity of its scene, and then says who addresses it.
  const fees = 'card-buy-negotiate-painpoints-1';
  await page.getByTestId('gaps').locator(`[data-gap-id="${fees}"]`).click();
  await expect(gapBadge(page, fees)).toBeVisible();
  await cardById(page, fees).click({ button: 'right' });
  const menu = page.getByTestId('context-menu');
  await page.screenshot({ path: test.info().outputPath('relations-menu-en.png') });
  await menu.getByRole('menuitem', { name: /^Tie to opportunity: One-page quote/ }).click();
  await expect(gapBadge(page, fees)).toHaveCount(0);
  await expect(page.getByTestId('addressed-by')).toContainText('One-page quote');
  await cardById(page, fees).click({ button: 'right' });
  await menu.getByRole('menuitem', { name: /^Addressed by: One-page quote/ }).click();
  await expect(cardById(page, 'card-buy-negotiate-opportunities-1')).toHaveClass(/is-selected/);
  await expect(page.getByTestId('address-chip')).toContainText('Fees and add-ons');
  // its proposal: pain 5 from the ●●● pain point
  await expect(page.getByTestId('proposal-pain')).toContainText('Proposed 5 · from 1 pain point');
  await page.keyboard.press('Control+z');
  await expect(gapBadge(page, fees)).toBeVisible();
});
