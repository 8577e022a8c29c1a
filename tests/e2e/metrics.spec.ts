// Metrics (指标), as a person does it: add a Metrics lane of one's own below the template's (which
// has its own NPS and process metrics), define NPS on one of its cards and paste its answers, type a process metric's values into the table, see the status and
// the sparkline on the cards, find both in the Metrics panel, export its CSV and read it back;
// the exported SVG prints the same status and sparkline. In English and Chinese at 1366×768.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { JourneyDoc } from '../../shared/model.ts';
import { metricRows } from '../../shared/metricsTable.ts';
import { cellPoint, documentOf, laneHeader, newFromTemplate, wheelIntoView } from './helpers.ts';
import { expect, test } from './webShell.ts';

test.use({ viewport: { width: 1366, height: 768 } });

const metricsLanes = (doc: JourneyDoc) => Object.values(doc.lanes).filter((lane) => lane.kind === 'metrics');

/** Adds a Metrics lane and returns it: the new one, not the template's own Metrics lane. */
async function addMetricsLane(page: Page) {
  const before = metricsLanes(await documentOf(page)).map((lane) => lane.id);
  const add = page.getByRole('button', { name: '+ Lane' });
  await wheelIntoView(page, add);
  await add.click();
  await page.getByRole('menuitem', { name: 'Metrics' }).click();
  await page.keyboard.press('Enter');
  const fresh = metricsLanes(await documentOf(page)).filter((lane) => !before.includes(lane.id));
  expect(fresh).toHaveLength(1);
  return fresh[0]!;
}

async function newMetricCard(page: Page, laneId: string, sceneId: string, text: string) {
  await wheelIntoView(page, laneHeader(page, laneId));
  const point = await cellPoint(page, laneId, sceneId, 0.5);
  await page.mouse.dblclick(point.x, point.y);
  await expect(page.getByRole('textbox', { name: 'Card text' })).toBeFocused();
  await page.keyboard.insertText(text);
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('metric-definition')).toBeVisible();
}

async function commit(page: Page, testId: string, value: string) {
  const field = page.getByTestId('inspector').getByTestId(testId);
  await field.fill(value);
  await field.press('Enter');
}

test('define an NPS and a process metric, paste and type their values, see status and sparkline, list and export them as CSV', async ({ page, shell }) => {
  await newFromTemplate(page, shell.url);
  // The template brings a Metrics lane with three metrics of its own; ours go in a lane of their own.
  const template = metricRows(await documentOf(page));
  expect(template).toHaveLength(3);
  const lane = await addMetricsLane(page);
  // A second lane of a kind is numbered.
  expect(lane.title).toBe('Metrics 2');
  expect(Object.values((await documentOf(page)).cards).filter((c) => c.laneId === lane.id)).toHaveLength(0);

  // NPS: three answer counts per period, pasted with a period each; a bad line is reported, not dropped.
  await newMetricCard(page, lane.id, 'scene-aware-video', 'Net Promoter Score');
  const inspector = page.getByTestId('inspector');
  await inspector.getByTestId('metric-nps').click();
  await commit(page, 'metric-target', '30');
  await commit(page, 'metric-department', 'Customer service');
  await commit(page, 'metric-period', 'monthly');
  await inspector.getByTestId('metric-paste').fill('2026-09\t50\t30\t20\n\n2026-10 55 30 15\nnot a number here\n2026-11,60,30,10\n');
  await inspector.getByTestId('metric-paste-add').click();
  await expect(inspector.getByTestId('metric-paste-report')).toContainText('3 values added.');
  await expect(inspector.getByTestId('metric-paste-errors')).toHaveText('Line 4 not read (not a number): not a number here');
  await expect(inspector.getByTestId('metric-paste')).toHaveValue('not a number here');
  await expect(inspector.getByTestId('metric-value-row')).toHaveCount(3);
  await expect(inspector.getByTestId('metric-status')).toHaveText('✓ 50 / 30 · met');
  const nps = Object.values((await documentOf(page)).cards).find((c) => c.text === 'Net Promoter Score')!;
  expect(nps.metric).toMatchObject({ nps: true, target: 30, department: 'Customer service', values: [{ period: '2026-09', promoters: 50 }, { period: '2026-10' }, { period: '2026-11', detractors: 10 }] });
  const npsCard = page.locator(`[data-card-id="${nps.id}"]`);
  await expect(npsCard).toContainText('✓ 50 / 30');
  await expect(npsCard).toContainText('▁▅█');

  // Undo takes back the paste in one step, redo brings it again.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await documentOf(page)).cards[nps.id]?.metric?.values.length).toBe(0);
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(async () => (await documentOf(page)).cards[nps.id]?.metric?.values.length).toBe(3);

  // A process metric, lower is better, values typed into the table (a Chinese full-width number too).
  await newMetricCard(page, lane.id, 'scene-choose-visit', 'Reply time to a lead');
  await inspector.getByTestId('metric-type').selectOption('process');
  await commit(page, 'metric-unit', 'min');
  await commit(page, 'metric-target', '15');
  await inspector.getByTestId('metric-direction').selectOption('lower');
  await commit(page, 'metric-department', '=Sales');
  for (const [period, value] of [
    ['W1', '30'],
    ['W2', '２０'],
    ['W3', '16,5'],
  ] as const) {
    await inspector.getByTestId('metric-add-row').click();
    const row = inspector.getByTestId('metric-value-row').last();
    await row.getByTestId('metric-value-period').fill(period);
    await row.getByTestId('metric-value-period').press('Enter');
    await row.getByTestId('metric-value-value').fill(value);
    await row.getByTestId('metric-value-value').press('Enter');
  }
  await expect(inspector.getByTestId('metric-status')).toHaveText('≈ 16.5 / 15 min · near');
  const reply = Object.values((await documentOf(page)).cards).find((c) => c.text === 'Reply time to a lead')!;
  expect(reply.metric?.values).toEqual([
    { period: 'W1', value: 30 },
    { period: 'W2', value: 20 },
    { period: 'W3', value: 16.5 },
  ]);
  const replyCard = page.locator(`[data-card-id="${reply.id}"]`);
  await expect(replyCard).toContainText('≈ 16.5 / 15 min');
  await expect(replyCard).toContainText('█▃▁');
  await page.screenshot({ path: test.info().outputPath('metrics-inspector-en.png') });

  // The Metrics panel: ours beside the template's, with owner and status, in map order; filter to
  // one status; sort by status (worst first); a click shows the card.
  await replyCard.click();
  await page.keyboard.press('Escape');
  await page.getByTestId('tab-metrics').click();
  const panel = page.getByTestId('metrics-panel');
  const all = metricRows(await documentOf(page));
  expect(all.map((row) => row.cardId).sort()).toEqual([...template.map((row) => row.cardId), nps.id, reply.id].sort());
  const refs = () => panel.getByTestId('metric-row').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-card-ref')));
  await expect(panel.getByTestId('metric-row')).toHaveCount(5);
  expect(await refs()).toEqual(all.map((row) => row.cardId));
  // NPS sits in the first scene, so it leads in map order.
  await expect(panel.getByTestId('metric-row').first()).toContainText('Net Promoter Score');
  await expect(panel.getByTestId('metric-row').first()).toContainText('Customer service');
  const npsRow = panel.locator(`[data-card-ref="${nps.id}"]`);
  const replyRow = panel.locator(`[data-card-ref="${reply.id}"]`);
  await panel.getByTestId('metrics-filter').selectOption('near');
  const near = all.filter((row) => row.status === 'near');
  expect(near.map((row) => row.cardId)).toContain(reply.id);
  expect(near.map((row) => row.cardId)).not.toContain(nps.id);
  await expect(panel.getByTestId('metric-row')).toHaveCount(near.length);
  expect(await refs()).toEqual(near.map((row) => row.cardId));
  await expect(replyRow).toContainText('≈ 16.5 / 15 min');
  await expect(npsRow).toHaveCount(0);
  await panel.getByTestId('metrics-filter').selectOption('');
  await expect(panel.getByTestId('metric-row')).toHaveCount(5);
  await panel.getByTestId('metrics-sort').selectOption('status');
  const rank = { missed: 0, near: 1, met: 2 } as const;
  const byStatus = [...all].sort((a, b) => (a.status ? rank[a.status] : 3) - (b.status ? rank[b.status] : 3));
  await expect.poll(refs).toEqual(byStatus.map((row) => row.cardId));
  // Ours swap places: the near reply time now comes before the met NPS.
  const order = await refs();
  expect(order.indexOf(reply.id)).toBeLessThan(order.indexOf(nps.id));
  expect(all.findIndex((row) => row.cardId === nps.id)).toBeLessThan(all.findIndex((row) => row.cardId === reply.id));
  await expect(panel.getByTestId('metric-row').first()).toHaveAttribute('data-status', 'missed');
  await page.screenshot({ path: test.info().outputPath('metrics-panel-en.png') });

  // CSV through the shell's file dialog, read back: BOM, heading, one row each, the formula defused.
  await panel.getByTestId('metrics-export-csv').click();
  const dialog = page.getByTestId('file-dialog');
  await expect(dialog).toBeVisible();
  await page.getByTestId('file-name-input').fill('metrics.csv');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('notice')).toContainText('Metrics exported to metrics.csv');
  const csv = fs.readFileSync(path.join(shell.root, 'metrics.csv'), 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const lines = csv.slice(1).trimEnd().split('\r\n');
  expect(lines[0]).toBe('Metric,Type,Definition,Unit,Owning department,Data source,Period,Target,Better when,Latest period,Latest value,Status,Stage,Scene');
  // One row per metric, in map order (the template's too).
  expect(lines).toHaveLength(1 + all.length);
  expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(all.map((row) => row.name));
  expect(lines[1 + all.findIndex((row) => row.cardId === nps.id)]).toMatch(/^Net Promoter Score,Outcome metric \(NPS\),,,Customer service,,monthly,30,higher,2026-11,50,met,/);
  expect(lines[1 + all.findIndex((row) => row.cardId === reply.id)]).toMatch(/^Reply time to a lead,Process metric,,min,'=Sales,,,15,lower,W3,16.5,near,/);

  await replyRow.click();
  await expect(page.locator(`[data-card-id="${reply.id}"]`)).toHaveClass(/is-selected/);

  // Chinese: the inspector and the panel in the map's other language.
  await page.getByTestId('language').selectOption('zh-CN');
  await expect(inspector.getByTestId('metric-status')).toHaveText('≈ 16.5 / 15 min · 接近');
  await expect(inspector.locator('h3').first()).toHaveText('指标');
  await page.screenshot({ path: test.info().outputPath('metrics-inspector-zh.png') });
  await page.keyboard.press('Escape');
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('heading', { name: '指标' })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('metrics-panel-zh.png') });
  await panel.getByTestId('metrics-export-csv').click();
  await page.getByTestId('file-name-input').fill('指标.csv');
  await page.getByTestId('file-dialog').getByRole('button', { name: /保存|Save/ }).click();
  await expect(page.getByTestId('notice')).toContainText('指标.csv');
  const zh = fs.readFileSync(path.join(shell.root, '指标.csv'), 'utf8');
  expect(zh.slice(1).split('\r\n')[0]).toBe('指标,类型,定义,单位,责任部门,取值渠道,取值周期,标准值,方向,最近周期,最近取值,状态,阶段,场景');
  expect(zh).toContain('Reply time to a lead,过程指标,,min,\'=Sales,,,15,越低越好,W3,16.5,接近,');
});

test('the exported SVG prints each metric card\'s status and sparkline', async ({ page, shell }) => {
  await newFromTemplate(page, shell.url);
  const lane = await addMetricsLane(page);
  await newMetricCard(page, lane.id, 'scene-aware-video', 'Test drives booked in 24 h');
  await commit(page, 'metric-unit', '%');
  await commit(page, 'metric-target', '80');
  await page.getByTestId('inspector').getByTestId('metric-paste').fill('62\n70\n84');
  await page.getByTestId('inspector').getByTestId('metric-paste-add').click();
  await expect(page.locator('[data-card-id]', { hasText: 'Test drives booked in 24 h' })).toContainText('✓ 84 / 80%');
  // Shown as a gauge: how far towards the target, beside the sparkline.
  await page.getByTestId('inspector').getByTestId('metric-display').selectOption('gauge');
  await expect(page.locator('[data-card-id]', { hasText: 'Test drives booked in 24 h' })).toContainText('▰▰▰▰▰');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Export…' }).click();
  await page.getByLabel('SVG').check();
  await page.getByTestId('export-run').click();
  await page.getByTestId('file-name-input').fill('map.svg');
  await page.getByTestId('file-dialog').getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('notice')).toContainText('Exported map.svg', { timeout: 30_000 });
  const svg = fs.readFileSync(path.join(shell.root, 'map.svg'), 'utf8');
  expect(svg).toContain('✓ 84 / 80%');
  expect(svg).toContain('▁▄█');
  expect(svg).toContain('▰▰▰▰▰');
  // The PNG export draws the same card (kept beside the test's screenshots to look at).
  await page.getByRole('button', { name: 'Export…' }).click();
  await page.getByLabel('PNG').check();
  await page.getByTestId('export-run').click();
  await page.getByTestId('file-name-input').fill('map.png');
  await page.getByTestId('file-dialog').getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('notice')).toContainText('Exported map.png', { timeout: 30_000 });
  const png = fs.readFileSync(path.join(shell.root, 'map.png'));
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  fs.copyFileSync(path.join(shell.root, 'map.png'), test.info().outputPath('metrics-export.png'));

  // Look at it as a picture: the card cut out of the exported map.
  await page.setContent(`<body style="margin:0">${svg}</body>`);
  const text = page.locator('svg text', { hasText: '✓ 84 / 80%' }).first();
  await expect(text).toBeVisible();
  const box = (await text.boundingBox())!;
  await page.screenshot({ path: test.info().outputPath('metrics-export-svg.png'), fullPage: true, clip: { x: Math.max(0, box.x - 40), y: Math.max(0, box.y - 80), width: 360, height: 140 } });
  // The same place of the PNG (drawn at 2 device pixels per CSS pixel).
  await page.setContent(`<body style="margin:0"><img src="data:image/png;base64,${png.toString('base64')}"></body>`);
  await expect(page.locator('img')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('metrics-export-png.png'), fullPage: true, clip: { x: Math.max(0, box.x - 40) * 2, y: Math.max(0, box.y - 80) * 2, width: 720, height: 280 } });
});
