// Issue 13, defect 6: the export dialog fits a 1366×768 laptop, its file dialog speaks of the
// kind being saved, the choices are kept in the map, PNGs get the PDF's margin, and severity
// dots are the canvas' red in the export.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { newFromTemplate, pickTemplate } from './helpers.ts';
import { expect, test } from './webShell.ts';

// Pictures and files to look at, beside the test's other output.
function shot(name: string): string {
  const file = test.info().outputPath(name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  return file;
}

async function exportAs(page: Page, name: string) {
  await page.getByTestId('export-run').click();
  const dialog = page.getByTestId('file-dialog');
  await expect(dialog).toBeVisible();
  await page.getByTestId('file-name-input').fill(name);
  await dialog.getByRole('button', { name: /^(Save|保存)$/ }).click();
  await expect(page.getByTestId('export-dialog')).toHaveCount(0, { timeout: 30_000 });
}

/** The pixels of a PNG's outer `band` that are not white, decoded by the browser (the first few). */
async function nonWhiteEdge(page: Page, file: string, band: number) {
  const data = `data:image/png;base64,${fs.readFileSync(file).toString('base64')}`;
  return page.evaluate(
    async ({ src, band }) => {
      const image = new Image();
      image.src = src;
      await image.decode();
      const { naturalWidth: width, naturalHeight: height } = image;
      const canvas = document.createElement('canvas');
      canvas.width = width;
      canvas.height = height;
      const context = canvas.getContext('2d') as CanvasRenderingContext2D;
      context.drawImage(image, 0, 0);
      const pixels = context.getImageData(0, 0, width, height).data;
      const found: string[] = [];
      for (let y = 0; y < height && found.length < 5; y++) {
        for (let x = 0; x < width && found.length < 5; x++) {
          if (x >= band && x < width - band && y >= band && y < height - band) continue;
          const i = 4 * (y * width + x);
          if (pixels[i] !== 255 || pixels[i + 1] !== 255 || pixels[i + 2] !== 255) found.push(`${x},${y}`);
        }
      }
      return { width, height, found };
    },
    { src: data, band },
  );
}

for (const lang of ['en', 'zh-CN'] as const) {
  test(`at 1366×768 the Export and Cancel buttons are on screen for PDF, PNG and SVG (${lang})`, async ({ page, shell }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(shell.url);
    if (lang === 'zh-CN') await page.getByTestId('language').selectOption('zh-CN');
    await page.getByRole('button', { name: lang === 'en' ? /New from template/ : /从模板新建/ }).click();
    await pickTemplate(page);
    await expect(page.getByTestId('card').first()).toBeVisible();
    await page.keyboard.press('Control+e');
    const dialog = page.getByTestId('export-dialog');
    await expect(dialog).toBeVisible();
    for (const format of ['PDF', 'PNG', 'SVG']) {
      await dialog.getByLabel(format).check();
      for (const id of ['export-run', 'export-cancel']) {
        const box = (await page.getByTestId(id).boundingBox())!;
        expect(box.y, `${id} (${format}) starts on screen`).toBeGreaterThanOrEqual(0);
        expect(box.y + box.height, `${id} (${format}) ends above the fold`).toBeLessThanOrEqual(768);
      }
      await page.screenshot({ path: shot(`export-dialog-${format.toLowerCase()}-${lang}.png`) });
    }
  });
}

test('the file dialog of an export speaks of the kind being saved, in English and Chinese', async ({ page, shell }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await newFromTemplate(page, shell.url);
  const files = page.getByTestId('file-dialog');
  for (const format of ['PDF', 'PNG', 'SVG']) {
    await page.keyboard.press('Control+e');
    await page.getByTestId('export-dialog').getByLabel(format).check();
    await page.getByTestId('export-run').click();
    await expect(files.getByRole('heading')).toHaveText(`Export as ${format}`);
    await expect(page.getByTestId('file-list')).toHaveText(`No ${format} files in this folder.`);
    if (format === 'PDF') await files.screenshot({ path: shot('file-dialog-pdf-en.png') });
    await files.getByRole('button', { name: 'Cancel' }).click();
    await page.getByTestId('export-cancel').click();
  }
  // Saving the map itself still speaks of journey maps.
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('file-list')).toHaveText('No journey maps in this folder.');
  await files.getByRole('button', { name: 'Cancel' }).click();

  await page.getByTestId('language').selectOption('zh-CN');
  await page.keyboard.press('Control+e');
  await page.getByTestId('export-dialog').getByLabel('PDF').check();
  await page.getByTestId('export-run').click();
  await expect(page.getByTestId('file-list')).toHaveText('此文件夹中没有 PDF 文件。');
  await files.screenshot({ path: shot('file-dialog-pdf-zh-CN.png') });
});

test('the stages, lanes and paper chosen are kept in the map: next export, and after save and reopen', async ({ page, shell }) => {
  await newFromTemplate(page, shell.url);
  await page.keyboard.press('Control+e');
  const stages = page.getByTestId('export-stages');
  const lanes = page.getByTestId('export-lanes');
  await stages.getByLabel('Rebuy').uncheck();
  await lanes.getByLabel('Service actions').uncheck();
  await page.getByTestId('export-page-size').selectOption('A4');
  await exportAs(page, 'poster.pdf');
  fs.copyFileSync(path.join(shell.root, 'poster.pdf'), shot('poster-a4.pdf'));
  // Kept in the document, so the map has changes to save.
  await expect(page.getByTestId('unsaved-marker')).toBeVisible();

  const expectKept = async () => {
    await page.keyboard.press('Control+e');
    await expect(stages.getByLabel('Rebuy')).not.toBeChecked();
    await expect(stages.getByLabel('Aware')).toBeChecked();
    await expect(lanes.getByLabel('Service actions')).not.toBeChecked();
    await expect(lanes.getByLabel('Customer needs')).toBeChecked();
    await expect(page.getByTestId('export-page-size')).toHaveValue('A4');
    await page.getByTestId('export-cancel').click();
  };
  await expectKept();

  await page.keyboard.press('Control+s');
  await page.getByTestId('file-name-input').fill('kept');
  await page.getByTestId('file-dialog').getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByTestId('file-name')).toHaveText('kept.cjm');
  // Closed and opened again from the start screen's recent maps: read back from the file.
  await page.getByRole('button', { name: 'Home' }).click();
  await page.getByRole('button', { name: /kept\.cjm/ }).first().click();
  await expect(page.getByTestId('file-name')).toHaveText('kept.cjm');
  await expectKept();

  // Another map has its own choices: everything, as on a first export.
  await page.getByRole('button', { name: 'Home' }).click();
  await page.getByRole('button', { name: /New from template/ }).click();
  await pickTemplate(page);
  await expect(page.getByTestId('card').first()).toBeVisible();
  await page.keyboard.press('Control+e');
  await expect(stages.getByLabel('Rebuy')).toBeChecked();
  await expect(lanes.getByLabel('Service actions')).toBeChecked();
});

test('PNG exports get the same margin as the PDF: the outer pixels are background', async ({ page, shell }) => {
  await newFromTemplate(page, shell.url);
  await page.keyboard.press('Control+e');
  await page.getByLabel('PNG').check();
  await page.getByTestId('export-scale').selectOption('1');
  await exportAs(page, 'margin.png');
  fs.copyFileSync(path.join(shell.root, 'margin.png'), shot('margin.png'));
  // The PDF's default margin is 10 mm; at 96 dpi that is 38 px. The outer 30 px are white.
  const { width, found } = await nonWhiteEdge(page, path.join(shell.root, 'margin.png'), 30);
  expect(width).toBeGreaterThan(100);
  expect(found, 'non-white pixels in the outer 30 px').toEqual([]);
});

test('severity dots are drawn in the canvas colour in the export (SVG fill = canvas computed colour)', async ({ page, shell }) => {
  await newFromTemplate(page, shell.url);
  const canvasColour = await page.locator('.card .severity').first().evaluate((el) => getComputedStyle(el).color);
  await page.keyboard.press('Control+e');
  await page.getByLabel('SVG').check();
  await exportAs(page, 'severity.svg');
  const svg = fs.readFileSync(path.join(shell.root, 'severity.svg'), 'utf8');
  const exported = await page.evaluate((markup) => {
    const holder = document.createElement('div');
    holder.innerHTML = markup.replace(/^<\?xml[^>]*\?>/, '');
    document.body.append(holder);
    // The innermost element holding the dots (a run of its row, or the whole row).
    const dots = [...holder.querySelectorAll('text, tspan')].filter((el) => el.children.length === 0 && /^\s*●+$/.test(el.textContent ?? ''));
    const colours = dots.map((el) => getComputedStyle(el).fill);
    holder.remove();
    return colours;
  }, svg);
  expect(exported.length).toBeGreaterThan(0);
  for (const colour of exported) expect(colour).toBe(canvasColour);
});
