// The template gallery: "New from template" on the start screen opens it (the story templates are
// also shown in a row on the start screen), and
// each template picked from it opens as a map showing its first stage and its cards; in English
// and Chinese. Screenshots of the gallery at 1366×768 are kept.
import { TEMPLATES } from '../../shared/api.ts';
import type { Locale } from '../../shared/model.ts';
import { sortOrdered } from '../../shared/order.ts';
import { createDocument } from '../../shared/templates.ts';
import { cardById, pickTemplate } from './helpers.ts';
import { expect, test } from './webShell.ts';

test.use({ viewport: { width: 1366, height: 768 } });

const words = {
  en: { button: /New from template/, names: ['Car dealer journey', 'First showroom visit', 'Birthday dinner at a restaurant', 'Industrial buyer: air compressors', 'Dealer sales satisfaction'] },
  'zh-CN': { button: /从模板新建/, names: ['汽车经销商客户旅程', '客户初次到店', '餐厅生日晚餐', '工业品客户：压缩机采购', '经销店销售满意度'] },
} as const;

/** The first stage's title and the top card of its first scene (on screen when the map opens), as the template makes them. */
function firstOf(name: (typeof TEMPLATES)[number], locale: Locale) {
  const doc = createDocument(name, locale);
  const stage = sortOrdered(Object.values(doc.stages))[0]!;
  const scene = sortOrdered(Object.values(doc.scenes).filter((s) => s.stageId === stage.id))[0]!;
  const laneOrder = sortOrdered(Object.values(doc.lanes)).map((l) => l.id);
  const card = sortOrdered(Object.values(doc.cards).filter((c) => c.sceneId === scene.id)).sort((a, b) => laneOrder.indexOf(a.laneId) - laneOrder.indexOf(b.laneId))[0];
  return { stage: stage.title, card };
}

for (const locale of ['en', 'zh-CN'] as const) {
  const w = words[locale];
  test(`each template is picked from the gallery and opens (${locale})`, async ({ page, shell }) => {
    await page.goto(shell.url);
    if (locale === 'zh-CN') await page.getByTestId('language').selectOption('zh-CN');
    // the start screen shows the story templates in a row too, each with its preview
    const row = page.getByTestId('start-templates');
    await expect(row.locator('.template-card__name')).toHaveText([...w.names]);
    for (const img of await row.locator('.template-card__preview img').all()) await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0)).toBe(true);
    await page.screenshot({ path: test.info().outputPath(`start-${locale}.png`) });
    await page.getByRole('button', { name: w.button }).click();
    const gallery = page.getByTestId('template-gallery');
    await expect(gallery.locator('.template-card__name')).toHaveText([locale === 'en' ? 'Blank map' : '空白地图', ...w.names]);
    // every preview is drawn (an <img> of the template's SVG that has loaded)
    for (const img of await gallery.locator('.template-card__preview img').all()) await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0)).toBe(true);
    await page.screenshot({ path: test.info().outputPath(`template-gallery-${locale}.png`) });
    // keyboard: the cards are buttons in reading order
    await gallery.getByTestId('template-blank').focus();
    await page.keyboard.press('Tab');
    await expect(gallery.getByTestId('template-car-dealer')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(gallery).toHaveCount(0);

    for (const [i, name] of TEMPLATES.entries()) {
      // back to the start screen from the map just opened (unchanged, so nothing to save)
      if (i > 0) await page.locator('[data-command="close"]').click();
      await page.getByRole('button', { name: w.button }).click();
      await pickTemplate(page, name);
      await expect(page.getByTestId('template-gallery')).toHaveCount(0);
      const { stage, card } = firstOf(name, locale);
      await expect(page.locator('[data-testid="stage-header"] .stage-header__title').first()).toHaveText(stage);
      if (card) await expect(cardById(page, card.id)).toContainText(card.text.slice(0, 6));
      else await expect(page.getByTestId('card')).toHaveCount(0);
      await page.screenshot({ path: test.info().outputPath(`template-${name}-${locale}.png`) });
    }
    // and straight from the start screen's row
    await page.locator('[data-command="close"]').click();
    await row.getByTestId('template-restaurant-birthday').click();
    await expect(page.locator('[data-testid="stage-header"] .stage-header__title').first()).toHaveText(firstOf('restaurant-birthday', locale).stage);
  });
}
