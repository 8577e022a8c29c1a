// Issue 14, exports: the service action handbook and the opportunity matrix, from `cjm export`
// and from the export dialog, with the real Chromium; the PDFs read back with poppler's tools.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { writeProject } from '../../electron/services/projectFile.ts';
import type { Locale } from '../../shared/model.ts';
import { GUARD_ACTION, ROLES, WELCOME, WELCOME_ACTIONS, serviceActionMap } from '../unit/export/serviceActionMap.ts';
import { openFromFolder } from './helpers.ts';
import { expect, test } from './webShell.ts';

const repo = path.resolve(import.meta.dirname, '../..');
const README_PAGE = path.join(repo, 'docs/handbook-page.png');
const cjm = (...args: string[]) => {
  const result = spawnSync(process.execPath, [path.join(repo, 'bin/cjm.js'), ...args], { encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
};
const tool = (name: string, ...args: string[]) => execFileSync(name, args, { encoding: 'utf8' });
/** pdftotext without its line breaks: a sentence wrapped over two lines is still found. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

function shot(name: string): string {
  const file = test.info().outputPath(name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  return file;
}

/** The texts of `texts` that are not found in `haystack` one after the other, in the order given. */
function notInOrder(haystack: string, texts: string[]): string[] {
  let from = 0;
  return texts.filter((t) => {
    const at = haystack.indexOf(flat(t), from);
    if (at < 0) return true;
    from = at + flat(t).length;
    return false;
  });
}

for (const lang of ['en', 'zh-CN'] as const satisfies readonly Locale[]) {
  test(`cjm export --format handbook for one role (${lang}): the series, its numbered actions, their steps and the inspection sheet, in order`, async () => {
    test.setTimeout(90_000);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cjm-handbook-'));
    const source = path.join(dir, 'dealer.cjm');
    writeProject(source, serviceActionMap(lang), { appVersion: 'test' });
    const out = path.join(dir, 'handbook.pdf');
    const role = lang === 'en' ? 'sales consultant' : ROLES.consultant['zh-CN'];
    const done = cjm('export', source, '--format', 'handbook', '--role', role, '--out', out);
    expect(done.err).toMatch(/^(cjm: exporting… \d+%\n)+$/);
    expect(done.code).toBe(0);
    const pages = Number(/\((\d+) pages?\)/.exec(done.out)?.[1]);
    expect(tool('pdfinfo', out)).toMatch(new RegExp(`Pages:\\s+${pages}\\n`));
    expect(tool('pdfinfo', out)).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
    const text = flat(tool('pdftotext', out, '-'));
    const sheet = lang === 'en' ? 'Inspection sheet' : '检查表';
    // The routine: its name, each action after the one before, each step after its action, and
    // after each action's steps its training and inspection, then the inspection sheet.
    const measures = lang === 'en' ? ['owner: Showroom manager', 'checked by Showroom manager'] : ['负责人：展厅经理', '由展厅经理检查'];
    const order = [WELCOME[lang], ...WELCOME_ACTIONS.flatMap((action) => [`${action.text[lang]}`, ...action.steps.map((step) => step[lang]), ...measures]), sheet];
    // (-layout: the order on the page, top to bottom, rather than poppler's guess at reading order)
    const layout = tool('pdftotext', '-layout', out, '-');
    expect(notInOrder(flat(layout), order)).toEqual([]);
    // Each action of the routine under its number in the routine.
    WELCOME_ACTIONS.forEach((action, i) => expect(layout).toMatch(new RegExp(`^ *${i + 1} +${action.text[lang].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm')));
    // Numbered steps with a box to tick, and numbered actions in the sheet.
    expect(text).toMatch(new RegExp(`1\\. ${flat(WELCOME_ACTIONS[0].steps[0][lang]).slice(0, 8)}`));
    const sheetText = text.slice(text.lastIndexOf(sheet));
    expect(notInOrder(sheetText, WELCOME_ACTIONS.map((a) => a.text[lang]))).toEqual([]);
    expect(sheetText).toContain(lang === 'en' ? 'Mon' : '周一');
    // Another role's action is not in it.
    expect(text).not.toContain(flat(GUARD_ACTION[lang]));
    expect(tool('pdffonts', out).trim().split('\n').length).toBeGreaterThan(2);
    expect(tool('pdfdetach', '-list', out)).toContain('journey-map.cjm');

    // The pages, to look at (and the README's picture of one).
    tool('pdftoppm', '-r', '60', '-png', out, shot(`handbook-${lang}`));
    if (lang === 'zh-CN') {
      // The README shows the page with the welcome routine.
      const at = Array.from({ length: pages }, (_, i) => i + 1).find((i) => tool('pdftotext', '-f', String(i), '-l', String(i), out, '-').includes(WELCOME[lang]));
      tool('pdftoppm', '-r', '80', '-png', '-singlefile', '-f', String(at), '-l', String(at), out, README_PAGE.replace(/\.png$/, ''));
    }

    // A role with no actions: one clear line, no file.
    const none = cjm('export', source, '--format', 'handbook', '--role', 'Finance', '--out', path.join(dir, 'none.pdf'));
    expect(none.code).toBe(1);
    expect(none.err).toMatch(/^cjm: the role 'Finance' has no service actions in this map; roles with actions: /);
    expect(fs.existsSync(path.join(dir, 'none.pdf'))).toBe(false);
    const png = cjm('export', source, '--format', 'handbook', '--out', path.join(dir, 'x.png'));
    expect(png.code).toBe(2);
    fs.rmSync(dir, { recursive: true, force: true });
  });
}

test('cjm export --content matrix: SVG, PNG and a one-page PDF with the four quadrants and the ranked dots', async () => {
  test.setTimeout(90_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cjm-matrix-'));
  const doc = serviceActionMap('zh-CN');
  const opportunities = Object.values(doc.cards).filter((c) => doc.lanes[c.laneId]?.kind === 'opportunities');
  opportunities.slice(0, 3).forEach((card, i) => {
    const v = { value: 5 - i, reason: '' };
    card.scores = { need: v, pain: v, visibility: v, feasibility: { value: 2 + i, reason: '' } };
  });
  const source = path.join(dir, 'dealer.cjm');
  writeProject(source, doc, { appVersion: 'test' });
  const out = (name: string) => path.join(dir, name);
  expect(cjm('export', source, '--content', 'matrix', '--out', out('m.svg'), '--quiet').code).toBe(0);
  const svg = fs.readFileSync(out('m.svg'), 'utf8');
  expect(svg.match(/<g class="dot"/g)).toHaveLength(3);
  const pdf = cjm('export', source, '--content', 'matrix', '--format', 'pdf', '--page', 'A4', '--tile', '--out', out('m.pdf'), '--quiet');
  expect(pdf.code).toBe(0);
  expect(pdf.out).toContain('(1 page)');
  const text = tool('pdftotext', out('m.pdf'), '-');
  for (const words of ['速赢', '重点投入', '顺手可做', '暂缓', '机会点矩阵']) expect(text).toContain(words);
  expect(cjm('export', source, '--content', 'matrix', '--out', out('m.png'), '--scale', '2', '--quiet').code).toBe(0);
  const png = fs.readFileSync(out('m.png'));
  const width = Number(/width="([\d.]+)"/.exec(svg)?.[1]);
  expect(png.readUInt32BE(16)).toBe(Math.round(width * 2));
  tool('pdftoppm', '-r', '50', '-png', '-singlefile', out('m.pdf'), shot('matrix-pdf'));
  fs.rmSync(dir, { recursive: true, force: true });
});

async function exportTo(page: Page, name: string) {
  await page.getByTestId('export-run').click();
  const files = page.getByTestId('file-dialog');
  await expect(files).toBeVisible();
  await page.getByTestId('file-name-input').fill(name);
  await files.getByRole('button', { name: /^(Save|保存)$/ }).click();
  await expect(page.getByTestId('export-dialog')).toHaveCount(0, { timeout: 30_000 });
}

test('the export dialog: a handbook for one role (PDF only, its first sheet previewed), then the matrix as SVG', async ({ page, shell }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  writeProject(path.join(shell.root, 'dealer.cjm'), serviceActionMap('en'), { appVersion: 'test' });
  await openFromFolder(page, shell.url, 'dealer.cjm');
  await page.keyboard.press('Control+e');
  const dialog = page.getByTestId('export-dialog');
  await dialog.getByLabel(/Service action handbook/).check();
  // Map-only settings are gone, the format is PDF, and the roles with actions are offered.
  await expect(dialog.getByTestId('export-stages')).toHaveCount(0);
  await expect(dialog.getByLabel(/^PNG/)).toHaveCount(0);
  await expect(dialog).toContainText('PDF, A4 portrait');
  const roles = page.getByTestId('export-role');
  await expect(roles.locator('option')).toHaveText(['All roles', 'Sales consultant', 'Guard', 'Cleaner']);
  await roles.selectOption('Guard');
  await expect(page.getByTestId('export-summary')).toHaveText(/^Page 1 of \d+ · A4 portrait · 2 actions$/);
  const sheet = page.getByTestId('handbook-sheet');
  await expect(sheet).toBeVisible();
  // The preview is the printed page itself, drawn (not a blank image).
  expect(await sheet.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 700)).toBe(true);
  await page.getByRole('button', { name: 'Next page' }).click();
  await expect(page.getByTestId('export-summary')).toHaveText(/^Page 2 of/);
  for (const id of ['export-run', 'export-cancel']) {
    const box = (await page.getByTestId(id).boundingBox())!;
    expect(box.y + box.height, `${id} above the fold`).toBeLessThanOrEqual(768);
  }
  await page.screenshot({ path: shot('dialog-handbook.png') });
  await exportTo(page, 'guard.pdf');
  const text = flat(tool('pdftotext', path.join(shell.root, 'guard.pdf'), '-'));
  expect(text).toContain(GUARD_ACTION.en);
  expect(text).not.toContain(WELCOME_ACTIONS[0].text.en);
  await expect(page.getByTestId('notice')).toContainText('guard.pdf');

  await page.keyboard.press('Control+e');
  await dialog.getByLabel(/Opportunity matrix/).check();
  await expect(dialog.getByLabel(/^PNG/)).toHaveCount(1);
  await expect(dialog.getByTestId('export-stages')).toHaveCount(0);
  await expect(dialog).toContainText('No opportunity is fully scored yet');
  await dialog.getByLabel(/^SVG/).check();
  await expect(page.getByTestId('export-preview').locator('image')).toHaveCount(1);
  await page.screenshot({ path: shot('dialog-matrix.png') });
  await exportTo(page, 'matrix.svg');
  expect(fs.readFileSync(path.join(shell.root, 'matrix.svg'), 'utf8')).toContain('Car dealer journey — opportunity matrix');

  // Back to the map: its settings are there again.
  await page.keyboard.press('Control+e');
  await dialog.getByLabel(/^Map/).check();
  await expect(dialog.getByTestId('export-stages')).toBeVisible();
  await page.getByTestId('export-cancel').click();

  // In Chinese (the UI's words; the handbook speaks the map's language).
  await page.getByTestId('language').selectOption('zh-CN');
  await page.keyboard.press('Control+e');
  await dialog.getByLabel(/^服务动作手册/).check();
  await expect(roles.locator('option').first()).toHaveText('全部岗位');
  await expect(page.getByTestId('export-summary')).toHaveText(/^第 1 页，共 \d+ 页 · A4 纵向 · 2 个服务动作$/);
  await page.screenshot({ path: shot('dialog-handbook-zh-CN.png') });
});
