// Dragging cards between cells and within a cell; the target cell lights up under the pointer.
import path from 'node:path';
import { readProject } from '../../electron/services/projectFile.ts';
import { sortOrdered } from '../../shared/order.ts';
import { cardById, cellPoint, center, documentOf, drag, newFromTemplate } from './helpers.ts';
import { expect, test } from './webShell.ts';

test('drag a card to another cell: highlight, drop position, saved in the file', async ({ page, shell }) => {
  await newFromTemplate(page, shell.url);
  const card = cardById(page, 'card-aware-video-needs-1');
  const target = await cellPoint(page, 'lane-needs', 'scene-choose-compare', 0.9);
  await drag(page, await center(card), target, { release: false });
  const highlight = page.getByTestId('drop-highlight');
  await expect(highlight).toHaveAttribute('data-lane', 'lane-needs');
  await expect(highlight).toHaveAttribute('data-scene', 'scene-choose-compare');
  await page.mouse.up();
  await expect(highlight).toHaveCount(0);

  // Below the cell's existing card: second place.
  const ids = (doc: Awaited<ReturnType<typeof documentOf>>, scene: string) =>
    sortOrdered(Object.values(doc.cards).filter((c) => c.laneId === 'lane-needs' && c.sceneId === scene)).map((c) => c.id);
  expect(ids(await documentOf(page), 'scene-choose-compare')).toEqual(['card-choose-compare-needs-1', 'card-aware-video-needs-1']);

  // Reorder within the cell: drag it above the other card.
  const above = await cellPoint(page, 'lane-needs', 'scene-choose-compare', 0.08);
  await drag(page, await center(card), above);
  expect(ids(await documentOf(page), 'scene-choose-compare')).toEqual(['card-aware-video-needs-1', 'card-choose-compare-needs-1']);

  await page.keyboard.press('Control+s');
  await page.getByTestId('file-name-input').fill('moved');
  await page.getByTestId('file-dialog').getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByTestId('file-name')).toHaveText('moved.cjm');
  const saved = readProject(path.join(shell.root, 'moved.cjm')).doc;
  expect(saved.cards['card-aware-video-needs-1']).toMatchObject({ laneId: 'lane-needs', sceneId: 'scene-choose-compare' });
  expect(ids(saved, 'scene-choose-compare')[0]).toBe('card-aware-video-needs-1');

  // One drag, one undo.
  await page.keyboard.press('Control+z');
  expect(ids(await documentOf(page), 'scene-choose-compare')).toEqual(['card-choose-compare-needs-1', 'card-aware-video-needs-1']);
});

test('a card dropped outside the grid goes back where it was', async ({ page, shell }) => {
  await newFromTemplate(page, shell.url);
  const card = cardById(page, 'card-aware-video-needs-1');
  const start = await center(card);
  await drag(page, start, { x: 40, y: start.y });
  const doc = await documentOf(page);
  expect(doc.cards['card-aware-video-needs-1']).toMatchObject({ laneId: 'lane-needs', sceneId: 'scene-aware-video' });
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
  await expect.poll(async () => Math.abs((await center(card)).y - start.y)).toBeLessThan(2);
  await expect.poll(async () => Math.abs((await center(card)).x - start.x)).toBeLessThan(2);
});
