// Issue 15, the pain-point closed loop: the board (drag a tile, move one by keyboard, undo), its
// filters, a tile found on the map with its badge, the map filter, the inspector's stepper and
// fields, and the board's CSV and PDF action list read back; in English and in Chinese.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { writeProject } from '../../electron/services/projectFile.ts';
import { LOOP_STATUSES } from '../../shared/laneKinds.ts';
import { emptyLoop, isOpen, isOverdue, isoDay, loopCounts, loopStatusOf } from '../../shared/painLoop.ts';
import type { Card, JourneyDoc, Locale } from '../../shared/model.ts';
import { createDocument } from '../../shared/templates.ts';
import { cardById, center, documentOf, drag, openFromFolder, wheelIntoView } from './helpers.ts';
import { expect, test } from './webShell.ts';

const VISIT = 'card-choose-visit-painpoints-1';
const COMPARE = 'card-choose-compare-painpoints-1';
const NEGOTIATE = 'card-buy-negotiate-painpoints-1';
const OWNERS = { en: ['Service manager', 'Sales manager'], 'zh-CN': ['服务经理', '销售经理'] };
const repo = path.resolve(import.meta.dirname, '../..');

/**
 * The dealer template (whose pain points already stand at every step of the loop) with three of
 * them set anew: one planned and overdue, one reported, one closed.
 */
function loopMap(lang: Locale): JourneyDoc {
  const doc = createDocument('car-dealer', lang);
  const [service, sales] = OWNERS[lang];
  const set = (id: string, loop: Partial<ReturnType<typeof emptyLoop>>) => {
    doc.cards[id] = { ...doc.cards[id]!, loop: { ...emptyLoop(), ...loop } };
  };
  set(VISIT, { status: 'planned', owner: service, due: '2020-01-15', plan: lang === 'en' ? 'Greeter waits at the door for booked visitors' : '预约客户到店时顾问在门口等候' });
  set(COMPARE, { status: 'reported', owner: sales, due: '2099-06-30' });
  set(NEGOTIATE, { status: 'closed', owner: service, history: [{ status: 'closed', by: 'Zhao', at: '2026-11-01T08:00:00.000Z' }] });
  return doc;
}

function shot(name: string): string {
  const file = test.info().outputPath(name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  return file;
}
const tile = (page: Page, id: string) => page.locator(`[data-tile="${id}"]`);
const column = (page: Page, status: string) => page.getByTestId(`board-column-${status}`);
const loopOf = async (page: Page, id: string) => (await documentOf(page)).cards[id]?.loop;
/** The map's pain points, as the document has them. */
const painPointsOf = (doc: JourneyDoc): Card[] => Object.values(doc.cards).filter((card) => doc.lanes[card.laneId]?.kind === 'painpoints');
const stageOf = (doc: JourneyDoc, card: Card) => doc.stages[doc.scenes[card.sceneId]?.stageId ?? '']?.title;

async function saveAs(page: Page, name: string) {
  const files = page.getByTestId('file-dialog');
  await expect(files).toBeVisible();
  await page.getByTestId('file-name-input').fill(name);
  await files.getByRole('button', { name: /^(Save|保存)$/ }).click();
  await expect(page.getByTestId('notice')).toContainText(name, { timeout: 30_000 });
}

test('the board: drag a tile to the next column, move one by keyboard, undo; filters; find it on the map with its badge; CSV and PDF', async ({ page, shell }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  writeProject(path.join(shell.root, 'loop.cjm'), loopMap('en'), { appVersion: 'test' });
  await openFromFolder(page, shell.url, 'loop.cjm');

  // The badges on the map: overdue in red with ⚑ (not only its colour), the others with their step.
  await wheelIntoView(page, cardById(page, VISIT));
  await expect(cardById(page, VISIT).locator('.overdue')).toHaveText('⚑ planned · due 2020-01-15');
  await expect(cardById(page, VISIT).locator('.overdue')).toHaveCSS('color', 'rgb(220, 38, 38)');
  await expect(cardById(page, COMPARE).locator('.loop')).toHaveText('◔ reported · due 2099-06-30');

  // What the board should show, from the document: the template's steps plus the three set here.
  const doc = await documentOf(page);
  const pains = painPointsOf(doc);
  const today = isoDay(new Date());
  expect(pains).toHaveLength(13);
  expect(loopStatusOf(doc.cards[VISIT]!)).toBe('planned');
  expect(loopStatusOf(doc.cards[COMPARE]!)).toBe('reported');
  expect(loopStatusOf(doc.cards[NEGOTIATE]!)).toBe('closed');
  const counts = loopCounts(pains);
  // The template fills more than one column (it is not all "found").
  expect(LOOP_STATUSES.filter((s) => counts[s] > 0).length).toBeGreaterThan(2);
  const total = pains.length;
  const of = (n: number) => `${n} of ${total} pain points`;

  await page.keyboard.press('Shift+B');
  const board = page.getByTestId('pain-board');
  await expect(board).toBeVisible();
  await expect(page.getByTestId('board-count')).toHaveText(of(total));
  for (const status of LOOP_STATUSES) await expect(column(page, status).getByTestId('board-tile')).toHaveCount(counts[status]);
  await expect(column(page, 'planned').locator(`[data-tile="${VISIT}"]`)).toBeVisible();
  await expect(column(page, 'reported').locator(`[data-tile="${COMPARE}"]`)).toBeVisible();
  await expect(column(page, 'closed').locator(`[data-tile="${NEGOTIATE}"]`)).toBeVisible();
  await expect(tile(page, VISIT)).toContainText('Service manager');
  await expect(tile(page, VISIT).locator('.board-tile__due')).toHaveText('⚑ due 2020-01-15');
  await page.screenshot({ path: shot('board-en.png') });

  // Drag "reported" → "assessed": the first change asks whose it is, once.
  await drag(page, await center(tile(page, COMPARE)), await center(column(page, 'assessed').locator('h3')), { release: false });
  await expect(column(page, 'assessed')).toHaveClass(/is-over/);
  await page.screenshot({ path: shot('board-drag-en.png') });
  await page.mouse.up();
  const name = page.getByTestId('text-dialog');
  await expect(name).toBeVisible();
  await name.getByRole('textbox').fill('Li Wei');
  await name.getByRole('button', { name: 'OK' }).click();
  await expect(column(page, 'assessed').locator(`[data-tile="${COMPARE}"]`)).toBeVisible();
  await expect(column(page, 'reported').getByTestId('board-tile')).toHaveCount(counts.reported - 1);
  await expect(column(page, 'assessed').getByTestId('board-tile')).toHaveCount(counts.assessed + 1);
  expect(await loopOf(page, COMPARE)).toMatchObject({ status: 'assessed', history: [{ status: 'assessed', by: 'Li Wei' }] });

  // By keyboard: → moves it on (no name asked again); undo takes back one move, redo does it again.
  await tile(page, COMPARE).focus();
  await page.keyboard.press('ArrowRight');
  await expect(column(page, 'closed').locator(`[data-tile="${COMPARE}"]`)).toBeFocused();
  expect((await loopOf(page, COMPARE))?.history.map((h) => h.status)).toEqual(['assessed', 'closed']);
  await page.keyboard.press('Control+z');
  await expect(column(page, 'assessed').locator(`[data-tile="${COMPARE}"]`)).toBeVisible();
  expect((await loopOf(page, COMPARE))?.history.map((h) => h.status)).toEqual(['assessed']);
  await page.keyboard.press('Control+Shift+z');
  await expect(column(page, 'closed').locator(`[data-tile="${COMPARE}"]`)).toBeVisible();
  await page.keyboard.press('Control+z');

  // Filters: owner (as the map spells it), overdue, severity, stage.
  const now = painPointsOf(await documentOf(page));
  const service = now.filter((c) => c.loop?.owner === 'Service manager');
  expect(service.map((c) => c.id).sort()).toEqual([VISIT, NEGOTIATE].sort());
  await page.getByTestId('board-owner').selectOption('Service manager');
  await expect(page.getByTestId('board-count')).toHaveText(of(2));
  await page.getByTestId('board-overdue').check();
  await expect(board.getByTestId('board-tile')).toHaveCount(1);
  await expect(tile(page, VISIT)).toBeVisible();
  await page.getByTestId('board-owner').selectOption('*');
  const overdue = now.filter((c) => isOverdue(c, today));
  expect(overdue.map((c) => c.id)).toContain(VISIT);
  await expect(board.getByTestId('board-tile')).toHaveCount(overdue.length);
  await page.getByTestId('board-overdue').uncheck();
  await page.getByTestId('board-severity').selectOption('1');
  const slight = now.filter((c) => c.severity === 1).length;
  expect(slight).toBeGreaterThan(0);
  expect(slight).toBeLessThan(total);
  await expect(page.getByTestId('board-count')).toHaveText(of(slight));
  await page.getByTestId('board-severity').selectOption('');
  await page.getByTestId('board-stage').selectOption({ label: 'Buy' });
  const buy = now.filter((c) => stageOf(doc, c) === 'Buy');
  expect(buy.map((c) => c.id)).toContain(NEGOTIATE);
  expect(buy.length).toBeLessThan(total);
  await expect(page.getByTestId('board-count')).toHaveText(of(buy.length));

  // The action list of the stage shown, as CSV and as PDF.
  await page.getByTestId('board-export-csv').click();
  await saveAs(page, 'buy.csv');
  const csv = fs.readFileSync(path.join(shell.root, 'buy.csv'), 'utf8');
  expect(csv.startsWith('\uFEFFPain point,Stage,Scene,Severity,Status,Owner,Due,Overdue,Improvement plan,Check result\r\n')).toBe(true);
  expect(csv.split('\r\n').filter(Boolean)).toHaveLength(1 + buy.length);
  expect(csv).toContain(',Buy,Price & finance,3,closed,Service manager,');
  // Every filter of the board applies to what it exports.
  await page.getByTestId('board-owner').selectOption('Service manager');
  await page.getByTestId('board-export-csv').click();
  await saveAs(page, 'buy-service.csv');
  const rows = fs.readFileSync(path.join(shell.root, 'buy-service.csv'), 'utf8').split('\r\n').filter(Boolean);
  expect(rows).toHaveLength(2);
  expect(rows[1]).toContain('Fees and add-ons');
  await page.getByTestId('board-owner').selectOption('*');
  await page.getByTestId('board-stage').selectOption('');
  await page.getByTestId('board-export-pdf').click();
  await saveAs(page, 'actions.pdf');
  const pdf = path.join(shell.root, 'actions.pdf');
  expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Page size:\s+841\.\d+ x 59[45]\.\d+ pts \(A4\)/);
  const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  const open = now.filter(isOpen).length;
  expect(open).toBe(total - counts.closed);
  for (const words of ['Car dealer', 'Pain-point action list', `${open} open · ${overdue.length} overdue · ${total} in all`, 'Owner', 'Due', 'Status', 'Improvement plan', 'Service manager', '⚑ 2020-01-15', 'overdue', 'Greeter waits at the door', 'First showroom', 'closed']) expect(text).toContain(words);
  // The overdue one first: it is what the client must act on.
  expect(text.indexOf('2020-01-15')).toBeLessThan(text.indexOf('2099-06-30'));
  execFileSync('pdftoppm', ['-r', '60', '-png', '-singlefile', pdf, shot('actions-en').replace(/\.png$/, '')]);

  // The export dialog offers the same list, as PDF or CSV, without the map's settings.
  await page.keyboard.press('Control+e');
  const dialog = page.getByTestId('export-dialog');
  await dialog.getByLabel(/Pain-point action list/).check();
  await expect(dialog.getByLabel(/^CSV/)).toHaveCount(1);
  await expect(dialog.getByLabel(/^PNG/)).toHaveCount(0);
  await expect(dialog.getByTestId('export-stages')).toHaveCount(0);
  await expect(page.getByTestId('export-actions-summary')).toHaveText(`${total} pain points, ${open} open`);
  await page.screenshot({ path: shot('dialog-actions-en.png') });
  await page.getByTestId('export-cancel').click();
  await expect(board).toBeVisible();

  // A click on a tile closes the board and shows its card on the map, selected, in the inspector.
  await tile(page, COMPARE).click();
  await expect(board).toHaveCount(0);
  await expect(cardById(page, COMPARE)).toHaveClass(/is-selected/);
  await expect(cardById(page, COMPARE).locator('.loop')).toHaveText('◕ assessed · due 2099-06-30');
  const fields = page.getByTestId('loop-fields');
  await expect(fields.getByTestId('loop-status')).toHaveText('Assessed');
  await expect(fields.getByTestId('loop-history')).toContainText('Li Wei');

  // The inspector: owner, due date, plan and check are one undo step each; a step click is a status change.
  await fields.getByTestId('loop-check').fill('Mystery shopper: 4 of 5 calls answered');
  await fields.getByTestId('loop-check').blur();
  await fields.getByTestId('loop-due').fill('2020-02-01');
  await fields.getByTestId('loop-due').blur();
  await expect(cardById(page, COMPARE).locator('.overdue')).toHaveText('⚑ assessed · due 2020-02-01');
  expect(await loopOf(page, COMPARE)).toMatchObject({ due: '2020-02-01', check: 'Mystery shopper: 4 of 5 calls answered' });
  await page.screenshot({ path: shot('inspector-en.png') });
  await page.keyboard.press('Control+z');
  await expect(cardById(page, COMPARE).locator('.loop')).toHaveText('◕ assessed · due 2099-06-30');
  await fields.getByTestId('loop-stepper').getByRole('button', { name: /Closed/ }).click();
  await expect(cardById(page, COMPARE).locator('.loop')).toHaveText('● closed');

  // The map filter: only the overdue pain points stay bright; other lanes are untouched.
  await page.getByTestId('map-loop-filter').selectOption('overdue');
  await expect(cardById(page, VISIT)).not.toHaveClass(/is-dimmed/);
  await expect(cardById(page, COMPARE)).toHaveClass(/is-dimmed/);
  // (the canvas draws the cards in view only)
  const drawn = await page.locator('.card--painpoints').evaluateAll((cards) => cards.map((card) => card.getAttribute('data-card-id')));
  expect(drawn.length).toBeGreaterThan(2);
  const late = new Set(painPointsOf(await documentOf(page)).filter((c) => isOverdue(c, today)).map((c) => c.id));
  const drawnLate = drawn.filter((id) => id !== null && late.has(id)).length;
  expect(drawnLate).toBeGreaterThanOrEqual(1);
  await expect(page.locator('.card--painpoints.is-dimmed')).toHaveCount(drawn.length - drawnLate);
  await expect(page.locator('.card:not(.card--painpoints).is-dimmed')).toHaveCount(0);
  await page.getByTestId('map-loop-filter').selectOption('closed');
  await expect(cardById(page, COMPARE)).not.toHaveClass(/is-dimmed/);
  await expect(cardById(page, VISIT)).toHaveClass(/is-dimmed/);
  await page.screenshot({ path: shot('map-filter-en.png') });
  // The filter is a way of looking: the map is not changed by it.
  const before = JSON.stringify(await documentOf(page));
  await page.getByTestId('map-loop-filter').selectOption('all');
  expect(JSON.stringify(await documentOf(page))).toBe(before);
});

test('in Chinese: the board, the inspector stepper with a remembered name, and `cjm export --content actions`', async ({ page, shell }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.addInitScript(() => localStorage.setItem('cjm.author', '王芳'));
  writeProject(path.join(shell.root, 'loop.cjm'), loopMap('zh-CN'), { appVersion: 'test' });
  await openFromFolder(page, shell.url, 'loop.cjm');
  await page.getByTestId('language').selectOption('zh-CN');
  await wheelIntoView(page, cardById(page, VISIT));
  await expect(cardById(page, VISIT).locator('.overdue')).toHaveText('⚑ 改善计划 · 截止 2020-01-15');

  await page.getByRole('button', { name: '痛点看板' }).click();
  await expect(page.getByTestId('pain-board')).toBeVisible();
  await expect(page.getByTestId('board-count')).toHaveText('显示 13 / 13 个痛点');
  await expect(column(page, 'closed').locator('h3')).toContainText('跟踪/关闭');
  await page.screenshot({ path: shot('board-zh-CN.png') });
  await drag(page, await center(tile(page, VISIT)), await center(column(page, 'assessed').locator('h3')));
  // The name was given before: nobody is asked.
  await expect(page.getByTestId('text-dialog')).toHaveCount(0);
  await expect(column(page, 'assessed').locator(`[data-tile="${VISIT}"]`)).toBeVisible();
  expect((await loopOf(page, VISIT))?.history).toMatchObject([{ status: 'assessed', by: '王芳' }]);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('pain-board')).toHaveCount(0);

  await cardById(page, VISIT).click();
  const fields = page.getByTestId('loop-fields');
  await expect(fields.getByTestId('loop-status')).toHaveText('考核');
  await fields.getByTestId('loop-stepper').getByRole('button', { name: /反馈/ }).click();
  await expect(cardById(page, VISIT).locator('.overdue')).toHaveText('⚑ 反馈 · 截止 2020-01-15');
  await expect(fields.getByTestId('loop-history')).toContainText('王芳');
  await fields.getByTestId('loop-owner').fill('客服主管');
  await fields.getByTestId('loop-owner').press('Enter');
  expect((await loopOf(page, VISIT))?.owner).toBe('客服主管');
  await page.screenshot({ path: shot('inspector-zh-CN.png') });

  // The same list from the command line, from the saved map.
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('unsaved-marker')).toHaveCount(0);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cjm-actions-'));
  const run = (...args: string[]) => execFileSync(process.execPath, [path.join(repo, 'bin/cjm.js'), 'export', path.join(shell.root, 'loop.cjm'), '--content', 'actions', ...args], { encoding: 'utf8' });
  run('--format', 'csv', '--out', path.join(dir, 'a.csv'));
  const csv = fs.readFileSync(path.join(dir, 'a.csv'), 'utf8');
  expect(csv.startsWith('\uFEFF痛点,旅程阶段,场景,严重程度,状态,负责人,截止日期,已逾期,改善计划,考核结果\r\n')).toBe(true);
  expect(csv).toContain(',反馈,客服主管,2020-01-15,是,');
  run('--format', 'pdf', '--out', path.join(dir, 'a.pdf'));
  // The map's own export draws the badges as the canvas does, overdue by this machine's date.
  execFileSync(process.execPath, [path.join(repo, 'bin/cjm.js'), 'export', path.join(shell.root, 'loop.cjm'), '--format', 'svg', '--out', path.join(dir, 'map.svg')]);
  const svg = fs.readFileSync(path.join(dir, 'map.svg'), 'utf8');
  expect(svg).toMatch(/class="meta-overdue"[^>]*>[^<]*⚑ 反馈 · 截止 2020-01-15</);
  expect(svg).toContain('◔ 反馈 · 截止 2099-06-30');
  const text = execFileSync('pdftotext', [path.join(dir, 'a.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  for (const words of ['痛点改善行动清单', '负责人', '截止日期', '客服主管', '已逾期']) expect(text).toContain(words);
  execFileSync('pdftoppm', ['-r', '60', '-png', '-singlefile', path.join(dir, 'a.pdf'), shot('actions-zh-CN').replace(/\.png$/, '')]);
  fs.rmSync(dir, { recursive: true, force: true });
});
