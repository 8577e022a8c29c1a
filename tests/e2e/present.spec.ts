// Issue 17, presentation: as a presenter, start with F5 on the template, walk it end to end with
// the keyboard (→, PageDown as a clicker sends, ←), see the curve unfold and each step's moments,
// open a card to read it, find that no key edits the map, switch to a scene per step, leave with Esc.
import fs from 'node:fs';
import path from 'node:path';
import { unzip } from '../unit/services/unzip.ts';
import { documentOf, templateAtWorkshopSize } from './helpers.ts';
import { expect, test } from './webShell.ts';

const WORDS = {
  en: { darkest: 'Darkest', first: 'Aware', summary: 'What the journey tells us' },
  'zh-CN': { darkest: '至暗点', first: '知晓', summary: '这段旅程告诉我们什么' },
} as const;

for (const lang of ['en', 'zh-CN'] as const) {
  const w = WORDS[lang];
  test(`present the template with the keyboard, end to end (${lang})`, async ({ page, shell }) => {
    await templateAtWorkshopSize(page, shell.url, lang);
    const before = await documentOf(page);
    const shot = (name: string) => page.screenshot({ path: test.info().outputPath(`present-${name}-${lang}.png`) });

    await page.keyboard.press('F5');
    const show = page.getByTestId('presentation');
    await expect(show).toBeVisible();
    // 6 stages: the overview, one step each, the overview again.
    await expect(show).toHaveAttribute('data-steps', '8');
    await expect(page.getByTestId('present-overview')).toHaveAttribute('data-at', 'start');
    await expect(page.getByTestId('present-curve')).toHaveAttribute('data-drawn', '0');
    await shot('1-overview');

    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('present-title')).toContainText(w.first);
    await expect(page.getByTestId('present-scene')).toHaveCount(2);
    const drawnAfterFirst = Number(await page.getByTestId('present-curve').getAttribute('data-drawn'));
    expect(drawnAfterFirst).toBeGreaterThan(0);
    // Large type for the room.
    expect(Number(await page.getByTestId('present-grid').getAttribute('data-font'))).toBeGreaterThanOrEqual(16);
    await shot('2-first-stage');

    // A presenter's clicker sends PageDown: the next stage, the curve drawn further, its darkest point named.
    await page.keyboard.press('PageDown');
    await expect(page.getByTestId('present-count')).toHaveText('3 / 8');
    expect(Number(await page.getByTestId('present-curve').getAttribute('data-drawn'))).toBeGreaterThan(drawnAfterFirst);
    await expect(page.getByTestId('present-moment').filter({ hasText: w.darkest })).toHaveCount(1);
    await expect(page.locator('.present-card.is-pain').first()).toBeVisible();
    // A busy stage at workshop size: every card keeps at least its first line inside its cell, none is cut off.
    const cut = await page.locator('.present-grid__cell').evaluateAll((cells) =>
      cells.flatMap((cell) => {
        const bottom = cell.getBoundingClientRect().bottom;
        return [...cell.children].filter((card) => card.getBoundingClientRect().bottom > bottom + 0.5).map((card) => card.textContent);
      }),
    );
    await shot('3-second-stage');
    expect(cut).toEqual([]);

    // A card opens to be read; Esc closes it, not the presentation.
    const pain = page.locator('.present-card.is-pain').first();
    const text = (await pain.textContent())?.replace(/●+$/, '').trim() ?? '';
    await pain.click();
    await expect(page.getByTestId('present-reader')).toContainText(text);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('present-reader')).toBeHidden();
    await expect(show).toBeVisible();

    // No key edits the map underneath.
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Delete');
    await page.keyboard.press('Control+a');
    expect(await documentOf(page)).toEqual(before);

    // To the end: the whole curve and what it says.
    await page.keyboard.press('End');
    await expect(page.getByTestId('present-count')).toHaveText('8 / 8');
    await expect(page.getByTestId('present-title')).toContainText(w.summary);
    await expect(page.getByTestId('present-findings')).toContainText(w.darkest);
    await shot('4-summary');
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByTestId('present-count')).toHaveText('7 / 8');

    // A scene per step stays on the same part of the journey.
    await page.keyboard.press('s');
    await expect(page.getByTestId('present-scene')).toHaveCount(1);
    expect(Number(await show.getAttribute('data-steps'))).toBeGreaterThan(8);

    await page.keyboard.press('Escape');
    await expect(show).toBeHidden();
    await expect(page.getByTestId('card').first()).toBeVisible();
    expect(await documentOf(page)).toEqual(before);
  });
}

test('presenting shows the view chosen in the toolbar: a client view has no internal lanes', async ({ page, shell }) => {
  await templateAtWorkshopSize(page, shell.url, 'en');
  await page.getByTestId('view-select').selectOption({ label: 'Edit views…' });
  await page.getByTestId('views-dialog').getByTestId('view-add-client').click();
  await page.getByTestId('views-dialog').getByTestId('view-show').click();
  await page.getByTestId('views-dialog').getByRole('button', { name: 'Done' }).click();
  await page.getByTestId('toolbar').getByRole('button', { name: 'Present' }).click();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.present-grid__lane')).toHaveText(['Customer needs', 'Customer actions', 'Touchpoints', 'Pain points', 'Opportunities']);
  await expect(page.locator('.present-card--service-actions')).toHaveCount(0);
});

test('slides from the Export dialog: the shown view as an editable PPTX deck', async ({ page, shell }) => {
  await templateAtWorkshopSize(page, shell.url, 'en');
  await page.getByTestId('view-select').selectOption({ label: 'Edit views…' });
  const views = page.getByTestId('views-dialog');
  await views.getByTestId('view-add-client').click();
  await views.getByTestId('view-stagesLeftOut').getByRole('checkbox').last().uncheck();
  await views.getByTestId('view-show').click();
  await views.getByRole('button', { name: 'Done' }).click();

  await page.keyboard.press('Control+e');
  const dialog = page.getByTestId('export-dialog');
  await dialog.getByLabel('PPTX').check();
  // title + 5 stages + opportunities
  await expect(dialog).toContainText('7 slides, 16:9');
  await page.screenshot({ path: test.info().outputPath('export-pptx.png') });
  await page.getByTestId('export-run').click();
  await page.getByTestId('file-name-input').fill('deck');
  await page.getByTestId('file-dialog').getByRole('button', { name: 'Save', exact: true }).click();
  await expect(dialog).toHaveCount(0, { timeout: 60_000 });
  const parts = await unzip(fs.readFileSync(path.join(shell.root, 'deck.pptx')));
  const slides = [...parts.keys()].filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name));
  expect(slides).toHaveLength(7);
  expect(slides.map((name) => parts.get(name)?.toString('utf8')).join('')).not.toContain('Staff roles');
});

test('started with the toolbar button, Space steps on; Tab reaches the controls and Enter presses them', async ({ page, shell }) => {
  await templateAtWorkshopSize(page, shell.url, 'en');
  await page.getByTestId('toolbar').getByRole('button', { name: 'Present' }).click();
  const show = page.getByTestId('presentation');
  await expect(show).toBeVisible();
  // Space is "next", not a second press of the button that opened the presentation.
  await page.keyboard.press(' ');
  await expect(page.getByTestId('present-count')).toHaveText('2 / 8');
  const leave = page.getByTestId('present-close');
  for (let i = 0; i < 6 && !(await leave.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(leave).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(show).toHaveCount(0);
});
