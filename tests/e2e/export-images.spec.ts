// Images on cards reach the exports at full resolution: a map with a storyboard frame, saved
// with its image inside, exported through the Export dialog as PDF (the embedded image keeps
// the original's pixel size, as pdfimages lists it) and as SVG (an <image> of the original bytes).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { writeMapWithImages } from '../imageMap.ts';
import { photoPng } from '../photoPng.ts';
import { exportAs, pdfImages } from './exportDialog.ts';
import { cjm, openFromFolder } from './helpers.ts';
import { expect, test } from './webShell.ts';

const PHOTO = { width: 1600, height: 1200 };

test('a storyboard frame is in the PDF at its original size, and in the SVG as the original bytes', async ({ page, shell }) => {
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

  // Saved (the export's choices are kept in the map): the file gets the window's thumbnail.
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('unsaved-marker')).toHaveCount(0);
  fs.copyFileSync(path.join(shell.root, 'storyboard.cjm'), test.info().outputPath('storyboard.cjm'));
  const info = JSON.parse(cjm('info', path.join(shell.root, 'storyboard.cjm')).stdout) as { thumbnail: { width: number; height: number; bytes: number } | null };
  expect(info.thumbnail?.width).toBeGreaterThan(100);
  expect(info.thumbnail?.width).toBeLessThanOrEqual(512);
});
