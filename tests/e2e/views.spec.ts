// Issue 17, views: as a person, make a client view from the toolbar (no internal lanes), leave a
// stage out of it, show the map through it, undo, save and reopen, and go back to the whole map.
// An edit made while a view is shown (a stage dragged past a stage the view leaves out) lands
// where it was dropped.
import path from 'node:path';
import { readProject } from '../../electron/services/projectFile.ts';
import { sortOrdered } from '../../shared/order.ts';
import { center, documentOf, drag, openFromFolder, templateAtWorkshopSize } from './helpers.ts';
import { expect, test } from './webShell.ts';

const WORDS = {
  en: { manage: 'Edit views…', client: 'Client view', whole: 'Whole map', done: 'Done' },
  'zh-CN': { manage: '编辑视图…', client: '客户视图', whole: '完整地图', done: '完成' },
} as const;

const INTERNAL = ['lane-service-actions', 'lane-roles', 'lane-metrics'];

for (const lang of ['en', 'zh-CN'] as const) {
  const w = WORDS[lang];
  test(`views: a client view from the toolbar, shown on the map, undone and redone, the whole map again (${lang})`, async ({ page, shell }) => {
    await templateAtWorkshopSize(page, shell.url, lang);
    const shot = (name: string) => page.screenshot({ path: test.info().outputPath(`views-${name}-${lang}.png`) });
    const laneIds = () => page.getByTestId('lane-header').evaluateAll((headers) => headers.map((h) => h.getAttribute('data-lane-id')));
    await expect.poll(laneIds).toEqual(expect.arrayContaining(INTERNAL));

    // The toolbar's choice opens the editor; a new client view leaves out the internal lanes.
    const select = page.getByTestId('view-select');
    await expect(select).toHaveValue('');
    await select.selectOption({ label: w.manage });
    const dialog = page.getByTestId('views-dialog');
    await expect(dialog).toBeVisible();
    await dialog.getByTestId('view-add-client').click();
    await expect(dialog.getByTestId('view-name')).toHaveValue(w.client);
    const lanes = dialog.getByTestId('view-lanesLeftOut');
    await expect(lanes.getByRole('checkbox')).toHaveCount(9);
    await expect(lanes.getByRole('checkbox', { checked: false })).toHaveCount(3);
    // Leave the last stage out too, then show the view.
    const stages = dialog.getByTestId('view-stagesLeftOut').getByRole('checkbox');
    await stages.last().uncheck();
    await shot('editor');
    await dialog.getByTestId('view-show').click();
    await dialog.getByRole('button', { name: w.done }).click();
    await expect(dialog).toBeHidden();

    await expect(select.locator('option:checked')).toHaveText(w.client);
    await expect.poll(laneIds).toEqual(expect.not.arrayContaining([INTERNAL[0]]));
    expect((await laneIds()).some((id) => INTERNAL.includes(id ?? ''))).toBe(false);
    await expect(page.getByTestId('stage-header')).toHaveCount(5);
    await shot('client-view');

    // The export starts from the shown view: its stages and lanes, its curves.
    await page.keyboard.press('Control+e');
    const exporting = page.getByTestId('export-dialog');
    await expect(exporting.getByTestId('export-view').locator('option:checked')).toHaveText(w.client);
    await expect(exporting.getByTestId('export-lanes').getByRole('checkbox', { checked: true })).toHaveCount(6);
    await expect(exporting.getByTestId('export-stages').getByRole('checkbox', { checked: true })).toHaveCount(5);
    await exporting.getByTestId('export-view').selectOption({ label: w.whole });
    await expect(exporting.getByTestId('export-lanes').getByRole('checkbox', { checked: true })).toHaveCount(9);
    await page.keyboard.press('Escape');
    await expect(exporting).toBeHidden();

    // One undo takes back the stage left out: six stages again, still without the internal lanes.
    await page.keyboard.press('Control+z');
    await expect(page.getByTestId('stage-header')).toHaveCount(6);
    expect((await laneIds()).some((id) => INTERNAL.includes(id ?? ''))).toBe(false);
    await page.keyboard.press('Control+Shift+z');
    await expect(page.getByTestId('stage-header')).toHaveCount(5);

    // The whole map again: every lane, every stage; the view stays in the map.
    await select.selectOption({ label: w.whole });
    await expect(page.getByTestId('stage-header')).toHaveCount(6);
    await expect.poll(laneIds).toEqual(expect.arrayContaining(INTERNAL));
    const doc = await documentOf(page);
    const view = Object.values(doc.views)[0];
    expect(view).toMatchObject({ name: w.client, lanesLeftOut: INTERNAL, stagesLeftOut: ['stage-rebuy'], curvesLeftOut: [] });
  });
}

test('views: saved in the file and there after reopening; a stage dragged in a view lands where it was dropped', async ({ page, shell }) => {
  await templateAtWorkshopSize(page, shell.url, 'en');
  await page.getByTestId('view-select').selectOption({ label: WORDS.en.manage });
  const dialog = page.getByTestId('views-dialog');
  await dialog.getByTestId('view-add').click();
  await dialog.getByTestId('view-name').fill('Without choosing');
  await dialog.getByTestId('view-name').press('Enter');
  await dialog.getByTestId('view-stagesLeftOut').getByRole('checkbox').nth(1).uncheck();
  await dialog.getByTestId('view-show').click();
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByTestId('stage-header')).toHaveCount(5);

  // Shown: Aware, Buy, Use… (Choose left out). Drag Aware past Buy: among all stages it goes after Buy.
  const aware = page.locator('[data-testid="stage-header"][data-stage-id="stage-aware"]');
  const buy = page.locator('[data-testid="stage-header"][data-stage-id="stage-buy"]');
  const to = (await buy.boundingBox())!;
  await drag(page, await center(aware), { x: to.x + to.width * 0.8, y: to.y + to.height / 2 });
  const order = sortOrdered(Object.values((await documentOf(page)).stages)).map((s) => s.id);
  expect(order.slice(0, 3)).toEqual(['stage-choose', 'stage-buy', 'stage-aware']);

  await page.keyboard.press('Control+s');
  await page.getByTestId('file-name-input').fill('views');
  await page.getByTestId('file-dialog').getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByTestId('file-name')).toHaveText('views.cjm');
  const saved = readProject(path.join(shell.root, 'views.cjm')).doc;
  expect(Object.values(saved.views)).toEqual([expect.objectContaining({ name: 'Without choosing', stagesLeftOut: ['stage-choose'] })]);

  await openFromFolder(page, shell.url, 'views.cjm');
  // A reopened map shows the whole map; its views are in the toolbar's choice.
  await expect(page.getByTestId('view-select')).toHaveValue('');
  await expect(page.getByTestId('stage-header')).toHaveCount(6);
  await page.getByTestId('view-select').selectOption({ label: 'Without choosing' });
  await expect(page.getByTestId('stage-header')).toHaveCount(5);
});
