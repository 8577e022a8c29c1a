// The Export dialog as a person uses it, and what pdfimages says of the PDF it writes.
import type { Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { expect } from './webShell.ts';

/** Exports through the Export dialog (Ctrl+E) into the shell's folder; `images`: how many the preview must draw. */
export async function exportAs(page: Page, format: 'PDF' | 'SVG' | 'Interactive HTML', name: string, images: number) {
  await page.keyboard.press('Control+e');
  const dialog = page.getByTestId('export-dialog');
  await dialog.getByLabel(format).check();
  // The preview shows the storyboard frame (from the image's preview, not the original).
  await expect(page.getByTestId('export-preview')).toHaveAttribute('data-images', String(images));
  await page.getByTestId('export-run').click();
  const files = page.getByTestId('file-dialog');
  await page.getByTestId('file-name-input').fill(name);
  await files.getByRole('button', { name: /^(Save|保存)$/ }).click();
  await expect(dialog).toHaveCount(0, { timeout: 60_000 });
}

/** pdfimages' list: one row per embedded image, width and height in pixels. */
export function pdfImages(file: string): { width: number; height: number }[] {
  const out = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' });
  return out
    .split('\n')
    .slice(2)
    .filter((line) => line.trim())
    .map((line) => line.trim().split(/\s+/))
    .map((cols) => ({ width: Number(cols[3]), height: Number(cols[4]) }));
}

