// The export dialog in the web shell: choose options, see the preview and the page count, write
// the file through the shell's file dialog, and open the exported PNG/PDF again as a map.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { documentOf, newFromTemplate } from './helpers.ts';
import { expect, test } from './webShell.ts';

const README_EXPORT = path.resolve(import.meta.dirname, '../../docs/export-dialog.png');

async function exportAs(page: import('@playwright/test').Page, name: string) {
  await page.getByTestId('export-run').click();
  const dialog = page.getByTestId('file-dialog');
  await expect(dialog).toBeVisible();
  await page.getByTestId('file-name-input').fill(name);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('export-dialog')).toHaveCount(0, { timeout: 30_000 });
  await expect(page.getByTestId('notice')).toContainText(`Exported ${name}`);
}

test('export dialog: PDF tiled on A4, PNG at 2×, each reopens as the same map', async ({ page, shell }) => {
  await newFromTemplate(page, shell.url);
  const source = await documentOf(page);

  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByTestId('export-dialog');
  await expect(dialog).toBeVisible();
  await expect(page.getByTestId('export-summary')).toHaveText('A3 Landscape · 1 page');
  await page.getByTestId('export-page-size').selectOption('A4');
  await page.getByTestId('export-tile').check();
  await expect(page.getByTestId('export-summary')).toHaveText(/^A4 Landscape · \d+ pages \(\d+ × \d+\)$/);
  await dialog.screenshot({ path: README_EXPORT });
  await exportAs(page, 'poster.pdf');
  const pdf = path.join(shell.root, 'poster.pdf');
  expect(fs.readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  const text = execFileSync('pdftotext', [pdf, '-']).toString();
  expect(text).toContain('Aware');

  await page.keyboard.press('Control+e');
  await page.getByLabel('PNG').check();
  await expect(page.getByTestId('export-summary')).toHaveText(/^\d+ × \d+ pixels$/);
  const [width, height] = ((await page.getByTestId('export-summary').textContent()) ?? '').match(/\d+/g)!.map(Number);
  await exportAs(page, 'map.png');
  const png = fs.readFileSync(path.join(shell.root, 'map.png'));
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([width, height]);

  // The export's choices are kept in the map (issue 13), so the map has changes to save.
  await expect(page.getByTestId('unsaved-marker')).toBeVisible();
  // Open… lists the exports; each opens as a new, unsaved copy of the map.
  for (const file of ['map.png', 'poster.pdf']) {
    await page.getByRole('button', { name: 'Open…' }).click();
    if (file === 'map.png') await page.getByTestId('unsaved-dialog').getByRole('button', { name: "Don't save" }).click();
    await page.getByTestId('file-dialog').getByRole('button', { name: new RegExp(file.replace('.', '\\.')) }).click();
    await expect(page.getByTestId('notice')).toContainText(`Opened the map carried inside ${file}`);
    await expect(page.getByTestId('file-name')).toContainText('Untitled map');
    const reopened = await documentOf(page);
    expect(reopened.cards).toEqual(source.cards);
    expect(reopened.emotionPoints).toEqual(source.emotionPoints);
    expect(reopened.map.title).toBe(source.map.title);
  }
});

test('export dialog: leaving out lanes, cancelling, and a clear message for a PNG too large', async ({ page, shell }) => {
  await newFromTemplate(page, shell.url);
  await page.keyboard.press('Control+e');
  await page.getByLabel('SVG').check();
  const lanes = page.getByTestId('export-lanes');
  await lanes.getByLabel('Service actions').uncheck();
  await exportAs(page, 'client.svg');
  const svg = fs.readFileSync(path.join(shell.root, 'client.svg'), 'utf8');
  expect(svg).toContain('>Customer needs</text>');
  expect(svg).not.toContain('Service actions');

  await page.keyboard.press('Control+e');
  await lanes.getByRole('button', { name: 'None' }).click();
  await expect(page.getByTestId('export-run')).toBeDisabled();
  await expect(page.getByTestId('export-dialog')).toContainText('Choose at least one stage and one lane.');
  await lanes.getByRole('button', { name: 'All' }).click();

  // Cancel in the file dialog: nothing is written, the export dialog stays.
  await page.getByLabel('PNG').check();
  await page.getByTestId('export-run').click();
  await page.getByTestId('file-dialog').getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('export-dialog')).toBeVisible();
  expect(fs.readdirSync(shell.root).filter((f) => f.endsWith('.png'))).toEqual([]);
});
