// The emotion curve lane: drag a point, add and delete points, ↑/↓, undo and redo.
import type { Page } from '@playwright/test';
import { documentOf, drag, laneHeader, newFromTemplate } from './helpers.ts';
import { expect, test } from './webShell.ts';

const pointAt = async (page: Page, id: string) => {
  const found = (await page.evaluate(() => window.cjmEmotionPoints?.() ?? [])).find((p) => p.id === id);
  if (!found) throw new Error(`no emotion point ${id} on screen`);
  return found;
};
const markers = (page: Page) => page.evaluate(() => window.cjmEmotionMarkers?.() ?? []);
const scoreOf = async (page: Page, id: string) => (await documentOf(page)).emotionPoints[id]?.score;

test('drag a point from neutral to delighted: stored score, highlight marker, one undo step', async ({ page, shell }) => {
  await newFromTemplate(page, shell.url);
  const id = 'emotion-aware-friends';
  expect(await scoreOf(page, id)).toBe(0);
  expect(await markers(page)).not.toContainEqual({ id, kind: 'highlight' });
  const lane = (await laneHeader(page, 'lane-emotion').boundingBox())!;
  const from = await pointAt(page, id);
  await drag(page, from, { x: from.x, y: lane.y + 4 });
  expect(await scoreOf(page, id)).toBe(2);
  await expect.poll(() => markers(page)).toContainEqual({ id, kind: 'highlight' });
  // It snapped: the point sits exactly on the +2 line.
  const top = await pointAt(page, id);
  const reference = await pointAt(page, 'emotion-choose-drive'); // +2 in the template
  expect(Math.abs(top.y - reference.y)).toBeLessThan(1);

  await page.keyboard.press('Control+z');
  expect(await scoreOf(page, id)).toBe(0);
  await page.keyboard.press('Control+Shift+z');
  expect(await scoreOf(page, id)).toBe(2);
});

test('click empty lane space to add a point, ↑/↓ change it, Delete removes it', async ({ page, shell }) => {
  await newFromTemplate(page, shell.url);
  const before = Object.keys((await documentOf(page)).emotionPoints);
  const existing = await pointAt(page, 'emotion-aware-video');
  const lane = (await laneHeader(page, 'lane-emotion').boundingBox())!;
  // Left of the scene's point, on the neutral line.
  const neutral = await pointAt(page, 'emotion-aware-friends');
  await page.mouse.click(existing.x - 50, neutral.y);
  let doc = await documentOf(page);
  const added = Object.keys(doc.emotionPoints).find((k) => !before.includes(k))!;
  expect(doc.emotionPoints[added]).toMatchObject({ sceneId: 'scene-aware-video', curveId: 'curve-current', score: 0 });
  // It went before the existing point of that scene.
  const order = Object.values(doc.emotionPoints)
    .filter((p) => p.sceneId === 'scene-aware-video')
    .sort((a, b) => (a.order < b.order ? -1 : 1))
    .map((p) => p.id);
  expect(order).toEqual([added, 'emotion-aware-video']);
  expect(lane.height).toBeGreaterThan(0);

  // Dragged sideways past the other point, it goes after it (the score stays: it snaps back to 0).
  const from = await pointAt(page, added);
  const other = await pointAt(page, 'emotion-aware-video');
  await drag(page, from, { x: other.x + 30, y: from.y });
  const reordered = Object.values((await documentOf(page)).emotionPoints)
    .filter((p) => p.sceneId === 'scene-aware-video')
    .sort((a, b) => (a.order < b.order ? -1 : 1))
    .map((p) => p.id);
  expect(reordered).toEqual(['emotion-aware-video', added]);
  expect(await scoreOf(page, added)).toBe(0);
  await page.mouse.click((await pointAt(page, added)).x, (await pointAt(page, added)).y);

  await page.keyboard.press('ArrowUp');
  expect(await scoreOf(page, added)).toBe(1);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  expect(await scoreOf(page, added)).toBe(-1);
  await page.keyboard.press('Delete');
  doc = await documentOf(page);
  expect(doc.emotionPoints[added]).toBeUndefined();
  await page.keyboard.press('Control+z');
  expect(await scoreOf(page, added)).toBe(-1);
});

test('several curves: add a target curve, draw on it, switch, hide; save and reopen keeps everything', async ({ page, shell }) => {
  await newFromTemplate(page, shell.url);
  const panel = page.getByTestId('emotion-panel');
  await panel.getByRole('button', { name: '+ Curve' }).click();
  let doc = await documentOf(page);
  const target = Object.values(doc.curves).find((c) => c.name === 'Target experience')!;
  expect(target).toBeDefined();
  // New points go to the active (new) curve.
  const neutral = await pointAt(page, 'emotion-aware-friends');
  const video = await pointAt(page, 'emotion-aware-video');
  await page.mouse.click(video.x + 30, neutral.y - 40);
  doc = await documentOf(page);
  const onTarget = Object.values(doc.emotionPoints).filter((p) => p.curveId === target.id);
  expect(onTarget).toHaveLength(1);
  expect(onTarget[0]).toMatchObject({ sceneId: 'scene-aware-video' });
  expect(onTarget[0]!.score).toBeGreaterThan(0);

  await expect(page.getByTestId('lane-legend')).toContainText('Current experience');
  await expect(page.getByTestId('lane-legend')).toContainText('Target experience');

  // Switch back to the current curve: its analysis is shown; hide the target curve.
  await panel.getByRole('radio', { name: 'Edit Current experience' }).check();
  await expect(page.getByTestId('emotion-analysis')).toContainText('What “Current experience” says');
  await expect(page.getByTestId('peak-end-score')).toHaveText('-0.5');
  await panel.locator(`[data-curve-id="${target.id}"] input[type="checkbox"]`).uncheck();
  expect((await documentOf(page)).curves[target.id]?.hidden).toBe(true);
  const shown = await page.evaluate(() => (window.cjmEmotionPoints?.() ?? []).map((p) => p.id));
  expect(shown).not.toContain(onTarget[0]!.id);

  // Scale and drawing options are part of the map.
  await panel.getByTestId('emotion-scale').selectOption('1..5');
  await panel.getByText('Show faces').click();
  doc = await documentOf(page);
  expect(doc.map).toMatchObject({ scale: '1..5', emotionFaces: true });
  expect(doc.emotionPoints['emotion-choose-visit']?.score).toBe(1);

  await page.keyboard.press('Control+s');
  await page.getByTestId('file-name-input').fill('curves');
  await page.getByTestId('file-dialog').getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByTestId('file-name')).toHaveText('curves.cjm');
  // Home, then the recent file: read back from disk (a reload would reopen it by itself).
  await page.getByRole('button', { name: 'Home' }).click();
  await page.getByRole('button', { name: /curves\.cjm/ }).first().click();
  await expect(page.getByTestId('file-name')).toHaveText('curves.cjm');
  expect(await documentOf(page)).toEqual(doc);
});

test('the curve stays sharp when zoomed to 300%', async ({ page, shell }) => {
  await newFromTemplate(page, shell.url);
  // Width in screen pixels of the curve's stroke, measured across it at one point.
  // A 1-pixel column across the flat segment (both ends neutral) just left of a point.
  const strokeWidth = async () => {
    const p = await pointAt(page, 'emotion-choose-compare');
    const lanes = (await laneHeader(page, 'lane-emotion').boundingBox())!;
    const x = p.x - 40;
    expect(x).toBeGreaterThan(lanes.x + lanes.width + 5);
    const shot = await page.screenshot({ clip: { x, y: p.y - 30, width: 1, height: 60 } });
    return { shot, p };
  };
  const measure = async () => {
    const { shot } = await strokeWidth();
    return page.evaluate(async (base64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${base64}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const { data } = ctx.getImageData(0, 0, img.width, img.height);
      // Rows that are clearly the curve (dark and saturated), and rows that are in-between (blur).
      let solid = 0;
      let blurred = 0;
      for (let y = 0; y < img.height; y++) {
        const [r, g, b] = [data[y * 4 * img.width]!, data[y * 4 * img.width + 1]!, data[y * 4 * img.width + 2]!];
        const darkness = 255 - (r + g + b) / 3;
        if (darkness > 90) solid++;
        else if (darkness > 25) blurred++;
      }
      return { solid, blurred };
    }, shot.toString('base64'));
  };
  const zoomNow = async () => Number(/scale\(([\d.]+)\)/.exec((await page.locator('.react-flow__viewport').getAttribute('style')) ?? '')?.[1]);
  // Set 100%, then 300%, zooming around the point so it stays under the pointer.
  const zoomTo = async (target: number) => {
    for (let i = 0; i < 40 && Math.abs((await zoomNow()) - target) / target > 0.03; i++) {
      const p = await pointAt(page, 'emotion-choose-compare');
      await page.mouse.move(p.x, p.y);
      await page.keyboard.down('Control');
      // React Flow zooms by 2^(−deltaY × 0.002) per wheel event off macOS.
      const delta = Math.max(-300, Math.min(300, (-Math.log2(target / (await zoomNow())) / 0.002) * 0.8));
      await page.mouse.wheel(0, delta);
      await page.keyboard.up('Control');
      await page.waitForTimeout(30);
    }
    await page.waitForTimeout(200);
  };
  await zoomTo(1);
  const at100 = await measure();
  await zoomTo(3);
  expect(await zoomNow()).toBeGreaterThan(2.9);
  const at300 = await measure();
  expect(at100.solid).toBeGreaterThan(0);
  // The stroke scales with the zoom and its edges stay crisp: no more than a pixel of soft edge on each side.
  expect(at300.solid).toBeGreaterThan(at100.solid * 2.5);
  expect(at300.blurred).toBeLessThanOrEqual(at100.blurred + 2);
  await page.screenshot({ path: 'docs/emotion-300.png' });
});
