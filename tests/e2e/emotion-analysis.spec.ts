// Issue 13, defect 7: the emotion analysis says nothing about a flat curve, names the peak as
// the most intense moment and whether it is a high or a low, and its labels never overlap.
import type { Locator, Page } from '@playwright/test';
import { newBlank } from './helpers.ts';
import { expect, test } from './webShell.ts';


/** The box of an element's text itself (a grid cell may be narrower than its text). */
const textBox = (locator: Locator) =>
  locator.evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    const r = range.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  });
const overlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function lowerFirstPointTo(page: Page, steps: number) {
  const points = await page.evaluate(() => window.cjmEmotionPoints?.() ?? []);
  const first = points.sort((a, b) => a.x - b.x)[0]!;
  await page.mouse.click(first.x, first.y);
  for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowDown');
}

test('a blank map (a flat, neutral curve) shows no analysis', async ({ page, shell }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await newBlank(page, shell.url);
  const analysis = page.getByTestId('emotion-analysis');
  await expect(analysis).toBeVisible();
  await expect(analysis).not.toContainText('Peak');
  await expect(analysis).not.toContainText('tied');
  await expect(page.getByTestId('peak-end-score')).toHaveCount(0);
  // Nor does the curve: no peak, no end marked on a flat line.
  expect(await page.evaluate(() => window.cjmEmotionMarkers?.() ?? [])).toEqual([]);
  await page.getByTestId('emotion-panel').screenshot({ path: test.info().outputPath('emotion-panel-blank-en.png') });
});

for (const lang of ['en', 'zh-CN'] as const) {
  test(`a −2 low is named the most intense moment, a low; the panel's labels do not overlap (${lang})`, async ({ page, shell }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(shell.url);
    if (lang === 'zh-CN') await page.getByTestId('language').selectOption('zh-CN');
    await page.getByRole('button', { name: lang === 'en' ? /New blank map/ : /新建空白地图/ }).click();
    await expect(page.getByTestId('scene-header')).toHaveCount(3);
    await lowerFirstPointTo(page, 2);
    const analysis = page.getByTestId('emotion-analysis');
    await expect(analysis).toContainText(lang === 'en' ? 'Most intense moment · low' : '最强烈时刻 · 低谷');
    await expect(analysis).not.toContainText(lang === 'en' ? /\bPeak:/ : '峰值');

    // Each mood's name, its bar and its share sit side by side without touching.
    for (const mood of ['delighted', 'neutral', 'bad']) {
      const bar = analysis.locator(`.mood-bar--${mood}`);
      const name = await textBox(bar.locator('span').first());
      const track = (await bar.locator('.mood-bar__track').boundingBox())!;
      const share = await textBox(page.getByTestId(`mood-${mood}`));
      expect(overlap(name, track), `${mood}: name over its bar`).toBe(false);
      expect(overlap(track, share), `${mood}: bar over its share`).toBe(false);
    }
    // The markers on the curve do not overlap each other either.
    const labels = await page.evaluate(() => window.cjmEmotionLabels?.() ?? []);
    expect(labels.map((l) => l.text)).toContain(lang === 'en' ? 'Most intense · low' : '最强烈 · 低谷');
    for (const [i, a] of labels.entries()) for (const b of labels.slice(i + 1)) expect(overlap(a, b), `${a.text} over ${b.text}`).toBe(false);
    // ...and all are inside the lane, where the layer draws (a label outside it would be cut off).
    const lane = (await page.getByTestId('emotion-layer').boundingBox())!;
    for (const label of labels) {
      expect(label.y, `${label.text} top`).toBeGreaterThanOrEqual(lane.y - 0.5);
      expect(label.y + label.height, `${label.text} bottom`).toBeLessThanOrEqual(lane.y + lane.height + 0.5);
    }
    await page.getByTestId('emotion-panel').screenshot({ path: test.info().outputPath(`emotion-panel-low-${lang}.png`) });
    await page.screenshot({ path: test.info().outputPath(`emotion-map-low-${lang}.png`) });
  });
}

declare global {
  interface Window {
    cjmEmotionLabels?: () => { id: string; text: string; x: number; y: number; width: number; height: number }[];
  }
}
