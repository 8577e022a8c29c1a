// The header layer at a laptop size (issue 13): headers stay on their columns and rows whatever
// gets the focus, new stages, scenes and lanes open for naming, the channel comes from a menu,
// long stage titles can be read, and the view follows the card being edited.
import type { Page } from '@playwright/test';
import { cardById, documentOf, laneHeader, newBlank, newFromTemplate, sceneHeader, wheelIntoView } from './helpers.ts';
import { expect, test } from './webShell.ts';

test.use({ viewport: { width: 1366, height: 768 } });

const canvasBox = async (page: Page) => (await page.locator('.react-flow').boundingBox())!;

/** How far the browser has scrolled the clipped layers (it must never). */
const scrolled = (page: Page) =>
  page.evaluate(() =>
    ['.header-layer', '.react-flow'].map((selector) => {
      const el = document.querySelector(selector)!;
      return el.scrollLeft + el.scrollTop;
    }),
  );

/** Screen x of the grid's column lines (each column's right edge), in column order. */
const columnLines = (page: Page) =>
  page.locator('.grid-column-line').evaluateAll((lines) =>
    lines.map((line) => {
      const box = line.getBoundingClientRect();
      return box.left + box.width / 2;
    }),
  );

/** How far a scene header's edges are from its column's lines, in screen pixels. */
async function sceneDrift(page: Page, sceneId: string): Promise<number> {
  const ids = await page.getByTestId('scene-header').evaluateAll((els) => els.map((el) => el.getAttribute('data-scene-id')));
  const index = ids.indexOf(sceneId);
  const lines = await columnLines(page);
  const box = (await sceneHeader(page, sceneId).boundingBox())!;
  return Math.max(Math.abs(box.x - lines[index - 1]!), Math.abs(box.x + box.width - lines[index]!));
}

/** How far a lane header's top is from its grid row's top, in screen pixels. */
async function laneDrift(page: Page, laneId: string): Promise<number> {
  const ids = await page.getByTestId('lane-header').evaluateAll((els) => els.map((el) => el.getAttribute('data-lane-id')));
  const rowTop = await page.locator('.grid-row rect').nth(ids.indexOf(laneId)).evaluate((rect) => rect.getBoundingClientRect().top);
  return Math.abs((await laneHeader(page, laneId).boundingBox())!.y - rowTop);
}

/** The part of the canvas not covered by the sticky headers. */
async function openArea(page: Page) {
  const canvas = await canvasBox(page);
  const lanes = (await page.locator('.lane-column').boundingBox())!;
  const row = (await page.locator('.header-row').boundingBox())!;
  return { left: Math.max(canvas.x, lanes.x + lanes.width), top: Math.max(canvas.y, row.y + row.height), right: canvas.x + canvas.width, bottom: canvas.y + canvas.height };
}

async function panBy(page: Page, dx: number, dy: number) {
  const before = await page.locator('.react-flow__viewport').getAttribute('style');
  await page.mouse.move(600, 450);
  await page.mouse.wheel(dx, dy);
  await expect.poll(() => page.locator('.react-flow__viewport').getAttribute('style')).not.toBe(before);
}

test('a scene title cut by the right edge opens for renaming with its header on its column, panned into view', async ({ page, shell }) => {
  await newFromTemplate(page, shell.url);
  await panBy(page, 100, 0);
  const canvas = await canvasBox(page);
  const title = sceneHeader(page, 'scene-buy-negotiate').locator('.scene-header__title');
  const cut = (await title.boundingBox())!;
  expect(cut.x).toBeLessThan(canvas.x + canvas.width - 10);
  expect(cut.x + cut.width).toBeGreaterThan(canvas.x + canvas.width);
  expect(await sceneDrift(page, 'scene-buy-negotiate')).toBeLessThanOrEqual(1);

  await page.mouse.dblclick(cut.x + 8, cut.y + cut.height / 2);
  const input = page.getByRole('textbox', { name: 'Scene name' });
  await expect(input).toBeFocused();
  expect(await scrolled(page)).toEqual([0, 0]);
  await expect.poll(() => sceneDrift(page, 'scene-buy-negotiate')).toBeLessThanOrEqual(1);
  await expect.poll(() => sceneDrift(page, 'scene-choose-drive')).toBeLessThanOrEqual(1);
  // The view panned (animated) to show the whole field instead.
  await expect.poll(async () => {
    const field = (await input.boundingBox())!;
    return field.x + field.width;
  }).toBeLessThanOrEqual(canvas.x + canvas.width);
  const card = (await cardById(page, 'card-buy-negotiate-needs-1').boundingBox())!;
  const header = (await sceneHeader(page, 'scene-buy-negotiate').boundingBox())!;
  expect(Math.abs(card.x + card.width / 2 - (header.x + header.width / 2))).toBeLessThanOrEqual(1);

  await page.keyboard.insertText('Price talk');
  await page.keyboard.press('Enter');
  expect((await documentOf(page)).scenes['scene-buy-negotiate']?.title).toBe('Price talk');
  expect(await scrolled(page)).toEqual([0, 0]);
  expect(await sceneDrift(page, 'scene-buy-negotiate')).toBeLessThanOrEqual(1);
});

test('"+ Lane" near the bottom edge opens its menu in view, lane headers stay on their rows, keys choose', async ({ page, shell }) => {
  await newFromTemplate(page, shell.url);
  const add = page.getByRole('button', { name: '+ Lane' });
  // pan the map up, a wheel turn at a time, until the button sits just above the bottom edge
  const edge = await canvasBox(page);
  for (let i = 0; i < 10; i++) {
    const now = (await add.boundingBox())!;
    const over = now.y + now.height - (edge.y + edge.height - 30);
    if (Math.abs(over) < 20) break;
    await panBy(page, 0, Math.max(-300, Math.min(300, Math.round(over))));
  }
  const canvas = await canvasBox(page);
  const button = (await add.boundingBox())!;
  expect(button.y + button.height).toBeLessThan(canvas.y + canvas.height);
  expect(button.y + button.height).toBeGreaterThan(canvas.y + canvas.height - 60);

  await page.mouse.click(button.x + 10, button.y + button.height / 2);
  const menu = page.getByRole('menu', { name: 'Lane' });
  await expect(menu).toBeVisible();
  await expect.poll(async () => {
    const box = (await menu.boundingBox())!;
    return box.y + box.height;
  }).toBeLessThanOrEqual(canvas.y + canvas.height);
  expect(await scrolled(page)).toEqual([0, 0]);
  expect(await laneDrift(page, 'lane-service-actions')).toBeLessThanOrEqual(1);
  expect(await laneDrift(page, 'lane-painpoints')).toBeLessThanOrEqual(1);

  // The first kind has the focus; ↓ then Enter picks the second.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const doc = await documentOf(page);
  expect(Object.values(doc.lanes).filter((l) => l.kind === 'actions')).toHaveLength(2);
  expect(await scrolled(page)).toEqual([0, 0]);
  expect(await laneDrift(page, 'lane-service-actions')).toBeLessThanOrEqual(1);
});

/** The title field now focused, its text and whether all of it is selected. */
const focusedField = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    return { label: el?.getAttribute('aria-label'), value: el?.value, selected: el?.selectionStart === 0 && el.selectionEnd === el.value.length };
  });

test('a new scene, stage or lane opens its title for typing with a name of its own', async ({ page, shell }) => {
  await newBlank(page, shell.url);
  const first = sceneHeader(page, (await page.getByTestId('scene-header').first().getAttribute('data-scene-id'))!);
  await first.hover();
  await first.getByRole('button', { name: 'Add a scene after this one' }).click();
  await expect.poll(() => focusedField(page)).toEqual({ label: 'Scene name', value: 'Scene 4', selected: true });
  await page.keyboard.type('Book a test drive');
  await page.keyboard.press('Enter');
  let titles = Object.values((await documentOf(page)).scenes).map((s) => s.title);
  expect(titles).toContain('Book a test drive');

  await first.hover();
  await first.getByRole('button', { name: 'Add a scene after this one' }).click();
  await expect.poll(() => focusedField(page)).toEqual({ label: 'Scene name', value: 'Scene 5', selected: true });
  await page.keyboard.press('Escape');
  titles = Object.values((await documentOf(page)).scenes).map((s) => s.title);
  expect(titles.filter((t) => t === 'Scene 5')).toHaveLength(1);
  expect(new Set(titles).size).toBe(titles.length);

  // Two more scenes pushed "+ Stage" past the right edge.
  await wheelIntoView(page, page.getByRole('button', { name: '+ Stage' }));
  await page.getByRole('button', { name: '+ Stage' }).click();
  await expect.poll(() => focusedField(page)).toEqual({ label: 'Stage name', value: 'Stage 4', selected: true });
  await page.keyboard.type('Aftercare');
  await page.keyboard.press('Enter');
  expect(Object.values((await documentOf(page)).stages).map((s) => s.title)).toContain('Aftercare');

  for (const expected of ['Metrics', 'Metrics 2']) {
    await wheelIntoView(page, page.getByRole('button', { name: '+ Lane' }));
    await page.getByRole('button', { name: '+ Lane' }).click();
    await page.getByRole('menuitem', { name: 'Metrics' }).click();
    await expect.poll(() => focusedField(page)).toEqual({ label: 'Lane name', value: expected, selected: true });
    await page.keyboard.press('Enter');
  }
  expect(Object.values((await documentOf(page)).lanes).filter((l) => l.kind === 'metrics').map((l) => l.title).sort()).toEqual(['Metrics', 'Metrics 2']);
});

test('the channel of a scene is picked from a small menu, with the mouse or the keys, in one undoable step', async ({ page, shell }) => {
  await newBlank(page, shell.url);
  const id = (await page.getByTestId('scene-header').first().getAttribute('data-scene-id'))!;
  const header = sceneHeader(page, id);
  const channel = async () => (await documentOf(page)).scenes[id]?.channel;
  await header.getByRole('button', { name: 'Offline' }).click();
  const menu = page.getByRole('menu', { name: 'Channel' });
  await expect(menu.getByRole('menuitemradio')).toHaveText(['Offline', 'Online', 'Online + offline']);
  await expect(menu.getByRole('menuitemradio', { name: 'Offline', exact: true })).toHaveAttribute('aria-checked', 'true');
  await menu.getByRole('menuitemradio', { name: 'Online', exact: true }).click();
  await expect(menu).toHaveCount(0);
  expect(await channel()).toBe('online');
  await page.keyboard.press('Control+z');
  expect(await channel()).toBe('offline');

  await header.getByRole('button', { name: 'Offline' }).click();
  await expect(menu.getByRole('menuitemradio', { name: 'Offline', exact: true })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  expect(await channel()).toBe('both');
  await expect(header.getByRole('button', { name: 'Online + offline' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(menu).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  expect(await channel()).toBe('both');
});

test('a long stage title over a single scene can be read whole', async ({ page, shell }) => {
  await newBlank(page, shell.url);
  const stage = page.getByTestId('stage-header').first();
  await stage.locator('.stage-header__title').dblclick();
  await page.keyboard.press('Control+a');
  await page.keyboard.insertText('Research and compare financing');
  await page.keyboard.press('Enter');
  const title = stage.locator('.stage-header__title');
  await expect(title).toHaveText('Research and compare financing');
  const fits = await title.evaluate((el) => el.scrollWidth <= el.clientWidth + 1 && el.scrollHeight <= el.clientHeight + 1);
  expect(fits).toBe(true);
  await expect(title).toHaveAttribute('title', 'Research and compare financing');
});

test('Tab from a card into scenes off the right edge: the view follows the card being written', async ({ page, shell }) => {
  await newFromTemplate(page, shell.url);
  await cardById(page, 'card-choose-visit-needs-1').dblclick();
  const editor = page.getByRole('textbox', { name: 'Card text' });
  await expect(editor).toBeFocused();
  for (const text of ['Book a test drive online', 'Know the price before I sit down']) {
    await page.keyboard.press('Tab');
    await expect(editor).toBeFocused();
    await page.keyboard.insertText(text);
    const area = await openArea(page);
    await expect
      .poll(async () => {
        const box = await editor.boundingBox();
        return Boolean(box) && box!.x >= area.left - 1 && box!.x + box!.width <= area.right + 1 && box!.y >= area.top - 1 && box!.y + box!.height <= area.bottom + 1;
      })
      .toBe(true);
    expect(await scrolled(page)).toEqual([0, 0]);
  }
  await page.keyboard.press('Control+Enter');
  const cards = Object.values((await documentOf(page)).cards);
  expect(cards.find((c) => c.text === 'Book a test drive online')?.sceneId).toBe('scene-choose-drive');
  expect(cards.find((c) => c.text === 'Know the price before I sit down')?.sceneId).toBe('scene-buy-negotiate');
  expect(await sceneDrift(page, 'scene-buy-negotiate')).toBeLessThanOrEqual(1);
});
