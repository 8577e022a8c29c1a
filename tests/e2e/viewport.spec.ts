// Pan and zoom: keys, wheel, fit, zoom to selection, and the view remembered per file.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cardById, newFromTemplate } from './helpers.ts';
import { expect, test } from './webShell.ts';

const docs = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs');
const transform = (page: import('@playwright/test').Page) => page.locator('.react-flow__viewport').getAttribute('style');
const zoomOf = async (page: import('@playwright/test').Page) => Number(/scale\(([\d.]+)\)/.exec((await transform(page)) ?? '')?.[1]);

test('zoom with keys and Ctrl+wheel, pan with the wheel, fit, zoom to selection', async ({ page, shell }) => {
  await newFromTemplate(page, shell.url);
  const start = await zoomOf(page);
  await cardById(page, 'card-aware-video-needs-1').click();
  await page.keyboard.press('+');
  await expect.poll(() => zoomOf(page)).toBeGreaterThan(start);
  await page.keyboard.press('Control+-');
  await page.keyboard.press('Control+-');
  await expect.poll(() => zoomOf(page)).toBeLessThan(start);
  const before = await transform(page);
  await page.mouse.move(700, 500);
  await page.mouse.wheel(400, 0);
  await expect.poll(() => transform(page)).not.toBe(before);
  const zoomed = await zoomOf(page);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -300);
  await page.keyboard.up('Control');
  await expect.poll(() => zoomOf(page)).toBeGreaterThan(zoomed);

  await page.getByRole('button', { name: 'Fit', exact: true }).click();
  await expect.poll(() => zoomOf(page)).toBeLessThan(0.6);
  await cardById(page, 'card-rebuy-refer-needs-1').click();
  await page.keyboard.press('Shift+@');
  await page.keyboard.press('Shift+Digit2');
  await expect.poll(() => zoomOf(page)).toBeGreaterThan(1);
  await expect(cardById(page, 'card-rebuy-refer-needs-1')).toBeInViewport();
  await page.screenshot({ path: path.join(docs, 'editor-zoomed.png') });
});

test('the view of a saved map is remembered when it is opened again', async ({ page, shell }) => {
  await newFromTemplate(page, shell.url);
  await page.keyboard.press('Control+s');
  await page.getByTestId('file-name-input').fill('view');
  await page.getByTestId('file-dialog').getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByTestId('file-name')).toHaveText('view.cjm');
  await cardById(page, 'card-aware-video-needs-1').click();
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  await page.mouse.move(700, 500);
  await page.mouse.wheel(300, 200);
  await page.waitForTimeout(400);
  const remembered = await transform(page);
  // Home, then the recent file (a reload would reopen it by itself).
  await page.getByRole('button', { name: 'Home' }).click();
  await page.getByRole('button', { name: /view\.cjm/ }).first().click();
  await expect(page.getByTestId('file-name')).toHaveText('view.cjm');
  await expect.poll(() => transform(page)).toBe(remembered);
});
