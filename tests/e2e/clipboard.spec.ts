// Copy and paste cards within a map and between two maps.
import { cardById, documentOf, newBlank, newFromTemplate, cellPoint } from './helpers.ts';
import { expect, test } from './webShell.ts';

test('copy two cards from one map and paste them into another', async ({ context, page, shell }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await newFromTemplate(page, shell.url);
  await cardById(page, 'card-aware-video-touchpoints-1').click();
  await cardById(page, 'card-aware-friends-painpoints-1').click({ modifiers: ['Shift'] });
  await page.keyboard.press('Control+c');

  // Within the map: paste after the selected card.
  await cardById(page, 'card-choose-compare-touchpoints-1').click();
  await page.keyboard.press('Control+v');
  let doc = await documentOf(page);
  const pasted = Object.values(doc.cards).filter((c) => c.sceneId === 'scene-choose-compare' && c.laneId === 'lane-touchpoints');
  expect(pasted.map((c) => c.text)).toEqual(expect.arrayContaining(["Dealer's short-video account", 'Hears that the dealer pushes add-ons hard']));
  // The touchpoint kept its channel; the pain point's severity has no place in a touchpoint lane.
  expect(pasted.find((c) => c.text === "Dealer's short-video account")).toMatchObject({ channel: 'Short video', role: 'Marketing' });
  expect(pasted.find((c) => c.text.startsWith('Hears'))).not.toHaveProperty('severity');

  // Another map, in another tab: click an empty cell, paste there.
  const other = await context.newPage();
  await newBlank(other, shell.url);
  doc = await documentOf(other);
  const lane = Object.values(doc.lanes).find((l) => l.kind === 'painpoints')!;
  const scene = Object.values(doc.scenes)[0]!;
  const point = await cellPoint(other, lane.id, scene.id, 0.5);
  await other.mouse.click(point.x, point.y);
  await other.keyboard.press('Control+v');
  doc = await documentOf(other);
  const cards = Object.values(doc.cards);
  expect(cards.map((c) => c.text).sort()).toEqual(["Dealer's short-video account", 'Hears that the dealer pushes add-ons hard']);
  expect(cards.every((c) => c.laneId === lane.id && c.sceneId === scene.id)).toBe(true);
  expect(cards.find((c) => c.text.startsWith('Hears'))?.severity).toBe(2);
  await expect(other.getByTestId('card')).toHaveCount(2);
});
