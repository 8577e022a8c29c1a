// A map someone else's program changed (a trigger that deletes every card inserted): it opens,
// a save writes exactly the map shown into a clean file, and the window says so once.
import path from 'node:path';
import { ATTACKS, hostileMap } from '../hostile/files.ts';
import { cjm, openFromFolder } from './helpers.ts';
import { expect, test } from './webShell.ts';

const cardsIn = (file: string) => Object.values((JSON.parse(cjm('info', file).stdout) as { cardsPerLaneKind: Record<string, number> }).cardsPerLaneKind).reduce((a, b) => a + b, 0);

for (const locale of ['en', 'zh-CN'] as const) {
  test(`a map carrying a trigger saves whole, and the window says once that it was cleaned (${locale})`, async ({ page, shell }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    const file = path.join(shell.root, 'from-client.cjm');
    const original = hostileMap(file, ATTACKS['trigger deleting every card inserted'] as string);
    const cards = Object.keys(original.cards).length;
    await openFromFolder(page, shell.url, 'from-client.cjm');
    if (locale === 'zh-CN') await page.getByTestId('language').selectOption('zh-CN');
    await page.getByTestId('card').first().click();
    await page.keyboard.press('Delete');
    await page.keyboard.press('Control+s');
    const notice = page.getByTestId('notice');
    await expect(notice).toContainText(locale === 'en' ? 'written anew without them' : '文件已重新写入');
    await page.screenshot({ path: test.info().outputPath(`cleaned-${locale}.png`) });
    expect(cardsIn(file)).toBe(cards - 1);

    // The second save is an ordinary one: nothing more to say.
    await page.getByTestId('card').first().click();
    await page.keyboard.press('Delete');
    await page.keyboard.press('Control+s');
    await expect(page.getByTestId('unsaved-marker')).toBeHidden();
    await expect(notice).toBeHidden();
    expect(cardsIn(file)).toBe(cards - 2);
  });
}
