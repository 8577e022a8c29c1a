// The customer's path: connect touchpoint cards, label the step, delete it.
import { cardById, cellPoint, center, documentOf, drag, newFromTemplate } from './helpers.ts';
import { expect, test } from './webShell.ts';

test('connect two touchpoints, label the edge, and delete it', async ({ page, shell }) => {
  await newFromTemplate(page, shell.url);
  const from = cardById(page, 'card-aware-video-touchpoints-1');
  const to = cardById(page, 'card-choose-compare-touchpoints-1');
  await from.hover();
  const source = page.locator('.react-flow__node[data-id="card-aware-video-touchpoints-1"] .react-flow__handle.source');
  const target = page.locator('.react-flow__node[data-id="card-choose-compare-touchpoints-1"] .react-flow__handle.target');
  await drag(page, await center(source), await center(target));
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
  let links = Object.values((await documentOf(page)).links);
  expect(links).toEqual([expect.objectContaining({ fromCardId: 'card-aware-video-touchpoints-1', toCardId: 'card-choose-compare-touchpoints-1', label: '' })]);

  // The middle of the drawn path, in page coordinates.
  const edgeMiddle = () =>
    page.locator('.react-flow__edge .react-flow__edge-interaction').evaluate((path: SVGPathElement) => {
      const point = path.getPointAtLength(path.getTotalLength() / 2);
      const m = path.getScreenCTM()!;
      return { x: point.x * m.a + point.y * m.c + m.e, y: point.x * m.b + point.y * m.d + m.f };
    });
  const middle = await edgeMiddle();
  await page.mouse.dblclick(middle.x, middle.y);
  const dialog = page.getByTestId('text-dialog');
  await dialog.getByRole('textbox').fill('朋友推荐');
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(page.getByTestId('path-label')).toHaveText('朋友推荐');

  // The edge follows its card when the card moves to another cell.
  const before = await page.locator('.react-flow__edge-path.path-edge').getAttribute('d');
  await drag(page, await center(to), await cellPoint(page, 'lane-touchpoints', 'scene-choose-visit', 0.95));
  await expect(page.locator('.react-flow__edge-path.path-edge')).not.toHaveAttribute('d', before ?? '');
  expect((await documentOf(page)).cards['card-choose-compare-touchpoints-1']?.sceneId).toBe('scene-choose-visit');
  const moved = await edgeMiddle();
  await page.mouse.click(moved.x, moved.y);
  await page.keyboard.press('Delete');
  await expect(page.locator('.react-flow__edge')).toHaveCount(0);
  links = Object.values((await documentOf(page)).links);
  expect(links).toEqual([]);
  await page.keyboard.press('Control+z');
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
});
