// A criterion's reason belongs to its score: written under a proposal it keeps the proposed value,
// with neither the field waits for a score; it is cut at 500 characters. And the menu of what an
// opportunity can address: labels cut at a character (never half an emoji), an empty opportunity
// named as such, and no more than eight of them.
import type { Page } from '@playwright/test';
import { cardById, documentOf, findCard, newFromTemplate, wheelIntoView } from './helpers.ts';
import { expect, test } from './webShell.ts';

test.use({ viewport: { width: 1366, height: 768 } });

const FEES = 'card-buy-negotiate-painpoints-1';
const QUOTE_TEXT = 'One-page quote listing every fee up front';

/** New opportunities below the quote, one after the other (Enter starts the next); their ids in order. */
async function writeBelowQuote(page: Page, texts: string[]) {
  const quote = Object.values((await documentOf(page)).cards).find((c) => c.text === QUOTE_TEXT)!;
  await findCard(page, QUOTE_TEXT);
  await cardById(page, quote.id).dblclick();
  await page.keyboard.press('End');
  for (const text of texts) {
    await page.keyboard.press('Enter');
    await expect(page.getByRole('textbox', { name: 'Card text' })).toHaveValue('');
    await page.keyboard.insertText(text);
  }
  await page.keyboard.press('Control+Enter');
  await expect.poll(async () => {
    const cards = Object.values((await documentOf(page)).cards);
    return texts.every((text) => cards.some((c) => c.text === text));
  }).toBe(true);
  const doc = await documentOf(page);
  return texts.map((text) => Object.values(doc.cards).find((c) => c.text === text && c.sceneId === quote.sceneId && c.laneId === quote.laneId)!.id);
}

test('a reason under a proposal keeps the proposed score; without a score the field waits; 500 characters at most', async ({ page, shell }) => {
  await newFromTemplate(page, shell.url);
  const [id] = await writeBelowQuote(page, ['Print the finance rate on the first quote']);
  const card = cardById(page, id!);
  await wheelIntoView(page, card);
  await card.click();
  const inspector = page.getByTestId('inspector');

  // Nothing scored, nothing proposed: the reason waits for a score.
  const feasibilityReason = inspector.getByTestId('reason-feasibility');
  await expect(feasibilityReason).toBeDisabled();
  await expect(feasibilityReason).toHaveAttribute('placeholder', 'Pick a score first');
  await expect(inspector.getByTestId('reason-pain')).toBeDisabled();

  // Tied to the severe fees, pain is proposed; a reason written there keeps the proposal as the score.
  await inspector.getByTestId('address-add').click();
  await inspector.getByTestId('address-search').fill('fees and add-ons');
  await inspector.getByTestId('address-picker').locator(`[data-target-id="${FEES}"]`).click();
  await expect(inspector.getByTestId('proposal-pain')).toContainText('Proposed 5');
  const painReason = inspector.getByTestId('reason-pain');
  await expect(painReason).toBeEnabled();
  await expect(painReason).toHaveAttribute('placeholder', 'A reason keeps the proposed 5');
  await painReason.click();
  await page.keyboard.insertText('Hidden fees are the top complaint at signing');
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await documentOf(page)).cards[id!]?.scores?.pain).toEqual({ value: 5, reason: 'Hidden fees are the top complaint at signing' });
  await expect(inspector.getByTestId('criterion-pain').getByRole('radio', { name: '5', exact: true })).toHaveAttribute('aria-checked', 'true');
  await expect(inspector.getByTestId('proposal-pain')).toHaveCount(0);

  // Scored by hand, the reason is free; a long one is cut at 500 characters and says so.
  await inspector.getByTestId('criterion-feasibility').getByRole('radio', { name: '4', exact: true }).click();
  await expect(feasibilityReason).toBeEnabled();
  await feasibilityReason.click();
  await page.keyboard.insertText('Only a template change. '.repeat(30));
  await expect(feasibilityReason).toHaveValue('Only a template change. '.repeat(30).slice(0, 500));
  await expect(inspector.getByTestId('reason-feasibility-note')).toHaveText('500 characters at most: anything longer is cut.');
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await documentOf(page)).cards[id!]?.scores?.feasibility?.reason.length).toBe('Only a template change. '.repeat(30).slice(0, 500).trim().length);
  expect((await documentOf(page)).cards[id!]?.scores?.feasibility?.value).toBe(4);
});

test('the menu on a pain point: labels cut at a character, an empty opportunity named, eight at most', async ({ page, shell }) => {
  await newFromTemplate(page, shell.url);
  // 30 characters, then two emoji: a cut at 31 UTF-16 units would split the first one.
  const LONG = 'Keys handed over the same day 🚗🎉 with a photo';
  const more = Array.from({ length: 9 }, (_, i) => `Opportunity ${i + 2}`);
  const [long, empty] = await writeBelowQuote(page, [LONG, ...more]);

  // The second one emptied in the inspector.
  await cardById(page, empty!).click();
  const text = page.getByTestId('inspector').getByTestId('inspector-text');
  await text.fill('');
  await text.blur();
  await expect.poll(async () => (await documentOf(page)).cards[empty!]?.text).toBe('');
  expect(long).toBeTruthy();

  await findCard(page, 'Fees and add-ons');
  await cardById(page, FEES).click({ button: 'right' });
  const menu = page.getByTestId('context-menu');
  await expect(menu.getByRole('menuitem', { name: 'Addressed by: One-page quote listing every fe…' })).toBeVisible();
  const ties = menu.getByRole('menuitem', { name: /^Tie to opportunity:/ });
  await expect(ties).toHaveCount(8);
  await expect(ties.nth(0)).toHaveText('Tie to opportunity: Keys handed over the same day 🚗…');
  await expect(ties.nth(1)).toHaveText('Tie to opportunity: Empty card');
  // Ten untied in the scene: eight listed, the other two counted.
  await expect(menu.getByRole('menuitem', { name: '2 more…' })).toBeDisabled();

  // A tie from the menu still works.
  await ties.nth(0).click();
  await expect.poll(async () => Object.values((await documentOf(page)).relations).some((r) => r.kind === 'addresses' && r.fromCardId === long && r.toCardId === FEES)).toBe(true);
});
