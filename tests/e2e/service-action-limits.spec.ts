// A service action's fields stop where the map's schema does, so the map always saves: a long
// paste is cut (and the field says so), a list that is full takes no more (and says why). And
// Alt+↑/↓ on a step being edited writes the text and the move as one undo step.
import type { Page } from '@playwright/test';
import { parseDocument } from '../../shared/validate.ts';
import { cardById, documentOf, findCard, newFromTemplate, wheelIntoView } from './helpers.ts';
import { expect, test } from './webShell.ts';

test.use({ viewport: { width: 1366, height: 768 } });

const GUARD = 'card-choose-visit-service-actions-2';
const GUARD_STEPS = [
  'Print the day\'s booking list with plates before opening',
  'Match the plate as the car turns in',
  'Salute and greet by surname: "Welcome, Mr Li"',
  'Guide him to the reserved bay and radio the consultant',
];

async function selectGuard(page: Page) {
  await findCard(page, 'Guard greets booked guests');
  const card = cardById(page, GUARD);
  await wheelIntoView(page, card);
  await card.click();
  await expect(card).toHaveClass(/is-selected/);
}

/** Pastes cards as the app copies them (its own clipboard format) into the selected card's cell. */
async function pasteCards(page: Page, cards: object[]) {
  await page.evaluate((payload) => {
    const data = new DataTransfer();
    data.setData('application/x-journey-mapper-cards+json', JSON.stringify(payload));
    document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, { app: 'journey-mapper', version: 1, cards });
}

const stepsOf = async (page: Page, id: string) => (await documentOf(page)).cards[id]?.steps;

test('Alt+↓ on a step being edited: the new text and the move are one undo step', async ({ page, shell }) => {
  await newFromTemplate(page, shell.url);
  await selectGuard(page);
  const steps = page.getByTestId('inspector').getByTestId('sa-steps');
  await steps.getByRole('textbox', { name: 'Step 1' }).click();
  // (the step wraps: Ctrl+End is the end of its text)
  await page.keyboard.press('Control+End');
  await page.keyboard.insertText(' (two copies)');
  await page.keyboard.press('Alt+ArrowDown');
  const edited = `${GUARD_STEPS[0]} (two copies)`;
  await expect.poll(() => stepsOf(page, GUARD)).toEqual([GUARD_STEPS[1], edited, GUARD_STEPS[2], GUARD_STEPS[3]]);
  await expect(steps.getByRole('textbox', { name: 'Step 2' })).toBeFocused();
  await expect(steps.getByRole('textbox', { name: 'Step 2' })).toHaveValue(edited);

  // One undo takes back both, and there is nothing more to undo; one redo brings both.
  const undo = page.getByRole('button', { name: 'Undo' });
  await undo.click();
  await expect.poll(() => stepsOf(page, GUARD)).toEqual(GUARD_STEPS);
  await expect(undo).toBeDisabled();
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect.poll(() => stepsOf(page, GUARD)).toEqual([GUARD_STEPS[1], edited, GUARD_STEPS[2], GUARD_STEPS[3]]);
  await expect(page.getByRole('button', { name: 'Redo' })).toBeDisabled();
});

test('a long paste is cut at the schema length in steps, roles, series and measure; the map still saves', async ({ page, shell }) => {
  await newFromTemplate(page, shell.url);
  await selectGuard(page);
  const inspector = page.getByTestId('inspector');

  // A step: 2,000 characters kept of 2,500 pasted (a character of two UTF-16 units is never split).
  const step = inspector.getByTestId('sa-steps').getByRole('textbox', { name: 'Step 1' });
  await step.click();
  await page.keyboard.press('Control+a');
  await page.keyboard.insertText('𠮷'.repeat(1250));
  await expect(step).toHaveValue('𠮷'.repeat(1000));
  await expect(inspector.getByTestId('step-note')).toHaveText('2000 characters at most: anything longer is cut.');
  await page.keyboard.press('Tab');
  await expect.poll(async () => (await stepsOf(page, GUARD))?.[0]).toBe('𠮷'.repeat(1000));

  // A role: 200 of 300.
  const role = inspector.getByTestId('role-input');
  await role.click();
  await page.keyboard.insertText('r'.repeat(300));
  await expect(role).toHaveValue('r'.repeat(200));
  await expect(inspector.getByTestId('role-note')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await documentOf(page)).cards[GUARD]?.roles).toEqual(['Guard', 'r'.repeat(200)]);

  // The series' name: 200.
  const series = inspector.getByTestId('series-input');
  await series.click();
  await page.keyboard.press('Control+a');
  await page.keyboard.insertText('s'.repeat(250));
  await expect(series).toHaveValue('s'.repeat(200));
  await expect(inspector.getByTestId('series-note')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await documentOf(page)).cards[GUARD]?.series).toBe('s'.repeat(200));

  // The training plan 2,000, its frequency 200.
  await inspector.getByTestId('measure-training').locator('summary').click();
  const plan = inspector.getByTestId('measure-training-plan');
  await plan.click();
  await page.keyboard.press('Control+a');
  await page.keyboard.insertText('p'.repeat(2100));
  await expect(plan).toHaveValue('p'.repeat(2000));
  await expect(inspector.getByTestId('measure-training-plan-note')).toHaveText('2000 characters at most: anything longer is cut.');
  const frequency = inspector.getByTestId('measure-training-frequency');
  await frequency.click();
  await page.keyboard.press('Control+a');
  await page.keyboard.insertText('f'.repeat(201));
  await expect(frequency).toHaveValue('f'.repeat(200));
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await documentOf(page)).cards[GUARD]?.measure?.training).toMatchObject({ plan: 'p'.repeat(2000), frequency: 'f'.repeat(200) });
  const doc = await documentOf(page);

  // Everything written is in the schema: the map saves (parseDocument throws on any field out of it).
  expect(() => parseDocument(structuredClone(doc))).not.toThrow();
});

test('a full list of steps or roles takes no more, and says why', async ({ page, shell }) => {
  await newFromTemplate(page, shell.url);
  await selectGuard(page);
  // A copy of the guard's action with 199 steps and 49 roles, pasted below it.
  const steps = Array.from({ length: 199 }, (_, i) => `Step ${i + 1}`);
  const roles = Array.from({ length: 49 }, (_, i) => `Role ${i + 1}`);
  await pasteCards(page, [{ kind: 'service-actions', text: 'A very thorough action', steps, roles }]);
  await expect.poll(async () => Object.values((await documentOf(page)).cards).find((c) => c.text === 'A very thorough action')?.id).toBeTruthy();
  const id = Object.values((await documentOf(page)).cards).find((c) => c.text === 'A very thorough action')!.id;
  await cardById(page, id).click();
  const inspector = page.getByTestId('inspector');
  const add = inspector.getByRole('button', { name: '+ Add step' });

  // The 200th step is the last: Enter writes it and opens no 201st.
  await expect(add).toBeEnabled();
  await add.click();
  await page.keyboard.insertText('Step 200');
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await stepsOf(page, id))?.length).toBe(200);
  await expect(inspector.getByTestId('sa-steps').getByRole('textbox', { name: 'New step 201' })).toHaveCount(0);
  await expect(add).toBeDisabled();
  await expect(inspector.getByTestId('steps-full')).toHaveText('At most 200 steps: delete one to add another.');
  // Enter at the end of the last step opens nothing either.
  await inspector.getByTestId('sa-steps').getByRole('textbox', { name: 'Step 200' }).press('Enter');
  await expect(inspector.getByTestId('sa-steps').getByRole('textbox', { name: /New step/ })).toHaveCount(0);
  expect((await stepsOf(page, id))?.length).toBe(200);

  // The 50th role is the last: the field then takes no more.
  const role = inspector.getByTestId('role-input');
  await role.click();
  await page.keyboard.insertText('Porter');
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await documentOf(page)).cards[id]?.roles?.length).toBe(50);
  await expect(inspector.getByTestId('roles-full')).toHaveText('At most 50 roles: remove one to add another.');
  await expect(role).toHaveAttribute('readonly', '');
  await page.keyboard.insertText('Driver');
  await page.keyboard.press('Enter');
  await expect(role).toHaveValue('');
  expect((await documentOf(page)).cards[id]?.roles?.length).toBe(50);
  // Removing one makes room again.
  await inspector.getByRole('button', { name: 'Remove role Porter' }).click();
  await expect(inspector.getByTestId('roles-full')).toHaveCount(0);
  await expect(role).not.toHaveAttribute('readonly', '');
});

test('the opportunity a service action delivers: a scene without a title is listed as untitled, not as a blank group', async ({ page, shell }) => {
  await newFromTemplate(page, shell.url);
  // The first scene's title emptied from its header's menu.
  await page.locator('[data-testid="scene-header"][data-scene-id="scene-aware-video"]').click({ button: 'right', position: { x: 20, y: 40 } });
  await page.getByTestId('context-menu').getByRole('menuitem', { name: 'Rename' }).click();
  await expect(page.getByRole('textbox', { name: 'Scene name' })).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Delete');
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await documentOf(page)).scenes['scene-aware-video']?.title).toBe('');
  const doc = await documentOf(page);
  expect(Object.values(doc.cards).some((c) => c.sceneId === 'scene-aware-video' && doc.lanes[c.laneId]?.kind === 'opportunities')).toBe(true);

  await selectGuard(page);
  const select = page.getByTestId('inspector').getByTestId('delivers-select');
  const labels = await select.locator('optgroup').evaluateAll((groups) => groups.map((g) => g.getAttribute('label')));
  expect(labels[0]).toBe('Untitled scene');
  expect(labels).not.toContain('');
});
