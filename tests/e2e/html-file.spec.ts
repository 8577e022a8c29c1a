// The interactive HTML file as a client gets it: exported from the dialog, opened from disk in a
// fresh browser with no network, moved with the mouse, searched, presented; then opened again in
// the app as an editable map. And a map full of hostile text, whose file must run none of it.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from '@playwright/test';
import { serializeProject } from '../../electron/services/projectFile.ts';
import { createDocument } from '../../shared/templates.ts';
import { clientViewLanesLeftOut } from '../../shared/views.ts';
import { center, templateAtWorkshopSize } from './helpers.ts';
import { expect, test } from './webShell.ts';

const repo = path.resolve(import.meta.dirname, '../..');
const cjm = (...args: string[]) => spawnSync(process.execPath, [path.join(repo, 'bin/cjm.js'), ...args], { encoding: 'utf8' });

/** The file in a browser of its own, as a client opens an attachment: no network at all, every request outside the file noted. */
async function openOffline(browser: Browser, file: string) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, hasTouch: true });
  await context.setOffline(true);
  const outside: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url === pathToFileURL(file).href) return route.continue();
    outside.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.goto(pathToFileURL(file).href);
  await expect(page.getByTestId('viewer')).toBeVisible();
  return { page, context, outside, problems };
}

const sheetOffset = async (page: Page) => {
  const transform = await page.getByTestId('viewer-sheet').evaluate((el) => (el as HTMLElement).style.transform);
  const [x, y] = [...transform.matchAll(/(-?[\d.]+)px/g)].map((m) => Number(m[1]));
  return { x: x ?? 0, y: y ?? 0 };
};

test('an interactive HTML file: exported from the dialog, browsed offline with the mouse, searched, presented, opened again as a map', async ({ page, shell, browser }) => {
  test.setTimeout(90_000);
  await templateAtWorkshopSize(page, shell.url, 'en');
  // A client view, saved in the map: the file offers it.
  await page.getByTestId('view-select').selectOption({ label: 'Edit views…' });
  await page.getByTestId('views-dialog').getByTestId('view-add-client').click();
  await page.getByTestId('views-dialog').getByRole('button', { name: 'Done' }).click();

  await page.keyboard.press('Control+e');
  const dialog = page.getByTestId('export-dialog');
  await dialog.getByLabel('Interactive HTML').check();
  await expect(dialog).toContainText('opens in any browser');
  await page.getByTestId('export-run').click();
  await page.getByTestId('file-name-input').fill('for-the-client');
  await page.getByTestId('file-dialog').getByRole('button', { name: 'Save', exact: true }).click();
  await expect(dialog).toHaveCount(0, { timeout: 60_000 });
  const file = path.join(shell.root, 'for-the-client.html');
  expect(fs.statSync(file).size).toBeLessThan(1.5 * 1024 * 1024);

  const viewer = await openOffline(browser, file);
  const client = viewer.page;
  await expect(client.locator('.viewer-bar__title')).toHaveText('Car dealer journey');
  await expect(client.getByTestId('viewer-map').locator('g.card')).not.toHaveCount(0);
  await client.screenshot({ path: test.info().outputPath('html-1-opened.png') });

  // Pan by dragging the map, zoom with Ctrl + wheel.
  const before = await sheetOffset(client);
  await client.mouse.move(700, 450);
  await client.mouse.down();
  await client.mouse.move(500, 350, { steps: 8 });
  await client.mouse.up();
  const after = await sheetOffset(client);
  expect(Math.round(after.x - before.x)).toBe(-200);
  expect(Math.round(after.y - before.y)).toBe(-100);
  const zoom = Number(await client.getByTestId('viewer-map').getAttribute('data-zoom'));
  await client.keyboard.down('Control');
  await client.mouse.wheel(0, -300);
  await client.keyboard.up('Control');
  await expect.poll(async () => Number(await client.getByTestId('viewer-map').getAttribute('data-zoom'))).toBeGreaterThan(zoom);

  // Two fingers on a touch screen: spread apart, they zoom around their middle.
  const beforePinch = Number(await client.getByTestId('viewer-map').getAttribute('data-zoom'));
  const touch = await client.context().newCDPSession(client);
  const fingers = (spread: number) => [
    { x: 683 - spread / 2, y: 420, id: 1 },
    { x: 683 + spread / 2, y: 420, id: 2 },
  ];
  await touch.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingers(100) });
  for (const spread of [120, 140, 160, 180, 200]) await touch.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: fingers(spread) });
  await touch.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await expect.poll(async () => Number(await client.getByTestId('viewer-map').getAttribute('data-zoom')) / beforePinch).toBeCloseTo(2, 1);
  await client.keyboard.press('0');

  // A click on a card (not a drag) opens its details.
  const shownId = await client.getByTestId('viewer-map').evaluate((map) => {
    const frame = map.getBoundingClientRect();
    const inside = [...map.querySelectorAll('g.card')].find((g) => {
      const box = g.getBoundingClientRect();
      return box.left > frame.left && box.top > frame.top && box.right < frame.right && box.bottom < frame.bottom;
    });
    return inside?.getAttribute('data-card-id') ?? '';
  });
  const card = client.locator(`g.card[data-card-id="${shownId}"]`);
  const words = ((await card.locator('text').first().textContent()) ?? '').slice(0, 12);
  const point = await center(card);
  await client.mouse.click(point.x, point.y);
  await expect(client.getByTestId('viewer-card-text')).toContainText(words);

  // Find: the matches counted, Enter brings the first into view and rings it.
  await client.keyboard.press('Control+f');
  await client.keyboard.type('showroom');
  await expect(client.getByTestId('viewer-search-status')).toHaveText(/\d+ matches/);
  await client.keyboard.press('Enter');
  await expect(client.getByTestId('viewer-search-status')).toHaveText(/^1 of \d+$/);
  await expect(client.locator('.viewer-map .is-current')).toHaveCount(1);
  await expect(client.locator('.viewer-map .is-current')).toBeInViewport();
  await client.screenshot({ path: test.info().outputPath('html-2-find.png') });
  // The found match stays found while the reader moves away from it: the map does not snap back.
  const found = await sheetOffset(client);
  await client.mouse.move(300, 600);
  await client.mouse.down();
  await client.mouse.move(400, 650, { steps: 6 });
  await client.mouse.up();
  const moved = await sheetOffset(client);
  expect([Math.round(moved.x - found.x), Math.round(moved.y - found.y)]).toEqual([100, 50]);
  await client.keyboard.press('Escape');

  // The saved client view: the internal lanes are gone from the picture.
  const lanes = await client.locator('[data-lane-id]').count();
  await expect(client.getByTestId('viewer-sheet')).toContainText('Service actions');
  await client.getByTestId('viewer-view').selectOption({ label: 'Client view' });
  await expect(client.getByTestId('viewer-sheet')).not.toContainText('Service actions');
  await expect(client.locator('[data-lane-id]')).toHaveCount(lanes - 3);

  // The emotion analysis, then presenting with the keyboard.
  await client.getByTestId('viewer-analysis-toggle').click();
  await expect(client.getByTestId('viewer-analysis')).toContainText('Peak–end score');
  await client.screenshot({ path: test.info().outputPath('html-3-analysis.png') });
  await client.getByTestId('viewer-present').click();
  await expect(client.getByTestId('presentation')).toBeVisible();
  await client.keyboard.press('ArrowRight');
  await expect(client.getByTestId('present-count')).toHaveText('2 / 8');
  await expect(client.locator('.present-card--service-actions')).toHaveCount(0);
  await client.screenshot({ path: test.info().outputPath('html-4-present.png') });
  await client.keyboard.press('Escape');
  await expect(client.getByTestId('presentation')).toHaveCount(0);

  expect(viewer.outside).toEqual([]);
  expect(viewer.problems).toEqual([]);
  await viewer.context.close();

  // Open… turns the file back into an editable map, a new one (the .html stays as it is).
  await page.getByRole('button', { name: 'Open…' }).click();
  await page.getByTestId('unsaved-dialog').getByRole('button', { name: "Don't save" }).click();
  await page.getByTestId('file-dialog').getByRole('button', { name: /for-the-client\.html/ }).click();
  await expect(page.getByTestId('notice')).toContainText('Opened the map carried inside for-the-client.html');
  await expect(page.getByTestId('file-name')).toContainText('Untitled map');
  await expect(page.getByTestId('card').first()).toBeVisible();
  await expect(page.getByTestId('view-select').locator('option', { hasText: 'Client view' })).toHaveCount(1);
});

const EVIL = `</script><script>window.cjmPwned='script'</script><img src=x onerror="window.cjmPwned='img'"><svg onload="window.cjmPwned='svg'"><!-- ]]> \u2028 "' & {{constructor}}`;

test('a map full of hostile text: its HTML file shows the text as text and runs none of it, in the viewer and when presented', async ({ browser }) => {
  test.setTimeout(60_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cjm-hostile-html-'));
  const doc = createDocument('car-dealer', 'en');
  doc.map.title = `Map ${EVIL}`;
  const cards = Object.values(doc.cards);
  for (const card of cards.slice(0, 8)) card.text = `${card.text} ${EVIL}`;
  for (const lane of Object.values(doc.lanes)) lane.title = `${lane.title} ${EVIL}`;
  for (const stage of Object.values(doc.stages)) stage.title = `${stage.title} ${EVIL}`;
  const first = cards[0]!;
  doc.views['view-evil'] = { id: 'view-evil', order: 'a0', name: `View ${EVIL}`, stagesLeftOut: [], lanesLeftOut: clientViewLanesLeftOut(doc), curvesLeftOut: [] };
  doc.comments['comment-evil'] = { id: 'comment-evil', target: 'card', targetId: first.id, author: `Eve ${EVIL}`, text: `Comment ${EVIL}`, createdAt: '2026-12-01T09:00:00.000Z', resolved: false };
  const source = path.join(dir, 'hostile.cjm');
  fs.writeFileSync(source, serializeProject(doc, { appVersion: 'test' }));
  const file = path.join(dir, 'hostile.html');
  const result = cjm('export', source, '--format', 'html', '--comments', '--out', file);
  expect(result.stderr).not.toMatch(/error/i);
  expect(result.status).toBe(0);

  const viewer = await openOffline(browser, file);
  const page = viewer.page;
  await expect(page.locator('.viewer-bar__title')).toHaveText(`Map ${EVIL}`.replace(/\s+/g, ' ').trim());
  // Every part that shows map text: the picture, a card's details, the comments, the view list, the presentation.
  await page.locator(`g.card[data-card-id="${first.id}"]`).click();
  await expect(page.getByTestId('viewer-card-text')).toContainText('</script><script>');
  await page.getByTestId('viewer-comments-toggle').click();
  await expect(page.getByTestId('viewer-comments')).toContainText(`Comment ${EVIL}`.slice(0, 40));
  await page.getByTestId('viewer-view').selectOption({ index: 1 });
  await page.getByTestId('viewer-search').fill('pwned');
  await expect(page.getByTestId('viewer-search-status')).toHaveText(/\d+ matches/);
  await page.getByTestId('viewer-present').click();
  await page.keyboard.press('ArrowRight');
  await page.locator('.present-card').first().click();
  await expect(page.getByTestId('present-reader')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('html-hostile.png') });

  expect(await page.evaluate(() => (window as { cjmPwned?: string }).cjmPwned)).toBeUndefined();
  // Nothing from the text became an element: no extra script, image or inline SVG root beyond the map's own picture.
  expect(await page.locator('script').count()).toBe(3);
  expect(await page.locator('img').count()).toBe(0);
  expect(await page.locator('svg[onload]').count()).toBe(0);
  expect(viewer.outside).toEqual([]);
  expect(viewer.problems).toEqual([]);
  await viewer.context.close();
  fs.rmSync(dir, { recursive: true, force: true });
});
