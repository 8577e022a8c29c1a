// Cells grow to fit their cards: no card's text is ever cut off, in either language.
import { expect, test } from './webShell.ts';
import { pickTemplate } from './helpers.ts';

for (const [locale, template, fit] of [
  ['en-US', /New from template/, 'Fit'],
  ['zh-CN', /从模板新建/, '适应窗口'],
] as const) {
  test(`every card shows all its text (${locale})`, async ({ browser, shell }) => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale });
    await page.goto(shell.url);
    await page.getByRole('button', { name: template }).click();
    await pickTemplate(page);
    await page.getByRole('button', { name: fit, exact: true }).click();
    await expect(page.locator('.card').first()).toBeVisible();
    // Fit animates; the whole map is on screen once it has settled.
    await expect.poll(() => page.locator('.card').count()).toBeGreaterThan(60);
    const clipped = await page.evaluate(() =>
      [...document.querySelectorAll('.card')]
        .filter((card) => {
          const text = card.querySelector('.card__text') as HTMLElement | null;
          return !text || text.scrollHeight > text.clientHeight + 1 || card.scrollHeight > card.clientHeight + 1;
        })
        .map((card) => card.textContent),
    );
    expect(await page.locator('.card').count()).toBeGreaterThan(60);
    expect(clipped).toEqual([]);
    await page.close();
  });
}
