// Stages, scenes and lanes: reorder by dragging headers, resize, add, hide, collapse, delete.
import { sortOrdered } from '../../shared/order.ts';
import type { JourneyDoc } from '../../shared/model.ts';
import { center, documentOf, drag, laneHeader, newFromTemplate, sceneHeader, wheelIntoView } from './helpers.ts';
import { expect, test } from './webShell.ts';

const stageOrder = (doc: JourneyDoc) => sortOrdered(Object.values(doc.stages)).map((s) => s.id);
const scenesOf = (doc: JourneyDoc, stageId: string) => sortOrdered(Object.values(doc.scenes).filter((s) => s.stageId === stageId)).map((s) => s.id);
const laneOrder = (doc: JourneyDoc) => sortOrdered(Object.values(doc.lanes)).map((l) => l.id);

test('drag a scene header to reorder scenes and to move a scene into another stage', async ({ page, shell }) => {
  await newFromTemplate(page, shell.url);
  const friends = await sceneHeader(page, 'scene-aware-friends').boundingBox();
  await drag(page, await center(sceneHeader(page, 'scene-aware-video')), { x: friends!.x + friends!.width * 0.8, y: friends!.y + 20 });
  expect(scenesOf(await documentOf(page), 'stage-aware')).toEqual(['scene-aware-friends', 'scene-aware-video']);

  const compare = await sceneHeader(page, 'scene-choose-compare').boundingBox();
  await drag(page, await center(sceneHeader(page, 'scene-aware-video')), { x: compare!.x + compare!.width * 0.75, y: compare!.y + 20 });
  const doc = await documentOf(page);
  expect(scenesOf(doc, 'stage-aware')).toEqual(['scene-aware-friends']);
  expect(scenesOf(doc, 'stage-choose')).toEqual(['scene-choose-compare', 'scene-aware-video', 'scene-choose-visit', 'scene-choose-drive']);
  // Its cards went with it.
  expect(doc.cards['card-aware-video-needs-1']?.sceneId).toBe('scene-aware-video');
});

test('drag a stage header to reorder stages; its scenes follow', async ({ page, shell }) => {
  await newFromTemplate(page, shell.url);
  const aware = page.locator('[data-stage-id="stage-aware"]');
  const awareBox = (await aware.boundingBox())!;
  await drag(page, await center(page.locator('[data-stage-id="stage-choose"]')), { x: awareBox.x + 10, y: awareBox.y + 10 });
  const doc = await documentOf(page);
  expect(stageOrder(doc).slice(0, 3)).toEqual(['stage-choose', 'stage-aware', 'stage-buy']);
  expect(scenesOf(doc, 'stage-choose')).toEqual(['scene-choose-compare', 'scene-choose-visit', 'scene-choose-drive']);
  const chooseX = (await page.locator('[data-stage-id="stage-choose"]').boundingBox())!.x;
  expect(chooseX).toBeLessThan((await page.locator('[data-stage-id="stage-aware"]').boundingBox())!.x);
});

test('resize a column by dragging its edge; the width is kept in the map', async ({ page, shell }) => {
  await newFromTemplate(page, shell.url);
  const header = sceneHeader(page, 'scene-aware-video');
  const before = (await header.boundingBox())!.width;
  const handle = header.getByTestId('column-resize');
  const from = await center(handle);
  await drag(page, from, { x: from.x + 120, y: from.y });
  const after = (await header.boundingBox())!.width;
  expect(after - before).toBeGreaterThan(110);
  expect(after - before).toBeLessThan(130);
  const doc = await documentOf(page);
  expect(doc.scenes['scene-aware-video']?.width).toBeGreaterThan(240 + 110 / 0.8 - 5);
  await page.keyboard.press('Control+z');
  expect((await documentOf(page)).scenes['scene-aware-video']?.width).toBeUndefined();
});

test('add a lane by kind, reorder lanes by dragging, hide and show, collapse, resize', async ({ page, shell }) => {
  await newFromTemplate(page, shell.url);
  await wheelIntoView(page, page.getByRole('button', { name: '+ Lane' }));
  await page.getByRole('button', { name: '+ Lane' }).click();
  await page.getByRole('menuitem', { name: 'Metrics' }).click();
  let doc = await documentOf(page);
  // the new one, not the template's own metrics lane
  const metrics = Object.values(doc.lanes).find((l) => l.kind === 'metrics' && l.id !== 'lane-metrics')!;
  expect(laneOrder(doc).at(-1)).toBe(metrics.id);
  await page.keyboard.press('Enter');
  await wheelIntoView(page, laneHeader(page, 'lane-needs'));

  const needs = (await laneHeader(page, 'lane-needs').boundingBox())!;
  await drag(page, await center(laneHeader(page, 'lane-painpoints')), { x: needs.x + 40, y: needs.y + 6 });
  doc = await documentOf(page);
  expect(laneOrder(doc).slice(0, 2)).toEqual(['lane-painpoints', 'lane-needs']);

  await laneHeader(page, 'lane-actions').hover();
  await laneHeader(page, 'lane-actions').getByRole('button', { name: 'Hide lane' }).click();
  await expect(laneHeader(page, 'lane-actions')).toHaveCount(0);
  expect((await documentOf(page)).lanes['lane-actions']?.hidden).toBe(true);
  await wheelIntoView(page, page.getByRole('button', { name: 'Customer actions' }));
  await page.getByRole('button', { name: 'Customer actions' }).click();
  await expect(laneHeader(page, 'lane-actions')).toBeVisible();
  await wheelIntoView(page, laneHeader(page, 'lane-needs'));

  await laneHeader(page, 'lane-needs').getByRole('button', { name: 'Collapse lane' }).click();
  await expect(laneHeader(page, 'lane-needs')).toHaveClass(/is-collapsed/);
  await expect(page.locator('[data-card-id="card-aware-video-needs-1"]')).toHaveCount(0);
  await laneHeader(page, 'lane-needs').getByRole('button', { name: 'Expand lane' }).click();
  await expect(page.locator('[data-card-id="card-aware-video-needs-1"]')).toBeVisible();

  // the last lane of the template (the service actions lane is taller than the view)
  const lane = laneHeader(page, 'lane-roles');
  await wheelIntoView(page, lane);
  const height = (await lane.boundingBox())!.height;
  const handle = await center(lane.getByTestId('lane-resize'));
  await drag(page, handle, { x: handle.x, y: handle.y + 80 });
  expect((await lane.boundingBox())!.height).toBeGreaterThan(height + 70);
});

test('deleting a stage that holds cards asks first, and can be undone', async ({ page, shell }) => {
  await newFromTemplate(page, shell.url);
  const stage = page.locator('[data-stage-id="stage-aware"]');
  await stage.hover();
  await stage.getByRole('button', { name: 'Delete stage' }).click();
  const ask = page.getByTestId('confirm-dialog');
  await expect(ask).toContainText('Aware');
  await ask.getByRole('button', { name: 'Cancel' }).click();
  expect((await documentOf(page)).stages['stage-aware']).toBeDefined();
  await stage.hover();
  await stage.getByRole('button', { name: 'Delete stage' }).click();
  await ask.getByRole('button', { name: 'Delete' }).click();
  let doc = await documentOf(page);
  expect(doc.stages['stage-aware']).toBeUndefined();
  expect(doc.cards['card-aware-video-needs-1']).toBeUndefined();
  await page.keyboard.press('Control+z');
  doc = await documentOf(page);
  expect(doc.cards['card-aware-video-needs-1']).toBeDefined();
});

test('rename a scene in place, add a stage and a scene', async ({ page, shell }) => {
  await newFromTemplate(page, shell.url);
  await sceneHeader(page, 'scene-aware-video').locator('.scene-header__title').dblclick();
  await page.keyboard.press('Control+a');
  await page.keyboard.insertText('抖音广告');
  await page.keyboard.press('Enter');
  expect((await documentOf(page)).scenes['scene-aware-video']?.title).toBe('抖音广告');
  await sceneHeader(page, 'scene-aware-video').getByRole('button', { name: 'Online' }).click();
  await page.getByRole('menuitemradio', { name: 'Offline', exact: true }).click();
  expect((await documentOf(page)).scenes['scene-aware-video']?.channel).toBe('offline');
  const stages = Object.keys((await documentOf(page)).stages).length;
  await page.getByRole('button', { name: 'Fit', exact: true }).click();
  await page.getByRole('button', { name: '+ Stage' }).click();
  const doc = await documentOf(page);
  expect(Object.keys(doc.stages)).toHaveLength(stages + 1);
  // Its first scene starts with a neutral point on the emotion curve.
  const known = new Set(['stage-aware', 'stage-choose', 'stage-buy', 'stage-use', 'stage-follow-up', 'stage-rebuy']);
  const stage = Object.keys(doc.stages).find((id) => !known.has(id))!;
  const scene = Object.values(doc.scenes).find((s) => s.stageId === stage)!;
  expect(Object.values(doc.emotionPoints).filter((p) => p.sceneId === scene.id)).toEqual([
    expect.objectContaining({ curveId: 'curve-current', score: 0 }),
  ]);
});
