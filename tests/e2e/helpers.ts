// Shared steps for the browser tests: make and open a map, find cells by their headers, drag with the mouse.
import type { Locator, Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { Card, JourneyDoc } from '../../shared/model.ts';
import { expect } from './webShell.ts';

/** The gallery that "New from template" opens: pick one (by default the car-dealer map most specs use). */
export async function pickTemplate(page: Page, template = 'car-dealer'): Promise<void> {
  await page.getByTestId('template-gallery').getByTestId(`template-${template}`).click();
}

export async function newFromTemplate(page: Page, url: string, template = 'car-dealer'): Promise<void> {
  await page.goto(url);
  await page.getByRole('button', { name: /New from template/ }).click();
  await pickTemplate(page, template);
  await expect(page.getByTestId('card').first()).toBeVisible();
}

/** The car-dealer template at 1366×768 (a workshop laptop), in the UI language asked for. */
export async function templateAtWorkshopSize(page: Page, url: string, lang: 'en' | 'zh-CN'): Promise<void> {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(url);
  if (lang === 'zh-CN') await page.getByTestId('language').selectOption('zh-CN');
  await page.getByRole('button', { name: lang === 'en' ? /New from template/ : /从模板新建/ }).click();
  await pickTemplate(page);
  await expect(page.getByTestId('card').first()).toBeVisible();
}

const repo = path.resolve(import.meta.dirname, '../..');

/** The `cjm` command in a child process: fixture maps made, files read back. */
export const cjm = (...args: string[]) => spawnSync(process.execPath, ['electron/cli/main.ts', ...args], { cwd: repo, encoding: 'utf8' });

/** A map of the shell's folder opened from the start screen with Open…. */
export async function openFromFolder(page: Page, url: string, fileName: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('button', { name: /Open…/ }).click();
  await page.getByTestId('file-list').getByRole('button', { name: fileName }).click();
  await page.getByTestId('card').first().waitFor();
}

export async function newBlank(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('button', { name: /New blank map/ }).click();
  await expect(page.getByTestId('scene-header')).toHaveCount(3);
}

// Read-only hooks the renderer exposes for tests and support.
declare global {
  interface Window {
    cjmDocument?: () => unknown;
    cjmEmotionPoints?: () => { id: string; x: number; y: number }[];
    cjmEmotionMarkers?: () => { id: string; kind: string }[];
  }
}

export const documentOf = (page: Page) => page.evaluate(() => window.cjmDocument?.() as JourneyDoc);

export const sceneHeader = (page: Page, sceneId: string) => page.locator(`[data-testid="scene-header"][data-scene-id="${sceneId}"]`);
export const laneHeader = (page: Page, laneId: string) => page.locator(`[data-testid="lane-header"][data-lane-id="${laneId}"]`);
export const cardById = (page: Page, id: string) => page.locator(`[data-card-id="${id}"]`);

async function box(locator: Locator) {
  const b = await locator.boundingBox();
  if (!b) throw new Error('element not visible');
  return b;
}

/** A point inside a cell: `fraction` of the way down (0 = top edge, 1 = bottom edge). */
export async function cellPoint(page: Page, laneId: string, sceneId: string, fraction = 0.9) {
  const column = await box(sceneHeader(page, sceneId));
  const row = await box(laneHeader(page, laneId));
  return { x: column.x + column.width / 2, y: row.y + row.height * fraction };
}

export async function center(locator: Locator) {
  const b = await box(locator);
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
}

/** Presses, moves in steps (so gestures see a real drag) and, unless told otherwise, releases. */
export async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }, { release = true } = {}) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 6, from.y + 6, { steps: 2 });
  await page.mouse.move(to.x, to.y, { steps: 12 });
  if (release) await page.mouse.up();
}

/**
 * Wheels the map, as a person would, until `locator` sits inside the canvas: the canvas clips
 * (it cannot be scrolled), so Playwright's own scrolling into view cannot reach a header off the edge.
 */
export async function wheelIntoView(page: Page, locator: Locator): Promise<void> {
  const canvas = await box(page.locator('.react-flow'));
  for (let i = 0; i < 20; i++) {
    const b = await box(locator);
    const dx = b.x + b.width > canvas.x + canvas.width - 20 ? 200 : b.x < canvas.x + 200 ? -200 : 0;
    const dy = b.y + b.height > canvas.y + canvas.height - 20 ? 200 : b.y < canvas.y + 120 ? -200 : 0;
    if (dx === 0 && dy === 0) return;
    const before = await page.locator('.react-flow__viewport').getAttribute('style');
    await page.mouse.move(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2);
    await page.mouse.wheel(dx, dy);
    await expect.poll(() => page.locator('.react-flow__viewport').getAttribute('style')).not.toBe(before);
  }
  throw new Error('could not wheel it into view');
}

/** Finds a card by its text (Ctrl+F, Enter, Esc), which selects it and pans the map to it. */
export async function findCard(page: Page, text: string): Promise<void> {
  await page.keyboard.press('Control+f');
  await page.getByTestId('find-bar').getByRole('searchbox').fill(text);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  // the pan to the card is animated
  await page.waitForTimeout(300);
}

/** The card of the document with exactly this text. */
export const cardWithText = async (page: Page, text: string): Promise<Card> => Object.values((await documentOf(page)).cards).find((c) => c.text === text)!;
