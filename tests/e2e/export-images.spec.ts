// Images on cards reach the exports at full resolution: a map with a storyboard frame, saved
// with its image inside, exported through the Export dialog as PDF (the embedded image keeps
// the original's pixel size, as pdfimages lists it), as SVG (an <image> of the original bytes)
// and as an HTML file whose viewer draws the original.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeMapWithImages } from '../imageMap.ts';
import { photoPng } from '../photoPng.ts';
import { exportAs, pdfImages } from './exportDialog.ts';
import { cjm, openFromFolder } from './helpers.ts';
import { expect, test } from './webShell.ts';

const PHOTO = { width: 1600, height: 1200 };

test('a storyboard frame is in the PDF at its original size, and in the SVG as the original bytes', async ({ page, shell, browser }) => {
  const photo = photoPng(PHOTO.width, PHOTO.height, { seed: 7, noise: 16 });
  writeMapWithImages(path.join(shell.root, 'storyboard.cjm'), [{ bytes: photo, preview: photoPng(160, 120, { seed: 7 }) }]);
  await openFromFolder(page, shell.url, 'storyboard.cjm');

  await exportAs(page, 'PDF', 'storyboard.pdf', 1);
  const pdf = path.join(shell.root, 'storyboard.pdf');
  fs.copyFileSync(pdf, test.info().outputPath('storyboard.pdf'));
  expect(pdfImages(pdf)).toContainEqual(PHOTO);
  // The page shows it: rendered small, the frame's dark disc is there.
  execFileSync('pdftoppm', ['-r', '60', '-png', '-singlefile', pdf, test.info().outputPath('storyboard-page')]);

  await exportAs(page, 'SVG', 'storyboard.svg', 1);
  const svg = fs.readFileSync(path.join(shell.root, 'storyboard.svg'), 'utf8');
  expect(svg).toContain(`href="data:image/png;base64,${photo.toString('base64')}"`);
  expect(svg).toMatch(/<use class="card-picture" data-image-id="[0-9a-f]{64}"/);
  expect(svg).not.toContain('image-missing');

  // The HTML file carries the original too, and its viewer draws it, offline, under its policy.
  await exportAs(page, 'Interactive HTML', 'storyboard.html', 1);
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  await context.setOffline(true);
  const viewer = await context.newPage();
  const problems: string[] = [];
  viewer.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  await viewer.goto(pathToFileURL(path.join(shell.root, 'storyboard.html')).href);
  await expect(viewer.locator('.viewer-map svg use.card-picture')).toHaveCount(1);
  const href = await viewer.locator('.viewer-map svg defs image').first().getAttribute('href');
  expect(href).toBe(`data:image/png;base64,${photo.toString('base64')}`);
  await viewer.screenshot({ path: test.info().outputPath('storyboard-html.png') });
  expect(problems).toEqual([]);
  await context.close();

  // Saved (the export's choices are kept in the map): the file gets the window's thumbnail.
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('unsaved-marker')).toHaveCount(0);
  fs.copyFileSync(path.join(shell.root, 'storyboard.cjm'), test.info().outputPath('storyboard.cjm'));
  const info = JSON.parse(cjm('info', path.join(shell.root, 'storyboard.cjm')).stdout) as { thumbnail: { width: number; height: number; bytes: number } | null };
  expect(info.thumbnail?.width).toBeGreaterThan(100);
  expect(info.thumbnail?.width).toBeLessThanOrEqual(512);
});
