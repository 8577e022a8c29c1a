// Every gesture is one history entry: undo walks back to the start, redo to the end, and the
// document matches at every step.
import { cardById, cellPoint, center, documentOf, drag, newFromTemplate, sceneHeader } from './helpers.ts';
import { expect, test } from './webShell.ts';

test('undo back to the start and redo to the end, one gesture per step', async ({ page, shell }) => {
  await newFromTemplate(page, shell.url);
  const start = await documentOf(page);

  // 1–2: create a card by double-click (one entry), type into it (another)
  const point = await cellPoint(page, 'lane-painpoints', 'scene-aware-video', 0.5);
  await page.mouse.dblclick(point.x, point.y);
  const created = await documentOf(page);
  await page.keyboard.insertText('new pain');
  await page.keyboard.press('Control+Enter');
  const typed = await documentOf(page);
  // 3: drag a card to another cell
  await drag(page, await center(cardById(page, 'card-aware-video-needs-1')), await cellPoint(page, 'lane-needs', 'scene-aware-friends', 0.9));
  const moved = await documentOf(page);
  // 4: reorder scenes by dragging a header
  const friends = (await sceneHeader(page, 'scene-aware-friends').boundingBox())!;
  await drag(page, await center(sceneHeader(page, 'scene-aware-video')), { x: friends.x + friends.width * 0.8, y: friends.y + 20 });
  const reordered = await documentOf(page);
  // 5: resize a column
  const handle = await center(sceneHeader(page, 'scene-aware-video').getByTestId('column-resize'));
  await drag(page, handle, { x: handle.x + 60, y: handle.y });
  const resized = await documentOf(page);
  // 6: delete a card
  await cardById(page, 'card-aware-friends-actions-1').click();
  await page.keyboard.press('Delete');
  const deleted = await documentOf(page);

  const states = [start, created, typed, moved, reordered, resized, deleted];
  for (let i = 1; i < states.length; i++) expect(states[i]).not.toEqual(states[i - 1]);

  const undo = page.getByRole('button', { name: 'Undo' });
  const redo = page.getByRole('button', { name: 'Redo' });
  for (let i = states.length - 2; i >= 0; i--) {
    await undo.click();
    expect(await documentOf(page)).toEqual(states[i]);
  }
  await expect(undo).toBeDisabled();
  for (let i = 1; i < states.length; i++) {
    await redo.click();
    expect(await documentOf(page)).toEqual(states[i]);
  }
  await expect(redo).toBeDisabled();

  // Selecting cards is not history and does not clear redo.
  await undo.click();
  await cardById(page, 'card-aware-video-touchpoints-1').click();
  await expect(redo).toBeEnabled();
});
