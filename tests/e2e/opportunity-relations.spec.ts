// An opportunity tied to what it addresses: the picker in the inspector, the pain it proposes,
// the rank that follows, an override, the gaps in the panel and their markers on the map, undo;
// in English and Chinese.
import type { Page } from '@playwright/test';
import { cardById, cardWithText, documentOf, findCard, newFromTemplate } from './helpers.ts';
import { expect, test } from './webShell.ts';

test.use({ viewport: { width: 1366, height: 768 } });

const QUOTE = 'card-buy-negotiate-opportunities-1';
const FEES = 'card-buy-negotiate-painpoints-1';
/** the template's fourth-ranked opportunity (5.0 × 3) */
const SERVICE_TEXT = 'Promise a finish time and send progress photos';
/** the one darkest point of the template that no opportunity addresses */
const DARKEST = 'emotion-buy-negotiate';

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


/** A new card written below the card with `after`'s text, in its cell: double-click, End, Enter, type, Ctrl+Enter. */
async function writeBelow(page: Page, after: string, text: string) {
  const above = Object.values((await documentOf(page)).cards).find((c) => c.text.startsWith(after))!;
  await findCard(page, after);
  await cardById(page, above.id).dblclick();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Card text' })).toHaveValue('');
  await page.keyboard.insertText(text);
  await page.keyboard.press('Control+Enter');
  await expect.poll(async () => (await cardWithText(page, text))?.id).toBeTruthy();
  const card = await cardWithText(page, text);
  expect(card).toMatchObject({ laneId: above.laneId, sceneId: above.sceneId });
  await cardById(page, card.id).click();
  await expect(cardById(page, card.id)).toHaveClass(/is-selected/);
  return card.id;
}

test('tie an opportunity to a severe pain point: pain is proposed, the rank follows, the gap closes; override, accept, undo', async ({ page, shell }) => {
  await newFromTemplate(page, shell.url);
  await page.getByTestId('tab-opportunities').click();
  const panel = page.getByTestId('opportunities-panel');
  const gaps = panel.getByTestId('gaps');
  const inspector = page.getByTestId('inspector');
  // The template ties its severe pain points and two of its three darkest points to opportunities:
  // left are the darkest point of "Price & finance" and four highlights.
  await expect(panel.getByTestId('jump-to-gaps')).toHaveText('Gaps 5 ↓');
  await expect(gaps.getByTestId('gap-row')).toHaveCount(5);
  await expect(gaps.getByTestId('gap-row').filter({ hasText: 'Severe pain point' })).toHaveCount(0);
  await expect(gapBadge(page, FEES)).toHaveCount(0);

  // A new pain point in "Price & finance", written below the fees: rated major it is no gap, severe it is one.
  const PAIN = await writeBelow(page, 'Fees and add-ons', 'The real finance rate only comes out at signing');
  await inspector.getByRole('radio', { name: 'Major' }).click();
  await expect.poll(async () => (await documentOf(page)).cards[PAIN]?.severity).toBe(2);
  await expect(gapBadge(page, PAIN)).toHaveCount(0);
  // (an untied major pain point of the template is no gap either)
  await expect(gapBadge(page, 'card-aware-friends-painpoints-1')).toHaveCount(0);
  await inspector.getByRole('radio', { name: 'Severe' }).click();
  await expect(gapBadge(page, PAIN)).toBeVisible();
  await expect(gapBadge(page, PAIN)).toHaveAttribute('aria-label', 'Gap: no opportunity addresses this');
  await backToPanel(page);
  await expect(panel.getByTestId('jump-to-gaps')).toHaveText('Gaps 6 ↓');
  await expect(gaps.locator(`[data-gap-id="${PAIN}"]`)).toContainText('Severe pain point');

  // A new opportunity below the quote, scored by hand without pain: 3.5 × 4 ranks it sixth of eight.
  const TEXT = 'Show the finance rate on the first quote';
  const OPPORTUNITY = await writeBelow(page, 'One-page quote', TEXT);
  for (const [criterion, value] of [['need', 4], ['visibility', 3], ['feasibility', 4]] as const) await score(page, criterion, value);
  const summary = inspector.getByTestId('opportunity-summary');
  await expect(summary).toHaveText('Value 3.5 · feasibility 4 · rank 6');
  const mine = cardById(page, OPPORTUNITY);
  await expect(mine.locator('.rank')).toHaveText('#6');
  await backToPanel(page);
  const rows = panel.getByTestId('opportunity-row');
  await expect(rows).toHaveCount(8);
  await expect(rows.nth(3)).toContainText(SERVICE_TEXT);
  await expect(rows.nth(3)).toContainText('#4');
  await expect(rows.nth(5)).toContainText(TEXT);
  await expect(rows.nth(5)).toContainText('#6');
  // Tied to nothing yet, it is the one the filter "tied to nothing" leaves in.
  await panel.getByTestId('opportunities-unaddressed').check();
  await expect(rows).toHaveCount(1);
  await expect(rows.nth(0)).toContainText(TEXT);
  await panel.getByTestId('opportunities-unaddressed').uncheck();
  await openFromPanel(page, TEXT);

  // Tie it to the new severe pain point (●●●) with the mouse.
  const addresses = inspector.getByTestId('addresses');
  await expect(addresses).toContainText('Not tied to anything yet.');
  await addresses.getByTestId('address-add').click();
  const picker = addresses.getByTestId('address-picker');
  await expect(picker.getByRole('group', { name: 'Pain points' })).toBeVisible();
  await expect(picker.getByRole('group', { name: 'Emotion points' })).toBeVisible();
  await picker.getByTestId('address-search').fill('finance rate');
  await picker.locator(`[data-target-id="${PAIN}"]`).click();
  await expect(picker).toHaveCount(0);
  const chip = addresses.getByTestId('address-chip');
  await expect(chip).toHaveCount(1);
  await expect(chip).toContainText('●●●');
  await expect(chip).toContainText('Price & finance');

  // Pain is proposed: 5, from one pain point; shown as a proposal, counted in value and rank.
  await expect(inspector.getByTestId('proposal-pain')).toHaveText(/Proposed 5 · from 1 pain point\s*Accept/);
  await expect(inspector.getByTestId('criterion-pain').getByRole('radio', { name: '5', exact: true })).toHaveClass(/is-proposed/);
  await expect(inspector.getByTestId('criterion-pain').getByRole('radio', { name: '5', exact: true })).toHaveAttribute('aria-checked', 'false');
  await expect(summary).toHaveText('Value 4.0 · feasibility 4 · rank 4 · Pain proposed');
  await expect(mine.locator('.rank')).toHaveText('#4');
  await expect(mine.locator('.score')).toHaveText('◆ 4.0 × 4');
  await expect(cardById(page, QUOTE).locator('.rank')).toHaveText('#2');
  expect((await documentOf(page)).cards[OPPORTUNITY]?.scores?.pain).toBeUndefined();
  await expect(gapBadge(page, PAIN)).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('relations-inspector-en.png') });

  // In the panel: fourth now, its pain shown as proposed; the gap is gone.
  await backToPanel(page);
  await expect(rows.nth(3)).toContainText(TEXT);
  await expect(rows.nth(3)).toContainText('#4');
  await expect(rows.nth(3).locator('.is-proposed')).toHaveText('Pain 5');
  await expect(rows.nth(4)).toContainText(SERVICE_TEXT);
  await expect(rows.nth(4)).toContainText('#5');
  await expect(gaps.getByTestId('gap-row')).toHaveCount(5);
  await page.screenshot({ path: test.info().outputPath('relations-panel-en.png') });
  await panel.getByTestId('jump-to-gaps').click();
  await expect(gaps.locator('h3')).toBeInViewport();
  await page.screenshot({ path: test.info().outputPath('relations-gaps-en.png') });
  await expect(gaps.locator(`[data-gap-id="${PAIN}"]`)).toHaveCount(0);

  // Undo takes the tie back, in one step: the gap, the badge and the old rank return; redo again.
  await page.keyboard.press('Control+z');
  await expect(gaps.locator(`[data-gap-id="${PAIN}"]`)).toBeVisible();
  await expect(gapBadge(page, PAIN)).toBeVisible();
  await expect(rows.nth(3)).toContainText(SERVICE_TEXT);
  await expect(mine.locator('.rank')).toHaveText('#6');
  await page.keyboard.press('Control+Shift+z');
  await expect(gapBadge(page, PAIN)).toHaveCount(0);
  await expect(rows.nth(3)).toContainText(TEXT);

  // Override: the user's 2 wins (the proposal stays in sight); cleared, the proposal is back.
  await openFromPanel(page, TEXT);
  await score(page, 'pain', 2);
  await expect(inspector.getByTestId('proposal-pain')).toHaveText('Proposal 5, from 1 pain point');
  await expect(summary).toHaveText('Value 3.0 · feasibility 4 · rank 6');
  await expect(mine.locator('.rank')).toHaveText('#6');
  await score(page, 'pain', 2);
  await expect(summary).toHaveText('Value 4.0 · feasibility 4 · rank 4 · Pain proposed');
  // Accept stores the proposal as the user's score.
  await inspector.getByTestId('accept-pain').click();
  await expect(inspector.getByTestId('proposal-pain')).toHaveCount(0);
  await expect(inspector.getByTestId('criterion-pain').getByRole('radio', { name: '5', exact: true })).toHaveAttribute('aria-checked', 'true');
  await expect(summary).toHaveText('Value 4.0 · feasibility 4 · rank 4');
  expect((await documentOf(page)).cards[OPPORTUNITY]?.scores?.pain).toEqual({ value: 5, reason: '' });
  await page.keyboard.press('Control+z');
  await expect(inspector.getByTestId('proposal-pain')).toContainText('Proposed 5');

  // A click on the chip shows the pain point; its inspector says which opportunity addresses it.
  await chip.locator('.address-chip__show').click();
  await expect(cardById(page, PAIN)).toHaveClass(/is-selected/);
  const by = inspector.getByTestId('addressed-by');
  await expect(by).toContainText(TEXT);
  await by.getByRole('button').click();
  await expect(mine).toHaveClass(/is-selected/);

  // The darkest point of that scene too, by keyboard in the picker: its marker on the curve goes.
  await expect(pointBadge(page, DARKEST)).toHaveAttribute('aria-label', 'Gap: no opportunity addresses this');
  await addresses.getByTestId('address-add').click();
  await page.keyboard.type('hours of haggling');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(chip).toHaveCount(2);
  await expect(chip.nth(1)).toContainText('Emotion point');
  await expect(chip.nth(1)).toContainText('-1');
  await expect(pointBadge(page, DARKEST)).toHaveCount(0);
  // a darkest point at −1 proposes pain 3: the pain point's 5 stays the proposal, now from both
  await expect(inspector.getByTestId('proposal-pain')).toContainText('Proposed 5 · from 1 pain point, 1 emotion point');

  // × unties: one undo step each.
  await chip.nth(0).getByRole('button', { name: /^Remove: Pain point/ }).click();
  await expect(chip).toHaveCount(1);
  await expect(gapBadge(page, PAIN)).toBeVisible();
  await expect(inspector.getByTestId('proposal-pain')).toContainText('Proposed 3 · from 1 emotion point');
  await page.keyboard.press('Control+z');
  await expect(chip).toHaveCount(2);
  await expect(gapBadge(page, PAIN)).toHaveCount(0);
  const tied = Object.values((await documentOf(page)).relations).filter((r) => r.fromCardId === OPPORTUNITY);
  expect(tied.map((r) => r.toCardId ?? r.toPointId).sort()).toEqual([PAIN, DARKEST].sort());

  // Clicking the emotion point chip selects the point and shows the emotion panel.
  await chip.and(page.locator(`[data-target-id="${DARKEST}"]`)).locator('.address-chip__show').click();
  await expect(page.getByTestId('point-inspector')).toContainText('Price & finance');

  // The filter "tied to nothing" leaves the tied one out (now every opportunity is tied); Chinese throughout.
  await page.keyboard.press('Escape');
  await page.getByTestId('tab-opportunities').click();
  await panel.getByTestId('opportunities-unaddressed').check();
  await expect(rows.filter({ hasText: TEXT })).toHaveCount(0);
  await expect(rows).toHaveCount(0);
  await panel.getByTestId('opportunities-unaddressed').uncheck();
  await expect(rows).toHaveCount(8);
  await page.getByTestId('language').selectOption('zh-CN');
  await expect(gaps.locator('h3')).toContainText('缺口');
  await expect(pointBadge(page, 'emotion-buy-delivery')).toHaveAttribute('aria-label', '缺口：还没有机会点针对它');
  await page.screenshot({ path: test.info().outputPath('relations-panel-zh.png') });
  await openFromPanel(page, TEXT);
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
  // A severe pain point nothing addresses, in the last scene: a new card below the referral reward.
  const TEXT = 'The friend he referred is not expected at the showroom';
  const PAIN = await writeBelow(page, 'Referral reward takes months', TEXT);
  await page.getByTestId('inspector').getByRole('radio', { name: 'Severe' }).click();
  await expect(gapBadge(page, PAIN)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(gaps.locator(`[data-gap-id="${PAIN}"]`)).toContainText('Severe pain point');

  // The darkest point of "Price & finance", far from here: the opportunities stay in the panel, the point is selected and in view.
  // (the curve is drawn on a canvas: the point's gap marker stands for its place)
  const point = pointBadge(page, DARKEST);
  await expect(point).not.toBeInViewport();
  await gaps.locator(`[data-gap-id="${DARKEST}"]`).click();
  await expect(page.getByTestId('gaps')).toBeVisible();
  await expect.poll(() => page.evaluate((id) => document.querySelector(`[data-point-id="${id}"]`) !== null, DARKEST)).toBe(true);
  await expect(point).toBeInViewport();
  await page.screenshot({ path: test.info().outputPath('relations-gap-point-en.png') });

  // The pain point, now out of sight: selected, in view, and nothing addresses it.
  await expect(cardById(page, PAIN)).not.toBeInViewport();
  await gaps.locator(`[data-gap-id="${PAIN}"]`).click();
  await expect(cardById(page, PAIN)).toHaveClass(/is-selected/);
  await expect(cardById(page, PAIN)).toBeInViewport();
  await expect(page.getByTestId('addressed-by')).toContainText('No opportunity addresses this yet.');

  // The context menu of a pain point ties it to an opportunity of its scene, and then says who addresses it.
  await cardById(page, PAIN).click({ button: 'right' });
  const menu = page.getByTestId('context-menu');
  await page.screenshot({ path: test.info().outputPath('relations-menu-en.png') });
  await menu.getByRole('menuitem', { name: /^Tie to opportunity: Thank the referrer in person/ }).click();
  await expect(gapBadge(page, PAIN)).toHaveCount(0);
  await expect(gaps.locator(`[data-gap-id="${PAIN}"]`)).toHaveCount(0);
  await expect(page.getByTestId('addressed-by')).toContainText('Thank the referrer in person');
  await cardById(page, PAIN).click({ button: 'right' });
  await menu.getByRole('menuitem', { name: /^Addressed by: Thank the referrer in person/ }).click();
  await expect(cardById(page, 'card-rebuy-refer-opportunities-1')).toHaveClass(/is-selected/);
  await expect(page.getByTestId('address-chip').filter({ hasText: TEXT })).toHaveCount(1);
  // its proposal: pain 5 from the new ●●● pain point, beside the user's own 2, which stands
  await expect(page.getByTestId('proposal-pain')).toHaveText('Proposal 5, from 2 pain points');
  await page.keyboard.press('Control+z');
  await expect(gapBadge(page, PAIN)).toBeVisible();
  await expect(page.getByTestId('address-chip').filter({ hasText: TEXT })).toHaveCount(0);
  await expect(page.getByTestId('proposal-pain')).toHaveCount(0);
});
