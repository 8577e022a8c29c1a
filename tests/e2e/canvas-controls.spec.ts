// The controls over the map: one set of zoom buttons (the toolbar's), a minimap that Fit leaves
// room for, that shows the grid of an empty map, and that can be hidden (remembered).
import type { Locator, Page } from '@playwright/test';
import { newBlank, newFromTemplate } from './helpers.ts';
import { expect, test } from './webShell.ts';


type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;

async function boxes(locator: Locator): Promise<Box[]> {
  return locator.evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ x: r.x, y: r.y, width: r.width, height: r.height })));
}

const transform = (page: Page) => page.locator('.react-flow__viewport').getAttribute('style');

async function fit(page: Page, name = 'Fit') {
  await page.getByRole('button', { name, exact: true }).click();
  // Fit animates: wait until the view stops moving.
  let last = '';
  await expect
    .poll(async () => {
      const now = (await transform(page)) ?? '';
      const settled = now === last;
      last = now;
      return settled;
    })
    .toBe(true);
}

test('Fit leaves room for the minimap and shows + Stage and + Lane; the minimap can be hidden and stays hidden', async ({ page, shell }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await newFromTemplate(page, shell.url);
  // One set of zoom controls: the toolbar's.
  await expect(page.locator('.react-flow__controls')).toHaveCount(0);

  await fit(page);
  const minimap = page.locator('.react-flow__minimap');
  await expect(minimap).toBeVisible();
  const map = (await minimap.boundingBox())!;
  const covered = [
    ...(await boxes(page.getByTestId('card'))),
    ...(await boxes(page.getByTestId('scene-header'))),
    ...(await boxes(page.getByTestId('stage-header'))),
    ...(await boxes(page.getByTestId('lane-header'))),
  ].filter((b) => overlaps(b, map));
  expect(covered, 'cards and headers under the minimap').toEqual([]);
  const canvas = (await page.locator('.canvas').boundingBox())!;
  const addStage = (await page.getByRole('button', { name: '+ Stage' }).boundingBox())!;
  const addLane = (await page.getByRole('button', { name: '+ Lane' }).boundingBox())!;
  expect(inside(addStage, canvas), `+ Stage ${JSON.stringify(addStage)} inside the canvas ${JSON.stringify(canvas)}`).toBe(true);
  expect(inside(addLane, canvas), `+ Lane ${JSON.stringify(addLane)} inside the canvas ${JSON.stringify(canvas)}`).toBe(true);
  expect(overlaps(addStage, map) || overlaps(addLane, map)).toBe(false);
  await page.screenshot({ path: test.info().outputPath(`fit-en.png`) });

  await page.getByTestId('language').selectOption('zh-CN');
  await fit(page, '适应窗口');
  await page.screenshot({ path: test.info().outputPath(`fit-zh.png`) });
  await page.getByTestId('language').selectOption('en');

  // Hidden, and still hidden the next time a map is shown.
  await page.getByRole('button', { name: 'Hide minimap' }).click();
  await expect(minimap).toHaveCount(0);
  await page.reload();
  await newFromTemplate(page, shell.url);
  await expect(page.locator('.react-flow__minimap')).toHaveCount(0);
  await page.getByRole('button', { name: 'Show minimap' }).click();
  await expect(page.locator('.react-flow__minimap')).toBeVisible();
  // Its shortcut (listed on the ? sheet) does the same.
  await page.keyboard.press('Shift+M');
  await expect(page.locator('.react-flow__minimap')).toHaveCount(0);
  await page.keyboard.press('Shift+M');
  await expect(page.locator('.react-flow__minimap')).toBeVisible();
});

test('the minimap of an empty map shows its grid', async ({ page, shell }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await newBlank(page, shell.url);
  await expect(page.getByTestId('card')).toHaveCount(0);
  const minimap = page.locator('.react-flow__minimap');
  await expect(minimap).toBeVisible();
  await expect.poll(() => minimap.locator('.react-flow__minimap-node').count()).toBeGreaterThan(0);
  await page.screenshot({ path: test.info().outputPath(`minimap-blank-en.png`) });
});
