// The emotion curve lane: drag a point, add and delete points, ↑/↓, undo and redo.
import type { Page } from '@playwright/test';
import { documentOf, drag, laneHeader, newFromTemplate } from './helpers.ts';
import { expect, test } from './webShell.ts';

declare global {
  interface Window {
    cjmEmotionPoints?: () => { id: string; x: number; y: number }[];
    cjmEmotionMarkers?: () => { id: string; kind: string }[];
  }
}

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
