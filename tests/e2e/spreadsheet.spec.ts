// Spreadsheets: a workbook made by hand in Excel opens with Open… as a new map (merged stage
// headers, a row of emotion numbers, a formula read by its value and said so); Save as Excel…
// writes a workbook that opens back as the same map; a zip bomb named .xlsx is refused with its
// reason and the open map stays as it was.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { sheetMap } from '../../electron/services/sheets/sheetFile.ts';
import { zipOf } from '../hostile/zip.ts';
import { mapContent } from '../unit/sheet/mapContent.ts';
import { documentOf, newFromTemplate, openFromFolder } from './helpers.ts';
import { expect, test } from './webShell.ts';

test.use({ viewport: { width: 1366, height: 768 } });

const shoot = (page: Page, name: string) => page.screenshot({ path: `test-results/spreadsheet-${name}.png` });

async function handMadeWorkbook(file: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet('工作表1');
  ws.addRow(['', '到店前', '', '到店']);
  ws.addRow(['', '电话咨询', '预约', '进门']);
  ws.addRow(['客户行为', '打电话问价格', '在线预约试驾', '推门进店\n四处张望']);
  ws.addRow(['客户痛点', '', '重复填写信息', '没人接待']);
  ws.addRow(['客户情感', 1, { formula: '0-1', result: -1 }, -2]);
  ws.mergeCells('B1:C1');
  fs.writeFileSync(file, Buffer.from(await book.xlsx.writeBuffer()));
}

test('a workbook made by hand opens as a new map, with what did not come over said', async ({ page, shell }) => {
  await handMadeWorkbook(path.join(shell.root, '展厅调研.xlsx'));
  await openFromFolder(page, shell.url, '展厅调研.xlsx');
  await expect(page.locator('[data-testid="stage-header"] .stage-header__title')).toHaveText(['到店前', '到店']);
  await expect(page.getByTestId('scene-header')).toHaveCount(3);
  const doc = await documentOf(page);
  expect(doc.map.title).toBe('展厅调研');
  expect(Object.values(doc.lanes).map((l) => l.kind).sort()).toEqual(['actions', 'emotion', 'painpoints']);
  expect(Object.values(doc.cards).map((c) => c.text).sort()).toEqual(['四处张望', '在线预约试驾', '打电话问价格', '推门进店', '没人接待', '重复填写信息'].sort());
  expect(Object.values(doc.emotionPoints).map((p) => p.score).sort((a, b) => a - b)).toEqual([-2, -1, 1]);
  await expect(page.getByTestId('notice')).toContainText('1 thing in the sheet did not come over as written');
  await expect(page.getByTestId('notice')).toContainText('C5: holds a formula');
  await expect(page.getByText('没人接待')).toBeVisible();
  await shoot(page, 'opened-en');
  await page.getByTestId('language').selectOption('zh-CN');
  await expect(page.getByTestId('notice')).toContainText('表格中有 1 处内容未能按原样导入');
  await shoot(page, 'opened-zh');
});

test('Save as Excel… writes a workbook that opens back as the same map', async ({ page, shell }) => {
  await newFromTemplate(page, shell.url, 'car-dealer');
  const doc = await documentOf(page);
  await page.keyboard.press('Control+e');
  await page.getByTestId('export-sheet').getByRole('button', { name: 'Save as Excel…' }).click();
  await page.getByTestId('file-name-input').fill('dealer.xlsx');
  await page.getByTestId('file-dialog').getByRole('button', { name: /^Save$/ }).click();
  const notice = page.getByTestId('notice');
  await expect(notice).toContainText('Saved the map as a spreadsheet in dealer.xlsx.');
  await expect(notice).toContainText('1 persona');
  await shoot(page, 'saved');
  const back = await sheetMap(fs.readFileSync(path.join(shell.root, 'dealer.xlsx')), 'dealer.xlsx');
  expect(back.problems).toEqual([]);
  expect(mapContent(back.doc)).toEqual(mapContent(doc));

  await page.keyboard.press('Control+e');
  await page.getByTestId('export-sheet').getByRole('button', { name: 'Save as CSV…' }).click();
  await page.getByTestId('file-name-input').fill('dealer.csv');
  await page.getByTestId('file-dialog').getByRole('button', { name: /^Save$/ }).click();
  await expect(notice).toContainText('a CSV file holds one sheet');
  expect(fs.readFileSync(path.join(shell.root, 'dealer.csv'), 'utf8')).toMatch(/^\uFEFFStage,,/);
});

test('a zip bomb named .xlsx is refused with its reason; the open map stays', async ({ page, shell }) => {
  await newFromTemplate(page, shell.url, 'car-dealer');
  const before = await documentOf(page);
  // one 300 MB part of zeros packs into some 300 kB
  fs.writeFileSync(path.join(shell.root, 'survey.xlsx'), zipOf([{ name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(300 * 1024 * 1024) }]));
  await page.getByRole('button', { name: /Open…/ }).click();
  await page.getByTestId('file-list').getByRole('button', { name: 'survey.xlsx' }).click();
  await expect(page.getByTestId('notice')).toContainText('survey.xlsx could not be opened as a map (it unpacks to more than 128 MB');
  await page.getByTestId('language').selectOption('zh-CN');
  await expect(page.getByTestId('notice')).toContainText('无法将 survey.xlsx 作为地图打开（解压后超过 128 MB');
  expect(await documentOf(page)).toEqual(before);
});
