// The service action system in the inspector, as a person builds it with the mouse and the
// keyboard: three actions of one scene made one numbered series, one of them broken into steps
// that are reordered by drag and by keyboard, deleted and brought back with undo; roles, the
// management measure and the opportunity it delivers; in English and Chinese.
import type { Locator, Page } from '@playwright/test';
import { cardById, cardWithText, cellPoint, center, documentOf, drag, findCard, laneHeader, newBlank, newFromTemplate, wheelIntoView } from './helpers.ts';
import { expect, test } from './webShell.ts';

test.use({ viewport: { width: 1366, height: 768 } });

// The test drive scene holds one service action in the template, in no series yet, without steps.
const FIRST = 'card-choose-drive-service-actions-1';
/** the text field of the card being written */
const editorBox = (page: Page) => page.getByRole('textbox', { name: 'Card text' });

async function selectCard(page: Page, card: Locator) {
  await wheelIntoView(page, card);
  await card.click();
  await expect(card).toHaveClass(/is-selected/);
}

const stepsOf = async (page: Page, id: string) => (await documentOf(page)).cards[id]?.steps;
const stepTexts = (page: Page) => page.getByTestId('sa-steps').getByRole('textbox').evaluateAll((els) => els.map((el) => (el as HTMLTextAreaElement).value));

test('a three-action series in one scene; steps written, dragged, moved by keyboard, deleted and undone', async ({ page, shell }) => {
  await newFromTemplate(page, shell.url);
  const inspector = page.getByTestId('inspector');

  // Two more actions in the scene, below the one the template has: Enter after a text starts the next.
  await findCard(page, 'Fit a child seat beforehand');
  await cardById(page, FIRST).dblclick();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await expect(editorBox(page)).toHaveValue('');
  await page.keyboard.insertText('Set the seat and mirrors with him before he drives off');
  await page.keyboard.press('Enter');
  await expect(editorBox(page)).toHaveValue('');
  await page.keyboard.insertText('Hand over the business card with both hands');
  await page.keyboard.press('Control+Enter');
  await expect.poll(async () => (await cardWithText(page, 'Hand over the business card with both hands'))?.id).toBeTruthy();
  const second = await cardWithText(page, 'Set the seat and mirrors with him before he drives off');
  const third = await cardWithText(page, 'Hand over the business card with both hands');
  for (const card of [second, third]) expect(card).toMatchObject({ laneId: 'lane-service-actions', sceneId: 'scene-choose-drive' });
  const SECOND = second.id;

  // The first is named by typing; the other two join it with a click.
  await selectCard(page, cardById(page, FIRST));
  await expect(inspector.getByTestId('series-place')).toHaveCount(0);
  await inspector.getByTestId('series-input').fill('Welcome');
  await inspector.getByTestId('series-input').press('Enter');
  await expect(inspector.getByTestId('series-place')).toHaveText('1 of 1 in this series');
  for (const id of [SECOND, third.id]) {
    await selectCard(page, cardById(page, id));
    await inspector.getByRole('button', { name: 'Join “Welcome”' }).click();
  }
  await expect(inspector.getByTestId('series-place')).toHaveText('3 of 3 in this series');
  await expect(cardById(page, FIRST).locator('.series')).toHaveText('Welcome 1/3');
  await expect(cardById(page, SECOND).locator('.series')).toHaveText('Welcome 2/3');
  await expect(cardById(page, third.id).locator('.series')).toHaveText('Welcome 3/3');
  // The series' actions, in order; a click shows one.
  const members = inspector.getByRole('list', { name: /Actions of the series Welcome/ }).getByRole('listitem');
  await expect(members).toHaveCount(3);
  await members.nth(0).getByRole('button').click();
  await expect(cardById(page, FIRST)).toHaveClass(/is-selected/);
  await expect(inspector.getByTestId('series-place')).toHaveText('1 of 3 in this series');
  expect((await stepsOf(page, FIRST)) ?? []).toEqual([]);

  // Three steps, written one after the other with Enter.
  await inspector.getByRole('button', { name: '+ Add step' }).click();
  await page.keyboard.insertText('Fit the child seat');
  await page.keyboard.press('Enter');
  await page.keyboard.insertText('Show the three key points');
  await page.keyboard.press('Enter');
  await page.keyboard.insertText('Stay quiet on the open road');
  await page.keyboard.press('Enter');
  // Enter in an empty new step ends the list without a trace.
  await page.keyboard.press('Enter');
  await expect.poll(() => stepsOf(page, FIRST)).toEqual(['Fit the child seat', 'Show the three key points', 'Stay quiet on the open road']);
  await expect(cardById(page, FIRST).locator('.details')).toContainText('☑ 3');

  // Drag the third step's handle above the first.
  const steps = inspector.getByTestId('sa-steps');
  const firstBox = (await steps.getByRole('textbox', { name: 'Step 1' }).boundingBox())!;
  await drag(page, await center(steps.getByRole('button', { name: 'Move step 3' })), { x: firstBox.x + 20, y: firstBox.y + 2 }, { release: false });
  // While dragged, the step follows the pointer and the others make room.
  await expect(steps.locator('.step.is-dragging')).toHaveCount(1);
  await page.screenshot({ path: test.info().outputPath('service-action-dragging.png') });
  await page.mouse.up();
  await expect.poll(() => stepsOf(page, FIRST)).toEqual(['Stay quiet on the open road', 'Fit the child seat', 'Show the three key points']);
  await expect.poll(() => stepTexts(page)).toEqual(['Stay quiet on the open road', 'Fit the child seat', 'Show the three key points']);

  // Alt+↓ on the first step moves it down one, announced; the focus goes with it.
  await steps.getByRole('textbox', { name: 'Step 1' }).click();
  await page.keyboard.press('Alt+ArrowDown');
  await expect.poll(() => stepsOf(page, FIRST)).toEqual(['Fit the child seat', 'Stay quiet on the open road', 'Show the three key points']);
  await expect(steps.getByRole('textbox', { name: 'Step 2' })).toBeFocused();
  await expect(steps.getByTestId('steps-announcement')).toHaveText('Step 1 moved to position 2 of 3');

  // Delete the last one with its button (the card stays), then take it back with Ctrl+Z: the focus returns to it.
  await steps.getByRole('button', { name: 'Delete step 3' }).click();
  await expect.poll(() => stepsOf(page, FIRST)).toEqual(['Fit the child seat', 'Stay quiet on the open road']);
  await expect(steps.getByTestId('steps-announcement')).toHaveText('Step 3 deleted');
  await expect(steps.getByRole('button', { name: 'Delete step 2' })).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect.poll(() => stepsOf(page, FIRST)).toEqual(['Fit the child seat', 'Stay quiet on the open road', 'Show the three key points']);
  await expect.poll(() => stepTexts(page)).toEqual(['Fit the child seat', 'Stay quiet on the open road', 'Show the three key points']);
  await expect(steps.getByRole('button', { name: 'Delete step 3' })).toBeFocused();
  expect((await documentOf(page)).cards[FIRST]).toBeDefined();

  // Every edit was one undo step: one more undo takes back only the keyboard move.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => stepsOf(page, FIRST)).toEqual(['Stay quiet on the open road', 'Fit the child seat', 'Show the three key points']);
  await page.getByRole('button', { name: 'Redo' }).click();

  const doc = await documentOf(page);
  expect(doc.cards[FIRST]?.steps).toEqual(['Fit the child seat', 'Stay quiet on the open road', 'Show the three key points']);
  expect([FIRST, SECOND, third.id].map((id) => doc.cards[id]?.series)).toEqual(['Welcome', 'Welcome', 'Welcome']);
  await expect(cardById(page, FIRST).locator('.series')).toHaveText('Welcome 1/3');
  await expect(cardById(page, third.id).locator('.series')).toHaveText('Welcome 3/3');
  await page.screenshot({ path: test.info().outputPath('service-action-en.png') });
});

test('roles as chips, the management measure and the opportunity it delivers; each change one undo step; in Chinese', async ({ page, shell }) => {
  await newFromTemplate(page, shell.url);
  const inspector = page.getByTestId('inspector');
  // A fresh action at the end of the first showroom visit, below the template's ten: no roles, measure or ties yet.
  await findCard(page, 'Hand him the pen to sign the visit form');
  await cardById(page, 'card-choose-visit-service-actions-10').dblclick();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await expect(editorBox(page)).toHaveValue('');
  await page.keyboard.insertText('Walk him from the reserved bay to the door');
  await page.keyboard.press('Control+Enter');
  await expect.poll(async () => (await cardWithText(page, 'Walk him from the reserved bay to the door'))?.id).toBeTruthy();
  const fresh = await cardWithText(page, 'Walk him from the reserved bay to the door');
  expect(fresh).toMatchObject({ laneId: 'lane-service-actions', sceneId: 'scene-choose-visit' });
  const ACTION = fresh.id;
  await findCard(page, 'Walk him from the reserved bay');
  await expect(cardById(page, ACTION)).toHaveClass(/is-selected/);

  // Roles: one of the map's roles with a click, a new one typed; Backspace steps onto the last chip, then removes it.
  const roles = inspector.getByTestId('sa-roles');
  await roles.getByRole('button', { name: 'Add role Guard' }).click();
  await roles.getByTestId('role-input').fill('Cleaner');
  await roles.getByTestId('role-input').press('Enter');
  await roles.getByTestId('role-input').fill('Mystery guest');
  await roles.getByTestId('role-input').press('Enter');
  await expect(roles.getByTestId('role-chip')).toHaveText(['Guard×', 'Cleaner×', 'Mystery guest×']);
  await page.keyboard.press('Backspace');
  await expect(roles.getByRole('button', { name: 'Remove role Mystery guest' })).toBeFocused();
  await page.keyboard.press('Backspace');
  await expect(roles.getByTestId('role-input')).toBeFocused();
  await roles.getByRole('button', { name: 'Remove role Guard' }).click();
  await expect.poll(async () => (await documentOf(page)).cards[ACTION]?.roles).toEqual(['Cleaner']);
  // Removing a chip never deletes the card behind it; undo brings the role back.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(async () => (await documentOf(page)).cards[ACTION]?.roles).toEqual(['Guard', 'Cleaner']);
  await expect(cardById(page, ACTION).locator('.details')).toHaveText('Guard · Cleaner');

  // The management measure: training folded open and filled; folded, it shows what it holds.
  const training = inspector.getByTestId('measure-training');
  await training.locator('summary').click();
  await training.getByTestId('measure-training-plan').fill('Role-play the door greeting with a booked guest');
  await training.getByTestId('measure-training-frequency').fill('Weekly');
  await training.getByTestId('measure-training-owner').fill('Showroom manager');
  await training.getByTestId('measure-training-owner').press('Enter');
  const inspection = inspector.getByTestId('measure-inspection');
  await inspection.locator('summary').click();
  await inspection.getByTestId('measure-inspection-who').fill('Mystery shopper');
  await inspection.getByTestId('measure-inspection-who').press('Enter');
  await expect.poll(async () => (await documentOf(page)).cards[ACTION]?.measure).toEqual({
    training: { plan: 'Role-play the door greeting with a booked guest', frequency: 'Weekly', owner: 'Showroom manager' },
    inspection: { who: 'Mystery shopper', frequency: '', how: '' },
  });

  // The opportunity it delivers, chosen from the map's opportunities; a click shows it.
  // (the template's own actions deliver opportunities too: only this card's ties count here)
  const relations = async () =>
    Object.values((await documentOf(page)).relations)
      .filter((r) => r.fromCardId === ACTION)
      .map((r) => [r.kind, r.fromCardId, r.toCardId]);
  expect(await relations()).toEqual([]);
  const delivers = inspector.getByTestId('sa-delivers');
  await delivers.getByRole('combobox').selectOption({ label: 'Share each booking with phone sales, guard and consultant' });
  await expect.poll(relations).toEqual([['delivers', ACTION, 'card-choose-visit-opportunities-1']]);
  await inspector.getByTestId('sa-delivers').scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('service-action-en-lower.png') });
  // Another choice replaces it in one undo step.
  await delivers.getByRole('combobox').selectOption({ label: 'One-page quote listing every fee up front' });
  await expect.poll(relations).toEqual([['delivers', ACTION, 'card-buy-negotiate-opportunities-1']]);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(relations).toEqual([['delivers', ACTION, 'card-choose-visit-opportunities-1']]);
  await delivers.getByTestId('delivers-show').click();
  await expect(cardById(page, 'card-choose-visit-opportunities-1')).toHaveClass(/is-selected/);

  // In Chinese.
  await page.getByTestId('language').selectOption('zh-CN');
  await findCard(page, 'Walk him from the reserved bay');
  await expect(cardById(page, ACTION)).toHaveClass(/is-selected/);
  await expect(inspector.getByTestId('sa-steps').locator('h3')).toHaveText('动作步骤');
  await inspector.getByRole('button', { name: '+ 添加步骤' }).click();
  await page.keyboard.insertText('微笑着拉开门');
  await page.keyboard.press('Enter');
  await page.keyboard.insertText('叫出客户的预约姓名');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  // Backspace in an emptied step deletes it; the focus goes to the one before. Undo brings it back.
  const steps = inspector.getByTestId('sa-steps');
  await steps.getByRole('textbox', { name: '第 2 步' }).click();
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await expect.poll(() => stepsOf(page, ACTION)).toEqual(['微笑着拉开门']);
  await expect(steps.getByRole('textbox', { name: '第 1 步' })).toBeFocused();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+z');
  await expect.poll(() => stepsOf(page, ACTION)).toEqual(['微笑着拉开门', '叫出客户的预约姓名']);
  await expect(steps.getByRole('textbox', { name: '第 2 步' })).toBeFocused();
  await inspector.getByTestId('series-input').fill('迎宾');
  await inspector.getByTestId('series-input').press('Enter');
  await expect(inspector.getByTestId('series-place')).toHaveText('本系列第 1 个，共 1 个');
  await page.screenshot({ path: test.info().outputPath('service-action-zh.png') });
  await inspector.getByTestId('sa-delivers').scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('service-action-zh-lower.png') });
});

test('a new action on a blank map: what to write says itself; the step handle works by keyboard and never deletes the card', async ({ page, shell }) => {
  await newBlank(page, shell.url);
  const lane = laneHeader(page, 'lane-service-actions');
  await wheelIntoView(page, lane);
  const point = await cellPoint(page, 'lane-service-actions', 'scene-scene-1', 0.5);
  await page.mouse.dblclick(point.x, point.y);
  await page.keyboard.insertText('Hand over the pen');
  await page.keyboard.press('Control+Enter');
  const card = Object.values((await documentOf(page)).cards).find((c) => c.text === 'Hand over the pen')!;
  await selectCard(page, cardById(page, card.id));
  const inspector = page.getByTestId('inspector');
  await expect(inspector.getByTestId('sa-steps')).toContainText('cap off → nib in the right hand');
  await expect(inspector.getByTestId('sa-delivers')).toContainText('No opportunity cards on this map yet');
  await page.screenshot({ path: test.info().outputPath('service-action-blank.png') });

  const steps = inspector.getByTestId('sa-steps');
  await steps.getByRole('button', { name: '+ Add step' }).click();
  for (const step of ['Cap off', 'Nib in the right hand', 'Clip toward the palm']) {
    await page.keyboard.insertText(step);
    await page.keyboard.press('Enter');
  }
  await page.keyboard.press('Escape');
  // ↑ on a focused handle moves its step; the handle keeps the focus.
  await steps.getByRole('button', { name: 'Move step 3' }).focus();
  await page.keyboard.press('ArrowUp');
  await expect.poll(() => stepsOf(page, card.id)).toEqual(['Cap off', 'Clip toward the palm', 'Nib in the right hand']);
  await expect(steps.getByRole('button', { name: 'Move step 2' })).toBeFocused();
  await expect(steps.getByTestId('steps-announcement')).toHaveText('Step 3 moved to position 2 of 3');
  // Delete on a handle deletes its step, not the selected card.
  await page.keyboard.press('Delete');
  await expect.poll(() => stepsOf(page, card.id)).toEqual(['Cap off', 'Nib in the right hand']);
  expect((await documentOf(page)).cards[card.id]).toBeDefined();
  await expect(steps.getByRole('button', { name: 'Move step 2' })).toBeFocused();
});
