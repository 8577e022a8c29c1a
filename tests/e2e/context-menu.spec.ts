// Context menus: a right-click on a card, an empty cell, a header or an emotion point offers the
// commands that apply there, with their shortcuts, by mouse or keyboard.
import { cardById, cellPoint, documentOf, newFromTemplate } from './helpers.ts';
import { expect, test } from './webShell.ts';

test.use({ viewport: { width: 1366, height: 768 } });

test('right-click a card: its commands with their keys; Duplicate and Delete act on it, undoably', async ({ page, shell }) => {
  await newFromTemplate(page, shell.url);
  const card = cardById(page, 'card-aware-video-needs-1');
  await card.click({ button: 'right' });
  const menu = page.getByTestId('context-menu');
  await expect(menu).toBeVisible();
  await expect(card).toHaveClass(/is-selected/);
  await expect(menu.getByRole('menuitem', { name: /Duplicate/ }).locator('kbd')).toHaveText('Ctrl+D');
  await expect(menu.getByRole('menuitem', { name: /Delete/ }).locator('kbd')).toHaveText('Delete');
  await page.screenshot({ path: test.info().outputPath('card-menu-en.png') });
  await menu.getByRole('menuitem', { name: /Duplicate/ }).click();
  await expect(menu).toBeHidden();
  const text = (await documentOf(page)).cards['card-aware-video-needs-1']!.text;
  expect(Object.values((await documentOf(page)).cards).filter((c) => c.text === text)).toHaveLength(2);

  // By keyboard: the first item has the focus, ↓ moves, Enter chooses.
  await card.click({ button: 'right' });
  await expect(menu.getByRole('menuitem').first()).toBeFocused();
  await page.keyboard.press('End');
  await expect(menu.getByRole('menuitem', { name: /Delete/ })).toBeFocused();
  await page.keyboard.press('Enter');
  expect((await documentOf(page)).cards['card-aware-video-needs-1']).toBeUndefined();
  await page.keyboard.press('Control+z');
  expect((await documentOf(page)).cards['card-aware-video-needs-1']).toBeDefined();

  // Esc and a click elsewhere close it without doing anything.
  await cardById(page, 'card-aware-video-needs-1').click({ button: 'right' });
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await cardById(page, 'card-aware-video-needs-1').click({ button: 'right' });
  await page.mouse.click(700, 60);
  await expect(menu).toBeHidden();
});

test('right-click an empty cell: a new card there, typed at once; the menu speaks Chinese', async ({ page, shell }) => {
  await newFromTemplate(page, shell.url);
  await page.getByTestId('language').selectOption('zh-CN');
  const point = await cellPoint(page, 'lane-needs', 'scene-aware-friends', 0.9);
  await page.mouse.click(point.x, point.y, { button: 'right' });
  const menu = page.getByTestId('context-menu');
  await expect(menu.getByRole('menuitem', { name: '在此新建卡片' })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('cell-menu-zh.png') });
  await menu.getByRole('menuitem', { name: '在此新建卡片' }).click();
  await page.keyboard.type('想先看真实口碑');
  await page.keyboard.press('Control+Enter');
  const doc = await documentOf(page);
  expect(Object.values(doc.cards).some((c) => c.text === '想先看真实口碑' && c.sceneId === 'scene-aware-friends' && c.laneId === 'lane-needs')).toBe(true);

  // Copy from one card's menu, paste from an empty cell's menu.
  await cardById(page, 'card-aware-video-needs-1').click({ button: 'right' });
  await menu.getByRole('menuitem', { name: /复制\s*Ctrl\+C/ }).click();
  const target = await cellPoint(page, 'lane-actions', 'scene-aware-friends', 0.95);
  await page.mouse.click(target.x, target.y, { button: 'right' });
  await menu.getByRole('menuitem', { name: /粘贴/ }).click();
  const text = doc.cards['card-aware-video-needs-1']!.text;
  await expect.poll(async () => Object.values((await documentOf(page)).cards).filter((c) => c.text === text && c.laneId === 'lane-actions').length).toBe(1);
});

test('the menu stays inside the window near its edges', async ({ page, shell }) => {
  await newFromTemplate(page, shell.url);
  // The rightmost and the lowest cards fully on screen (and clear of the minimap).
  const boxes = await page.getByTestId('card').evaluateAll((cards) => {
    const minimap = document.querySelector('.react-flow__minimap')?.getBoundingClientRect();
    const canvas = document.querySelector('.canvas')!.getBoundingClientRect();
    const clear = (b: DOMRect) => !minimap || b.right < minimap.left || b.bottom < minimap.top;
    return cards
      .map((c) => c.getBoundingClientRect())
      .filter((b) => b.right <= canvas.right && b.bottom <= canvas.bottom && clear(b))
      .map((b) => ({ x: b.right - 12, y: b.bottom - 4 }));
  });
  const rightmost = boxes.toSorted((a, b) => b.x - a.x)[0]!;
  const lowest = boxes.toSorted((a, b) => b.y - a.y)[0]!;
  expect(rightmost.x).toBeGreaterThan(1366 - 500);
  expect(lowest.y).toBeGreaterThan(768 - 200);
  for (const corner of [rightmost, lowest]) {
    await page.mouse.click(corner.x, corner.y, { button: 'right' });
    const menu = (await page.getByTestId('context-menu').boundingBox())!;
    expect(menu.x + menu.width).toBeLessThanOrEqual(1366);
    expect(menu.y + menu.height).toBeLessThanOrEqual(768);
    await page.keyboard.press('Escape');
  }
});

test('right-click a header: rename it, pick a scene channel, collapse a lane', async ({ page, shell }) => {
  await newFromTemplate(page, shell.url);
  const menu = page.getByTestId('context-menu');

  await page.locator('[data-testid="scene-header"][data-scene-id="scene-aware-video"]').click({ button: 'right', position: { x: 20, y: 40 } });
  await expect(menu.getByRole('menuitemradio', { name: 'Online', exact: true })).toHaveAttribute('aria-checked', 'true');
  await menu.getByRole('menuitemradio', { name: 'Offline', exact: true }).click();
  expect((await documentOf(page)).scenes['scene-aware-video']?.channel).toBe('offline');

  await page.locator('[data-testid="stage-header"][data-stage-id="stage-aware"]').click({ button: 'right', position: { x: 60, y: 10 } });
  await menu.getByRole('menuitem', { name: 'Rename' }).click();
  await expect(page.getByRole('textbox', { name: 'Stage name' })).toBeFocused();
  await page.keyboard.type('Notice');
  await page.keyboard.press('Enter');
  expect((await documentOf(page)).stages['stage-aware']?.title).toBe('Notice');

  await page.locator('[data-testid="lane-header"][data-lane-id="lane-actions"]').click({ button: 'right', position: { x: 60, y: 40 } });
  await menu.getByRole('menuitem', { name: 'Collapse lane' }).click();
  expect((await documentOf(page)).lanes['lane-actions']?.collapsed).toBe(true);
  await page.keyboard.press('Control+z');
  expect((await documentOf(page)).lanes['lane-actions']?.collapsed).toBeFalsy();
});

test('right-click an emotion point: pick its score or delete it', async ({ page, shell }) => {
  await newFromTemplate(page, shell.url);
  const id = 'emotion-aware-friends';
  const point = (await page.evaluate(() => window.cjmEmotionPoints?.() ?? [])).find((p) => p.id === id)!;
  await page.mouse.click(point.x, point.y, { button: 'right' });
  const menu = page.getByTestId('context-menu');
  await expect(menu.getByRole('menuitemradio', { name: 'Score 0' })).toHaveAttribute('aria-checked', 'true');
  await menu.getByRole('menuitemradio', { name: 'Score -2' }).click();
  expect((await documentOf(page)).emotionPoints[id]?.score).toBe(-2);
  await page.mouse.click(point.x, (await page.evaluate((pid) => window.cjmEmotionPoints?.().find((p) => p.id === pid)?.y, id))!, { button: 'right' });
  await menu.getByRole('menuitem', { name: /Delete point/ }).click();
  expect((await documentOf(page)).emotionPoints[id]).toBeUndefined();
  await page.keyboard.press('Control+z');
  expect((await documentOf(page)).emotionPoints[id]?.score).toBe(-2);
});
