// Creating cards: double-click an empty cell, drop a kind from the palette, Enter/Tab chains.
import { center, cardById, cellPoint, documentOf, newFromTemplate } from './helpers.ts';
import { expect, test } from './webShell.ts';

test('double-click an empty cell creates a card there; Chinese text; Tab goes on in the next scene', async ({ page, shell }) => {
  await newFromTemplate(page, shell.url);
  const before = Object.keys((await documentOf(page)).cards).length;
  const point = await cellPoint(page, 'lane-painpoints', 'scene-aware-video', 0.5);
  await page.mouse.dblclick(point.x, point.y);
  const editor = page.getByRole('textbox', { name: 'Card text' });
  await expect(editor).toBeFocused();
  await page.keyboard.insertText('刷到的广告太多，记不住');
  await page.keyboard.press('Tab');
  await expect(editor).toBeFocused();
  await page.keyboard.insertText('Next scene');
  await page.keyboard.press('Control+Enter');
  await expect(editor).toHaveCount(0);

  const doc = await documentOf(page);
  const cards = Object.values(doc.cards);
  expect(cards).toHaveLength(before + 2);
  expect(cards.find((c) => c.text === '刷到的广告太多，记不住')).toMatchObject({ laneId: 'lane-painpoints', sceneId: 'scene-aware-video' });
  expect(cards.find((c) => c.text === 'Next scene')).toMatchObject({ laneId: 'lane-painpoints', sceneId: 'scene-aware-friends' });

  // Each card is its own history entry (create + type).
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  expect(Object.keys((await documentOf(page)).cards)).toHaveLength(before);
});

test('Enter after typing starts the next card in the same cell; a new card left empty disappears', async ({ page, shell }) => {
  await newFromTemplate(page, shell.url);
  await cardById(page, 'card-aware-video-needs-1').dblclick();
  await page.keyboard.insertText('Learn the price');
  await page.keyboard.press('Enter');
  await page.keyboard.insertText('第二张');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  const doc = await documentOf(page);
  const inCell = Object.values(doc.cards)
    .filter((c) => c.laneId === 'lane-needs' && c.sceneId === 'scene-aware-video')
    .sort((a, b) => (a.order < b.order ? -1 : 1))
    .map((c) => c.text);
  expect(inCell).toEqual(['Learn the price', '第二张']);
});

test('drag a card kind from the palette onto a cell', async ({ page, shell }) => {
  await newFromTemplate(page, shell.url);
  const canvas = page.locator('.canvas');
  const canvasBox = (await canvas.boundingBox())!;
  const target = await cellPoint(page, 'lane-opportunities', 'scene-aware-friends', 0.5);
  await page.getByTestId('palette-opportunities').dragTo(canvas, { targetPosition: { x: target.x - canvasBox.x, y: target.y - canvasBox.y } });
  const editor = page.getByRole('textbox', { name: 'Card text' });
  await expect(editor).toBeFocused();
  await page.keyboard.insertText('Invite owners to a weekend drive');
  await page.keyboard.press('Control+Enter');
  const created = Object.values((await documentOf(page)).cards).find((c) => c.text === 'Invite owners to a weekend drive');
  expect(created).toMatchObject({ laneId: 'lane-opportunities', sceneId: 'scene-aware-friends' });
  await expect(cardById(page, created!.id)).toBeVisible();
  expect(await center(cardById(page, created!.id))).toBeTruthy();
});
