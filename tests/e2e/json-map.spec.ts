// A map exported as JSON (by a script, or `cjm export --format json`) opens with Open… as a new,
// unsaved map; a JSON file that is not a map is refused with its reason and nothing changes.
import fs from 'node:fs';
import path from 'node:path';
import { mapToJson } from '../../shared/jsonMap.ts';
import { createDocument } from '../../shared/templates.ts';
import { documentOf, openFromFolder } from './helpers.ts';
import { expect, test } from './webShell.ts';

test('a JSON map opens from the folder as a new map; other JSON is refused', async ({ page, shell }) => {
  const doc = createDocument('car-dealer', 'en');
  fs.writeFileSync(path.join(shell.root, 'scripted.json'), mapToJson(doc));
  fs.writeFileSync(path.join(shell.root, 'package.json'), '{"name": "not a map"}');
  await openFromFolder(page, shell.url, 'scripted.json');
  expect(await documentOf(page)).toEqual(doc);
  await expect(page.locator('[data-testid="stage-header"] .stage-header__title').first()).toHaveText(Object.values(doc.stages).sort((a, b) => (a.order < b.order ? -1 : 1))[0]!.title);
  await expect(page.getByTestId('notice')).toContainText('Opened scripted.json as a new, unsaved map.');

  await page.getByRole('button', { name: /Open…/ }).click();
  await page.getByTestId('file-list').getByRole('button', { name: 'package.json' }).click();
  await expect(page.getByTestId('notice')).toContainText('package.json');
  expect(await documentOf(page)).toEqual(doc);
});

test('Save as JSON… in the Export dialog writes the map as cjm export --format json does', async ({ page, shell }) => {
  const doc = createDocument('car-dealer', 'en');
  fs.writeFileSync(path.join(shell.root, 'dealer.json'), mapToJson(doc));
  await openFromFolder(page, shell.url, 'dealer.json');
  await page.keyboard.press('Control+e');
  await page.getByTestId('export-json').getByRole('button', { name: 'Save as JSON…' }).click();
  await page.getByTestId('file-name-input').fill('scripted-copy.json');
  await page.getByTestId('file-dialog').getByRole('button', { name: /^Save$/ }).click();
  await expect(page.getByTestId('notice')).toContainText('Saved the map as JSON in scripted-copy.json.');
  expect(fs.readFileSync(path.join(shell.root, 'scripted-copy.json'), 'utf8')).toBe(mapToJson(doc));
});

