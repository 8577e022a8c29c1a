// A range copied from a spreadsheet, pasted onto a cell: a preview says how many cards go where,
// Paste lands them (rows to lanes, columns to scenes) as one undo step; copied cards go out as a
// table a spreadsheet pastes cell by cell.
import type { Page } from '@playwright/test';
import { holdsCards } from '../../shared/laneKinds.ts';
import type { JourneyDoc } from '../../shared/model.ts';
import { sortOrdered } from '../../shared/order.ts';
import { tableHtml, tsvText } from '../../shared/tableText.ts';
import { cardById, cellPoint, documentOf, laneHeader, newBlank, newFromTemplate, sceneHeader, wheelIntoView } from './helpers.ts';
import { expect, test } from './webShell.ts';

test.use({ viewport: { width: 1366, height: 768 } });

/** Scenes left to right and the lanes that hold cards, top to bottom. */
function axes(doc: JourneyDoc) {
  const stages = sortOrdered(Object.values(doc.stages)).map((stage) => stage.id);
  const scenes = sortOrdered(Object.values(doc.scenes))
    .sort((a, b) => stages.indexOf(a.stageId) - stages.indexOf(b.stageId))
    .map((scene) => scene.id);
  const lanes = sortOrdered(Object.values(doc.lanes))
    .filter((lane) => !lane.hidden && holdsCards(lane.kind))
    .map((lane) => lane.id);
  return { scenes, lanes };
}

/** What Excel puts on the clipboard for a copied range: its cells as text and as an HTML table. */
async function pasteRange(page: Page, grid: string[][]): Promise<void> {
  const plain = tsvText(grid);
  const html = `<html><head><style>td {mso-number-format:General;}</style></head><body><table>${tableHtml(grid).replace(/^.*<table>/, '')}</body></html>`;
  await page.evaluate(
    ([text, markup]) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      data.setData('text/html', markup);
      document.activeElement?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    },
    [plain, html] as const,
  );
}

const cardsIn = (doc: JourneyDoc, laneId: string, sceneId: string) =>
  sortOrdered(Object.values(doc.cards).filter((card) => card.laneId === laneId && card.sceneId === sceneId)).map((card) => card.text);

const RANGE = [
  ['Price online', 'Test drive', 'Contract', 'First service'],
  ['Short video', 'Showroom', 'Sales desk', 'Phone\ncall back'],
  ['Unclear price', 'Waiting', 'Add-ons pushed', 'No reminder'],
];

test('paste a 3 × 4 range onto a cell: preview, 12 cards in place, one undo removes them all', async ({ page, shell }) => {
  await newFromTemplate(page, shell.url);
  const before = await documentOf(page);
  const { scenes, lanes } = axes(before);
  const point = await cellPoint(page, lanes[0]!, scenes[0]!, 0.97);
  await page.mouse.click(point.x, point.y);
  await pasteRange(page, RANGE);

  const dialog = page.getByTestId('choice-dialog');
  await expect(dialog).toContainText('12 cards into 3 lanes × 4 scenes.');
  await page.screenshot({ path: test.info().outputPath('paste-table-preview-en.png') });
  await dialog.getByRole('button', { name: 'Paste' }).click();
  await expect(dialog).toBeHidden();

  const after = await documentOf(page);
  expect(Object.keys(after.cards).length - Object.keys(before.cards).length).toBe(12);
  for (const [r, row] of RANGE.entries())
    for (const [c, text] of row.entries()) expect(cardsIn(after, lanes[r]!, scenes[c]!).at(-1)).toBe(text);
  expect(Object.keys(after.scenes)).toHaveLength(Object.keys(before.scenes).length);
  await expect(page.getByTestId('card').filter({ hasText: 'Add-ons pushed' })).toHaveCount(1);
  await expect(page.locator('.is-selected[data-testid="card"]')).toHaveCount(12);

  await page.keyboard.press('Control+z');
  expect(await documentOf(page)).toEqual(before);
  await expect(page.getByTestId('card').filter({ hasText: 'Add-ons pushed' })).toHaveCount(0);
});

test('cancel leaves the map as it was; the preview speaks Chinese', async ({ page, shell }) => {
  await newFromTemplate(page, shell.url);
  await page.getByTestId('language').selectOption('zh-CN');
  const before = await documentOf(page);
  const { scenes, lanes } = axes(before);
  const point = await cellPoint(page, lanes[0]!, scenes[1]!, 0.97);
  await page.mouse.click(point.x, point.y);
  await pasteRange(page, RANGE);
  const dialog = page.getByTestId('choice-dialog');
  await expect(dialog).toContainText('12 张卡片，放入 3 条泳道 × 4 个场景。');
  await page.screenshot({ path: test.info().outputPath('paste-table-preview-zh.png') });
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(dialog).toBeHidden();
  expect(await documentOf(page)).toEqual(before);
});

test('a range wider than the map adds scenes at the right end; rows below the last lane are left out and said', async ({ page, shell }) => {
  await newBlank(page, shell.url);
  const before = await documentOf(page);
  const { scenes, lanes } = axes(before);
  const last = scenes.at(-1)!;
  // The last lane's cell of the last scene wheeled to the middle of the window, as a person would
  // (in a corner it would sit under the minimap).
  await wheelIntoView(page, laneHeader(page, lanes.at(-1)!));
  await wheelIntoView(page, sceneHeader(page, last));
  const seen = await cellPoint(page, lanes.at(-1)!, last, 0.5);
  const view = page.viewportSize()!;
  await page.mouse.move(view.width / 2, view.height / 2);
  await page.mouse.wheel(seen.x - view.width / 2, seen.y - view.height / 2);
  const point = await cellPoint(page, lanes.at(-1)!, last, 0.5);
  await page.mouse.click(point.x, point.y);
  await pasteRange(page, [
    ['here', 'new one', 'new two'],
    ['below', 'below', ''],
  ]);
  const dialog = page.getByTestId('choice-dialog');
  await expect(dialog).toContainText('3 cards into 1 lane × 3 scenes. 2 scenes will be added at the right end. 2 cells have no lane to go to and are left out');
  await page.screenshot({ path: test.info().outputPath('paste-table-wider-en.png') });
  await dialog.getByRole('button', { name: 'Paste' }).click();
  await expect(page.getByTestId('scene-header')).toHaveCount(scenes.length + 2);
  const after = axes(await documentOf(page));
  expect(after.scenes.slice(0, -2)).toEqual(scenes);
  expect(cardsIn(await documentOf(page), lanes.at(-1)!, after.scenes.at(-1)!)).toEqual(['new two']);
  await page.keyboard.press('Control+z');
  expect(await documentOf(page)).toEqual(before);
});

test('copied cards go out as a table (TSV and HTML) and come back into the app as the same cards', async ({ context, page, shell }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await newFromTemplate(page, shell.url);
  await cardById(page, 'card-aware-video-touchpoints-1').click();
  await cardById(page, 'card-aware-friends-painpoints-1').click({ modifiers: ['Shift'] });
  await page.keyboard.press('Control+c');
  const doc = await documentOf(page);
  const { scenes, lanes } = axes(doc);
  const [touchpoint, painPoint] = [doc.cards['card-aware-video-touchpoints-1']!, doc.cards['card-aware-friends-painpoints-1']!];
  const rows = lanes.slice(lanes.indexOf(touchpoint.laneId), lanes.indexOf(painPoint.laneId) + 1);
  const columns = scenes.slice(scenes.indexOf(touchpoint.sceneId), scenes.indexOf(painPoint.sceneId) + 1);
  const expected = rows.map((laneId) =>
    columns.map((sceneId) => (laneId === touchpoint.laneId && sceneId === touchpoint.sceneId ? touchpoint.text : laneId === painPoint.laneId && sceneId === painPoint.sceneId ? painPoint.text : '')),
  );
  const copied = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    return { plain: await (await item!.getType('text/plain')).text(), html: item!.types.includes('text/html') ? await (await item!.getType('text/html')).text() : '' };
  });
  expect(copied.plain.replace(/\r\n/g, '\n')).toBe(tsvText(expected).replace(/\r\n/g, '\n'));
  expect(copied.html).toContain(`<td>${painPoint.text}</td>`);

  // Pasted back here: the cards themselves (kind fields and all), into the one cell, no preview.
  await cardById(page, 'card-choose-compare-touchpoints-1').click();
  await page.keyboard.press('Control+v');
  await expect(page.getByTestId('choice-dialog')).toHaveCount(0);
  const pasted = Object.values((await documentOf(page)).cards).filter((c) => c.sceneId === 'scene-choose-compare' && c.laneId === 'lane-touchpoints');
  expect(pasted.find((c) => c.text === touchpoint.text)).toMatchObject({ channel: touchpoint.channel });
  expect(pasted.some((c) => c.text === painPoint.text)).toBe(true);
});

test('Copy Map as Table: scene titles along the top, lane titles down the side; pasted into another map, the titles place the cards', async ({ context, page, shell }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await newBlank(page, shell.url);
  const doc = await documentOf(page);
  const { scenes, lanes } = axes(doc);
  // a card to carry: typed into the second lane's second scene
  const point = await cellPoint(page, lanes[1]!, scenes[1]!, 0.5);
  await page.mouse.dblclick(point.x, point.y);
  await page.keyboard.type('Asks a friend');
  await page.keyboard.press('Control+Enter');
  const empty = await cellPoint(page, lanes[0]!, scenes[0]!, 0.5);
  await page.mouse.click(empty.x, empty.y, { button: 'right' });
  await page.screenshot({ path: test.info().outputPath('copy-map-menu-en.png') });
  await page.getByTestId('context-menu').getByRole('menuitem', { name: 'Copy Map as Table' }).click();
  await expect(page.getByText('The map is on the clipboard as a table')).toBeVisible();
  const plain = await page.evaluate(() => navigator.clipboard.readText());
  const rows = plain.replace(/\r\n$/, '').split('\r\n').map((row) => row.split('\t'));
  expect(rows[0]).toEqual(['', ...scenes.map((id) => doc.scenes[id]!.title)]);
  expect(rows.map((row) => row[0])).toEqual(['', ...lanes.map((id) => doc.lanes[id]!.title)]);
  expect(rows[2]?.[2]).toBe('Asks a friend');

  // Another blank map, pasted onto its first cell: the title row and column put the card in its place.
  const other = await context.newPage();
  await newBlank(other, shell.url);
  const target = axes(await documentOf(other));
  const first = await cellPoint(other, target.lanes[0]!, target.scenes[0]!, 0.5);
  await other.mouse.click(first.x, first.y);
  await pasteRange(other, rows);
  await expect(other.getByTestId('choice-dialog')).toContainText('1 card into 1 lane × 1 scene.');
  await other.getByTestId('choice-dialog').getByRole('button', { name: 'Paste' }).click();
  expect(cardsIn(await documentOf(other), target.lanes[1]!, target.scenes[1]!)).toEqual(['Asks a friend']);
});

test('a column of lines goes into the one cell without a preview; a table past the limits is refused with a message', async ({ page, shell }) => {
  await newBlank(page, shell.url);
  const before = await documentOf(page);
  const { scenes, lanes } = axes(before);
  const point = await cellPoint(page, lanes[0]!, scenes[0]!, 0.5);
  await page.mouse.click(point.x, point.y);
  await pasteRange(page, [['Wants a quote'], [''], ['Asks about\nfinance']]);
  await expect(page.getByTestId('card')).toHaveCount(2);
  await expect(page.getByTestId('choice-dialog')).toHaveCount(0);
  expect(cardsIn(await documentOf(page), lanes[0]!, scenes[0]!)).toEqual(['Wants a quote', 'Asks about\nfinance']);
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('card')).toHaveCount(0);

  await page.mouse.click(point.x, point.y);
  await pasteRange(page, Array.from({ length: 501 }, (_, r) => [`row ${r}`, 'x']));
  await expect(page.getByText('This table is too large to paste: at most 500 rows, 100 columns and 5,000 cells.')).toBeVisible();
  await expect(page.getByTestId('choice-dialog')).toHaveCount(0);
  expect(await documentOf(page)).toEqual(before);
  await page.getByTestId('language').selectOption('zh-CN');
  await expect(page.getByText('表格太大，无法粘贴：最多 500 行、100 列、5,000 个单元格。')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('paste-table-too-large-zh.png') });
});
