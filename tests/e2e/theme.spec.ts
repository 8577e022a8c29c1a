// The canvas draws with the theme's tokens (shared/theme.ts), the ones the export draws with:
// card fills and stripes, lane header stripes, severity dots and tags.
import { laneColours, SEVERITY_COLOUR, TAG_COLOUR } from '../../shared/theme.ts';
import type { LaneKind } from '../../shared/model.ts';
import { documentOf, newFromTemplate } from './helpers.ts';
import { expect, test } from './webShell.ts';

const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

test('cards, lane headers, severity dots and tags on the canvas are in the theme colours', async ({ page, shell }) => {
  await newFromTemplate(page, shell.url);
  const kinds: LaneKind[] = ['needs', 'actions', 'touchpoints', 'painpoints', 'opportunities', 'service-actions'];
  // The whole map on screen (only what is seen is in the page).
  await page.keyboard.press('Shift+1');
  await expect.poll(() => page.locator('.card').count()).toBeGreaterThan(60);
  const doc = await documentOf(page);
  for (const kind of kinds) {
    // A card of the kind without a colour of its own (those win over the lane's fill).
    const shown = await page.locator(`.card--${kind}`).evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.cardId ?? ''));
    const plain = shown.find((id) => doc.cards[id] && !doc.cards[id].colour);
    expect(plain, `a ${kind} card without a colour of its own on screen`).toBeTruthy();
    const card = page.locator(`[data-card-id="${plain}"]`);
    const style = await card.evaluate((el) => ({ fill: getComputedStyle(el).backgroundColor, stripe: getComputedStyle(el).borderLeftColor }));
    expect(style, kind).toEqual({ fill: rgb(laneColours(kind).fill), stripe: rgb(laneColours(kind).accent) });
    const header = page.locator(`.lane-header--${kind}`).first();
    expect(await header.evaluate((el) => getComputedStyle(el).borderLeftColor), kind).toBe(rgb(laneColours(kind).accent));
  }
  expect(await page.locator('.card .severity').first().evaluate((el) => getComputedStyle(el).color)).toBe(rgb(SEVERITY_COLOUR));
  // A tag, added in the inspector.
  await page.locator('[data-card-id="card-aware-video-needs-1"]').click();
  await page.getByLabel('Tags (comma separated)').fill('vip');
  await page.getByLabel('Tags (comma separated)').press('Enter');
  await expect(page.locator('[data-card-id="card-aware-video-needs-1"] .tag')).toHaveText('#vip');
  expect(await page.locator('[data-card-id="card-aware-video-needs-1"] .tag').evaluate((el) => getComputedStyle(el).color)).toBe(rgb(TAG_COLOUR));
});
