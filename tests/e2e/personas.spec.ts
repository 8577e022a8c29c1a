// Issue 15, personas: as a person, add a persona and edit it from the title block, tie the
// emotion curve to it (the legend and the analysis name it), choose it for the title block,
// reorder by drag and by keyboard, delete it with the confirmation, and undo. The export's
// title block and legend say the same as the canvas.
import type { Page } from '@playwright/test';
import { renderSvg } from '../../shared/export/svg.ts';
import { personasInOrder } from '../../shared/personas.ts';
import { CURRENT_CURVE } from '../../shared/template.ts';
import { documentOf, pickTemplate } from './helpers.ts';
import { expect, test } from './webShell.ts';

const WORDS = {
  en: {
    button: /New from template/,
    first: 'Li Wei',
    quote: 'Just tell me the real price.',
    added: 'Wang Fang',
    description: 'Retired teacher, buys for her daughter. Wants a calm showroom.',
    goals: 'A reliable car without pressure',
    curve: 'Current experience',
    deleteTitle: 'Delete the persona “Wang Fang”?',
    analysis: 'What “Current experience” says about Wang Fang',
  },
  'zh-CN': {
    button: /从模板新建/,
    first: '李伟',
    quote: '直接告诉我实价就好。',
    added: '王芳',
    description: '退休教师，为女儿买车。希望展厅安静、不被催促。',
    goals: '买一辆可靠的车，不受推销压力',
    curve: '当前体验',
    deleteTitle: '删除用户画像“王芳”？',
    analysis: '“当前体验”对王芳的解读',
  },
} as const;

const personaIds = async (page: Page) => personasInOrder(await documentOf(page)).map((p) => p.name);

for (const lang of ['en', 'zh-CN'] as const) {
  const w = WORDS[lang];
  test(`personas: add, edit, tie a curve, title block, reorder, delete, undo (${lang})`, async ({ page, shell }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(shell.url);
    if (lang === 'zh-CN') await page.getByTestId('language').selectOption('zh-CN');
    await page.getByRole('button', { name: w.button }).click();
    await pickTemplate(page);
    await expect(page.getByTestId('card').first()).toBeVisible();
    const shot = (name: string) => page.screenshot({ path: test.info().outputPath(`personas-${name}-${lang}.png`) });

    // The title block shows the template's persona; a click on it opens the editor on it.
    const corner = page.getByTestId('corner-personas');
    await expect(corner.locator('.corner__persona')).toHaveCount(1);
    await corner.locator('.corner__persona').click();
    const dialog = page.getByTestId('personas-dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog.getByTestId('persona-editor')).toHaveAttribute('data-persona-id', 'persona-1');

    // Edit it: name and quote, each one history entry, cut to the schema's length.
    await dialog.getByTestId('persona-name').fill(w.first);
    await dialog.getByTestId('persona-name').press('Enter');
    await dialog.getByTestId('persona-quote').fill(w.quote);
    await dialog.getByTestId('persona-quote').blur();
    await expect(dialog.getByTestId('persona-quote')).toHaveAttribute('maxlength', '2000');
    await expect(page.getByTestId('corner-persona-line')).toHaveText(`“${w.quote}”`);
    await page.locator('.corner').screenshot({ path: test.info().outputPath(`personas-corner-one-${lang}.png`) });

    // Add one and fill it in.
    await dialog.getByTestId('persona-add').click();
    await expect(dialog.getByTestId('persona-list').locator('li')).toHaveCount(2);
    await dialog.getByTestId('persona-name').fill(w.added);
    await dialog.getByTestId('persona-name').blur();
    await dialog.getByTestId('persona-description').fill(w.description);
    await dialog.getByTestId('persona-description').blur();
    await dialog.getByTestId('persona-goals').fill(w.goals);
    await dialog.getByTestId('persona-goals').blur();
    // Choose it for the title block too.
    await dialog.getByTestId('persona-in-title').check();
    await expect(corner.locator('.corner__persona')).toHaveText([w.first, w.added]);
    await shot('editor');
    let doc = await documentOf(page);
    const added = Object.values(doc.personas).find((p) => p.name === w.added)!;
    expect(added).toMatchObject({ description: w.description, goals: w.goals });
    expect(doc.map.titlePersonas).toEqual(['persona-1', added.id]);
    await dialog.getByRole('button', { name: lang === 'en' ? 'Done' : '完成' }).click();
    await expect(dialog).toHaveCount(0);

    // Tie the current curve to the new persona: the legend and the analysis name it.
    await page.getByTestId('curve-persona').first().selectOption(added.id);
    await expect(page.getByTestId('lane-legend')).toContainText(`${w.added} — ${w.curve}`);
    await expect(page.getByTestId('emotion-analysis-title')).toHaveText(w.analysis);
    await shot('canvas');
    await page.locator('.corner').screenshot({ path: test.info().outputPath(`personas-corner-${lang}.png`) });
    await page.getByTestId('emotion-panel').screenshot({ path: test.info().outputPath(`personas-emotion-panel-${lang}.png`) });

    // The export says the same: both personas in the title block, the legend names the persona.
    doc = await documentOf(page);
    const { svg } = renderSvg(doc, { date: '2026-12-01' });
    const unescape = (s: string) => s.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));
    const texts = [...svg.matchAll(/<text [^>]*>(.*?)<\/text>/g)].map((m) => unescape(m[1] as string)).join('\n');
    expect(texts).toContain(w.first);
    expect(texts).toContain(`“${w.quote}”`);
    expect(texts).toContain(w.added);
    expect(svg).toContain(`class="legend" data-curve-id="${CURRENT_CURVE}"`);
    // How the export's title block and legend look (the same SVG the PDF and PNG print).
    const paper = await page.context().newPage();
    await paper.setViewportSize({ width: 1366, height: 768 });
    await paper.setContent(svg.replace(/^<\?xml[^>]*\?>/, ''));
    await paper.screenshot({ path: test.info().outputPath(`personas-export-${lang}.png`), clip: { x: 0, y: 0, width: 1366, height: 768 } });
    await paper.close();

    // Reorder from the toolbar's command: drag the second above the first, then Alt+↓ back.
    await page.locator('[data-command="personas"]').click();
    await expect(dialog).toBeVisible();
    const items = dialog.getByTestId('persona-list').locator('li');
    await items.nth(1).dragTo(items.nth(0), { targetPosition: { x: 20, y: 3 } });
    await expect.poll(() => personaIds(page)).toEqual([w.added, w.first]);
    await expect(corner.locator('.corner__persona')).toHaveText([w.added, w.first]);
    await items.nth(0).locator('.persona-list__item').focus();
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => personaIds(page)).toEqual([w.first, w.added]);
    await expect(items.nth(1).locator('.persona-list__item')).toBeFocused();

    // Delete the new persona: its curve belongs to it, so the app asks first.
    await items.nth(1).locator('.persona-list__item').click();
    await dialog.getByTestId('persona-delete').click();
    const confirm = page.getByTestId('confirm-dialog');
    await expect(confirm).toBeVisible();
    await expect(confirm).toContainText(w.deleteTitle);
    await expect(confirm).toContainText(w.curve);
    await confirm.screenshot({ path: test.info().outputPath(`personas-confirm-${lang}.png`) });
    await confirm.locator('.is-danger').click();
    await expect(items).toHaveCount(1);
    doc = await documentOf(page);
    expect(doc.personas[added.id]).toBeUndefined();
    expect(doc.curves[CURRENT_CURVE]?.personaId).toBeUndefined();
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(page.getByTestId('lane-legend')).toHaveCount(0);
    await expect(corner.locator('.corner__persona')).toHaveText([w.first]);

    // One undo brings it back with its curve and its place in the title block.
    await page.keyboard.press('Control+z');
    await expect(corner.locator('.corner__persona')).toHaveText([w.first, w.added]);
    await expect(page.getByTestId('lane-legend')).toContainText(`${w.added} — ${w.curve}`);
    doc = await documentOf(page);
    expect(doc.curves[CURRENT_CURVE]?.personaId).toBe(added.id);
    expect(doc.personas[added.id]).toMatchObject({ name: w.added, goals: w.goals });
  });
}
