// Mermaid journeys: a .mmd of the shell's folder opens as a new map (stages, scenes, one curve,
// personas), is saved as a .cjm, and comes back out with Copy as Mermaid as the same journey;
// pasted Mermaid text opens as a new map and Save as Mermaid writes a .mmd.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { cellPoint, documentOf, newBlank } from './helpers.ts';
import { expect, test } from './webShell.ts';

const JOURNEY = `journey
    title My working day
    accDescr {
      A day at the office
    }
    %% from Mermaid's documentation
    section Go to work
      Make tea: 5: Me
      Go upstairs: 3: Me
      Do work: 1: Me, Cat
    section Go<br>home
      Go downstairs: 5: Me
      Sit down: 5
`;
// What Copy as Mermaid gives back: the same sections, tasks, scores and actors, in order.
const COPIED = `journey
  title My working day
  accDescr {
    A day at the office
  }
  section Go to work
    Make tea: 5: Me
    Go upstairs: 3: Me
    Do work: 1: Me, Cat
  section Go<br>home
    Go downstairs: 5: Me
    Sit down: 5
`;

test.use({ viewport: { width: 1366, height: 768 } });

async function shoot(page: Page, name: string) {
  await page.screenshot({ path: `test-results/mermaid-${name}.png` });
}

test('a .mmd opens as a new map, saves as a .cjm and copies back as the same Mermaid', async ({ context, page, shell }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  fs.writeFileSync(path.join(shell.root, 'day.mmd'), JOURNEY);
  fs.writeFileSync(path.join(shell.root, 'notes.txt'), 'not listed');
  await page.goto(shell.url);
  await page.getByRole('button', { name: /Open…/ }).click();
  const list = page.getByTestId('file-list');
  await expect(list.getByRole('button', { name: 'day.mmd' })).toBeVisible();
  await expect(list.getByRole('button', { name: 'notes.txt' })).toHaveCount(0);
  await list.getByRole('button', { name: 'day.mmd' }).click();

  await expect(page.getByTestId('stage-header')).toHaveText([/Go to work/, /Go\s*home/]);
  await expect(page.getByTestId('scene-header')).toHaveCount(5);
  // each scene names its task's actors
  await expect(page.getByTestId('scene-header').getByTestId('scene-personas')).toHaveText(['Me', 'Me', 'Me · Cat', 'Me']);
  await expect(page.getByTestId('scene-personas').nth(2)).toHaveAttribute('title', 'Personas of this scene: Me and Cat');
  await expect(page.getByTestId('notice')).toContainText('Opened the Mermaid journey of day.mmd as a new, unsaved map');
  await expect(page.getByTestId('file-name')).toContainText('Untitled');
  const doc = await documentOf(page);
  expect(Object.keys(doc.curves)).toHaveLength(1);
  expect(Object.values(doc.emotionPoints).map((p) => p.score).sort()).toEqual([-2, 0, 2, 2, 2]);
  expect(Object.values(doc.personas).map((p) => p.name).sort()).toEqual(['Cat', 'Me']);
  expect(await page.evaluate(() => window.cjmEmotionPoints?.().length)).toBe(5);
  await shoot(page, 'opened-en');
  await page.getByTestId('language').selectOption('zh-CN');
  await expect(page.getByTestId('notice')).toContainText('Mermaid 用户旅程图打开为新的未保存地图');
  await shoot(page, 'opened-zh');
  await page.getByTestId('language').selectOption('en');

  // Saved as a map file of the folder.
  await page.keyboard.press('Control+s');
  await page.getByTestId('file-name-input').fill('day.cjm');
  await page.getByTestId('file-dialog').getByRole('button', { name: /^Save$/ }).click();
  await expect(page).toHaveTitle(/^day\.cjm/);
  expect(fs.existsSync(path.join(shell.root, 'day.cjm'))).toBe(true);

  // Copy as Mermaid, from the Export dialog: the same journey, and what it left out.
  await page.getByRole('button', { name: 'Export…' }).click();
  await expect(page.getByTestId('export-mermaid')).toBeVisible();
  await shoot(page, 'export-dialog-en');
  await page.getByTestId('export-mermaid').getByRole('button', { name: 'Copy as Mermaid' }).click();
  await expect(page.getByTestId('notice')).toContainText('Copied the map as a Mermaid journey. Mermaid cannot carry the rest');
  await expect(page.getByTestId('notice')).toContainText('lanes (Mermaid has no lanes)');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(COPIED);
  await shoot(page, 'copied-en');
  await page.getByTestId('language').selectOption('zh-CN');
  await page.getByRole('button', { name: '导出…' }).click();
  await page.getByTestId('export-mermaid').getByRole('button', { name: '复制为 Mermaid' }).click();
  await expect(page.getByTestId('notice')).toContainText('条泳道（Mermaid 没有泳道）');
  await shoot(page, 'copied-zh');
});

test('pasted Mermaid opens as a new map after asking about unsaved changes; Save as Mermaid writes a .mmd', async ({ context, page, shell }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await newBlank(page, shell.url);
  await page.getByTestId('stage-header').first().dblclick();
  await page.keyboard.type('Changed');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('unsaved-marker')).toBeVisible();

  await page.evaluate((text) => navigator.clipboard.writeText(text), JOURNEY);
  await page.locator('.canvas').click({ position: { x: 700, y: 600 } });
  await page.keyboard.press('Control+v');
  // The changed map is not replaced without asking.
  await page.getByRole('button', { name: "Don't save" }).click();
  await expect(page.getByTestId('stage-header')).toHaveText([/Go to work/, /Go\s*home/]);
  await expect(page.getByTestId('notice')).toContainText('Opened the pasted Mermaid journey as a new, unsaved map');

  await page.getByRole('button', { name: 'Export…' }).click();
  await page.getByTestId('export-mermaid').getByRole('button', { name: 'Save as Mermaid…' }).click();
  await page.getByTestId('file-name-input').fill('again.mmd');
  await page.getByTestId('file-dialog').getByRole('button', { name: /^Save$/ }).click();
  await expect(page.getByTestId('notice')).toContainText('Saved again.mmd as a Mermaid journey');
  expect(fs.readFileSync(path.join(shell.root, 'again.mmd'), 'utf8')).toBe(COPIED);
});

test('a .mmd that is not journey syntax is refused with its line, in English and Chinese', async ({ page, shell }) => {
  fs.writeFileSync(path.join(shell.root, 'bad.mmd'), 'journey\nsection Go to work\n  Make tea: lots: Me\n');
  await page.goto(shell.url);
  await page.getByRole('button', { name: /Open…/ }).click();
  await page.getByTestId('file-list').getByRole('button', { name: 'bad.mmd' }).click();
  await expect(page.getByTestId('notice')).toHaveText(/bad\.mmd could not be opened as a Mermaid journey: line 3: the score of task “Make tea” must be a number, not “lots”\. The file was not changed\./);
  await page.getByTestId('language').selectOption('zh-CN');
  await expect(page.getByTestId('notice')).toHaveText(/无法将 bad\.mmd 作为 Mermaid 用户旅程图打开：第 3 行：任务“Make tea”的分数必须是数字，而不是“lots”。文件未被更改。/);
  await shoot(page, 'refused-zh');
});

test('a card whose text reads like a journey pastes as a card, not as a new map', async ({ context, page, shell }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await newBlank(page, shell.url);
  const doc = await documentOf(page);
  const lane = Object.values(doc.lanes).find((l) => l.kind === 'needs')!;
  const [first, second] = Object.values(doc.scenes);
  const point = await cellPoint(page, lane.id, first!.id, 0.5);
  await page.mouse.dblclick(point.x, point.y);
  await page.keyboard.insertText('journey\nsection A\n  Go: 3');
  await page.keyboard.press('Control+Enter');
  await page.getByTestId('card').first().click();
  await page.keyboard.press('Control+c');
  const target = await cellPoint(page, lane.id, second!.id, 0.5);
  await page.mouse.click(target.x, target.y);
  await page.keyboard.press('Control+v');
  await expect(page.getByTestId('card')).toHaveCount(2);
  await expect(page.getByTestId('scene-header')).toHaveCount(3);
});
