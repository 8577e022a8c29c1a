// A notice is shown in the UI language of the moment: switching 中文/English re-renders the one
// on screen (an error from the document services, a warning with the file's name), both ways.
import fs from 'node:fs';
import path from 'node:path';
import en from '../../shared/locales/en.json' with { type: 'json' };
import zhCN from '../../shared/locales/zh-CN.json' with { type: 'json' };
import { cjm, newFromTemplate, openFromFolder } from './helpers.ts';
import { expect, test } from './webShell.ts';

const fill = (text: string, values: Record<string, string>) => text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? '');

test('an error notice and a warning notice follow a switch of the UI language, both ways', async ({ page, context, shell }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  fs.writeFileSync(path.join(shell.root, 'broken.cjm'), 'this is no SQLite file at all, just text');
  await page.goto(shell.url);
  await page.getByRole('button', { name: /Open…/ }).click();
  await page.getByTestId('file-list').getByRole('button', { name: 'broken.cjm' }).click();
  const notice = page.getByTestId('notice').locator('.notice__text');
  await expect(notice).toHaveText(fill(en.errors['not-a-map'], { file: 'broken.cjm' }));
  await page.getByTestId('language').selectOption('zh-CN');
  await expect(notice).toHaveText(fill(zhCN.errors['not-a-map'], { file: 'broken.cjm' }));
  await page.getByTestId('language').selectOption('en');
  await expect(notice).toHaveText(fill(en.errors['not-a-map'], { file: 'broken.cjm' }));

  // A warning with a parameter, in the map view (the toolbar's switch).
  expect(cjm('new', path.join(shell.root, 'dealer.cjm'), '--template', 'car-dealer', '--lang', 'en').status).toBe(0);
  await openFromFolder(page, shell.url, 'dealer.cjm');
  const second = await context.newPage();
  await second.setViewportSize({ width: 1366, height: 768 });
  await openFromFolder(second, shell.url, 'dealer.cjm');
  const warning = second.getByTestId('notice').locator('.notice__text');
  await expect(warning).toHaveText(fill(en.notice.lockedWindow, { name: 'dealer.cjm' }));
  await second.screenshot({ path: test.info().outputPath('notice-en.png') });
  await second.getByTestId('language').selectOption('zh-CN');
  await expect(warning).toHaveText(fill(zhCN.notice.lockedWindow, { name: 'dealer.cjm' }));
  await second.screenshot({ path: test.info().outputPath('notice-zh.png') });
  await second.getByTestId('language').selectOption('en');
  await expect(warning).toHaveText(fill(en.notice.lockedWindow, { name: 'dealer.cjm' }));
});

test('an open dialog follows a switch of the UI language', async ({ page, shell }) => {
  await newFromTemplate(page, shell.url);
  const stage = page.locator('[data-stage-id="stage-aware"]');
  await stage.hover();
  await stage.getByRole('button', { name: 'Delete stage' }).click();
  const ask = page.getByTestId('confirm-dialog');
  await expect(ask.locator('h2')).toHaveText(/^Delete “.+”\?$/);
  // The language can change under a dialog (Electron's menu does it); the switch stands in here.
  await page.getByTestId('language').selectOption('zh-CN', { force: true });
  await expect(ask.locator('h2')).toHaveText(/^删除“.+”？$/);
  await expect(ask.locator('p')).toContainText('张卡片');
  await expect(ask.getByRole('button', { name: zhCN.confirmDelete.confirm, exact: true })).toBeVisible();
});
