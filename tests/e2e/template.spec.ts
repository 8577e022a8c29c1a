// The car-dealer template in the browser: its opportunities show rank and score, and the first
// showroom visit's service actions show their series place, roles and steps under the text; in
// English and Chinese. Screenshots of the scene at 1366×768 are kept.
import { cardById, findCard, pickTemplate } from './helpers.ts';
import { expect, test } from './webShell.ts';

test.use({ viewport: { width: 1366, height: 768 } });

const greeting = (n: number) => `card-choose-visit-service-actions-${n + 4}`;

for (const [locale, words] of [
  ['en', { button: /New from template/, series: 'Greeting', handOver: 'Booking hand-over', consultant: 'Sales consultant', guard: 'Guard', find: 'Step forward' }],
  ['zh-CN', { button: /从模板新建/, series: '迎宾', handOver: '预约交接', consultant: '销售顾问', guard: '门卫', find: '快步迎上' }],
] as const) {
  test(`the first showroom visit's service action system reads on the map (${locale})`, async ({ page, shell }) => {
    await page.goto(shell.url);
    if (locale === 'zh-CN') await page.getByTestId('language').selectOption('zh-CN');
    await page.getByRole('button', { name: words.button }).click();
    await pickTemplate(page);
    await expect(page.getByTestId('card').first()).toBeVisible();
    await findCard(page, words.find);
    const second = cardById(page, greeting(2));
    await expect(second).toHaveClass(/is-selected/);
    await expect(second).toContainText(`${words.series} 2/5`);
    await expect(second).toContainText(`${words.consultant} · ☑ 2`);
    await expect(cardById(page, greeting(3))).toContainText(`${words.series} 3/5`);
    // the scene's opportunity is scored: rank and value × feasibility
    await expect(cardById(page, 'card-choose-visit-opportunities-1')).toContainText('#1');
    await expect(cardById(page, 'card-choose-visit-opportunities-1').locator('.score')).toHaveText('◆ 5.0 × 4');
    await page.keyboard.press('Escape');
    await page.screenshot({ path: test.info().outputPath(`template-first-visit-${locale}.png`) });
    // the booking hand-over, one role on each of its three actions
    await findCard(page, locale === 'en' ? 'Guard greets booked guests' : '门卫按预约名单');
    await expect(cardById(page, 'card-choose-visit-service-actions-2')).toContainText(`${words.handOver} 2/3`);
    await expect(cardById(page, 'card-choose-visit-service-actions-2')).toContainText(`${words.guard} · ☑ 4`);
    await page.keyboard.press('Escape');
    await page.screenshot({ path: test.info().outputPath(`template-hand-over-${locale}.png`) });
    // handing the pen (its steps) and the roles lane below
    await findCard(page, locale === 'en' ? 'Hand him the pen' : '递笔');
    await expect(cardById(page, 'card-choose-visit-service-actions-10')).toContainText(`${words.consultant} · ☑ 5`);
    await page.keyboard.press('Escape');
    await page.screenshot({ path: test.info().outputPath(`template-pen-${locale}.png`) });
    await findCard(page, locale === 'en' ? 'Share each booking' : '预约信息同步');
    await page.keyboard.press('Escape');
    await page.screenshot({ path: test.info().outputPath(`template-opportunities-${locale}.png`) });
  });
}
