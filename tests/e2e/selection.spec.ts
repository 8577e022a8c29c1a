// Multi-select (shift-click, box select), act on many at once, and the keyboard.
import { cardById, cellPoint, center, documentOf, drag, newFromTemplate } from './helpers.ts';
import { expect, test } from './webShell.ts';

test('shift-click several cards, colour them, delete them, undo', async ({ page, shell }) => {
  await newFromTemplate(page, shell.url);
  await cardById(page, 'card-aware-video-needs-1').click();
  await cardById(page, 'card-aware-friends-needs-1').click({ modifiers: ['Shift'] });
  const inspector = page.getByTestId('inspector');
  await expect(inspector.getByRole('heading')).toHaveText('2 cards');
  await inspector.getByRole('radio', { name: 'Red' }).click();
  let doc = await documentOf(page);
  expect(doc.cards['card-aware-video-needs-1']?.colour).toBe('red');
  expect(doc.cards['card-aware-friends-needs-1']?.colour).toBe('red');
  await page.keyboard.press('Delete');
  doc = await documentOf(page);
  expect(doc.cards['card-aware-video-needs-1']).toBeUndefined();
  expect(doc.cards['card-aware-friends-needs-1']).toBeUndefined();
  await page.keyboard.press('Control+z');
  doc = await documentOf(page);
  expect(doc.cards['card-aware-friends-needs-1']?.colour).toBe('red');
});

test('box select cards by dragging on empty canvas', async ({ page, shell }) => {
  await newFromTemplate(page, shell.url);
  // From the empty bottom of one cell up and left across four cards.
  const from = await cellPoint(page, 'lane-actions', 'scene-aware-friends', 0.95);
  const to = await cellPoint(page, 'lane-needs', 'scene-aware-video', 0.02);
  await drag(page, { x: from.x + 100, y: from.y }, { x: to.x - 100, y: to.y });
  await expect(page.getByTestId('inspector').getByRole('heading')).toHaveText('4 cards');
  await page.keyboard.press('Delete');
  const doc = await documentOf(page);
  for (const id of ['card-aware-video-needs-1', 'card-aware-friends-needs-1', 'card-aware-video-actions-1', 'card-aware-friends-actions-1']) {
    expect(doc.cards[id]).toBeUndefined();
  }
});

test('keyboard: arrows move the selection, Enter edits, Ctrl+D duplicates, Ctrl+A selects the lane', async ({ page, shell }) => {
  await newFromTemplate(page, shell.url);
  await cardById(page, 'card-aware-video-needs-1').click();
  await page.keyboard.press('ArrowRight');
  await expect(cardById(page, 'card-aware-friends-needs-1')).toHaveClass(/is-selected/);
  await page.keyboard.press('ArrowDown');
  await expect(cardById(page, 'card-aware-friends-actions-1')).toHaveClass(/is-selected/);
  await page.keyboard.press('Control+d');
  let doc = await documentOf(page);
  const copies = Object.values(doc.cards).filter((c) => c.text === doc.cards['card-aware-friends-actions-1']?.text);
  expect(copies).toHaveLength(2);
  await page.keyboard.press('Enter');
  await page.keyboard.insertText('Copy edited');
  await page.keyboard.press('Control+Enter');
  doc = await documentOf(page);
  expect(Object.values(doc.cards).some((c) => c.text === 'Copy edited' && c.sceneId === 'scene-aware-friends')).toBe(true);
  await page.keyboard.press('Control+a');
  const actions = Object.values(doc.cards).filter((c) => c.laneId === 'lane-actions').length;
  await expect(page.getByTestId('inspector').getByRole('heading')).toHaveText(`${actions} cards`);
});

test('the inspector edits touchpoint channel and role, pain point severity, and tags', async ({ page, shell }) => {
  await newFromTemplate(page, shell.url);
  await cardById(page, 'card-aware-video-touchpoints-1').click();
  const inspector = page.getByTestId('inspector');
  await inspector.getByTestId('inspector-channel').selectOption('WeChat');
  await inspector.getByTestId('inspector-role').fill('Sales consultant');
  await inspector.getByTestId('inspector-role').press('Enter');
  await inspector.getByTestId('inspector-tags').fill('vip, 首购');
  await inspector.getByTestId('inspector-tags').press('Enter');
  let doc = await documentOf(page);
  expect(doc.cards['card-aware-video-touchpoints-1']).toMatchObject({ channel: 'WeChat', role: 'Sales consultant', tags: ['vip', '首购'] });
  await expect(cardById(page, 'card-aware-video-touchpoints-1')).toContainText('WeChat · Sales consultant');

  await cardById(page, 'card-aware-friends-painpoints-1').click();
  await inspector.getByRole('radio', { name: 'Severe' }).click();
  doc = await documentOf(page);
  expect(doc.cards['card-aware-friends-painpoints-1']?.severity).toBe(3);
  await expect(inspector.getByTestId('inspector-channel')).toHaveCount(0);
  await drag(page, await center(cardById(page, 'card-aware-friends-painpoints-1')), await center(cardById(page, 'card-aware-friends-painpoints-1')));
});

test('drag several selected cards together into another cell, in their order, as one step', async ({ page, shell }) => {
  await newFromTemplate(page, shell.url);
  await cardById(page, 'card-aware-video-needs-1').click();
  await cardById(page, 'card-aware-friends-needs-1').click({ modifiers: ['Shift'] });
  await drag(page, await center(cardById(page, 'card-aware-friends-needs-1')), await cellPoint(page, 'lane-opportunities', 'scene-aware-friends', 0.9));
  const doc = await documentOf(page);
  const moved = Object.values(doc.cards)
    .filter((c) => c.laneId === 'lane-opportunities' && c.sceneId === 'scene-aware-friends')
    .sort((a, b) => (a.order < b.order ? -1 : 1))
    .map((c) => c.id);
  expect(moved).toEqual(['card-aware-video-needs-1', 'card-aware-friends-needs-1']);
  await page.keyboard.press('Control+z');
  const back = await documentOf(page);
  expect(back.cards['card-aware-video-needs-1']?.sceneId).toBe('scene-aware-video');
  expect(back.cards['card-aware-friends-needs-1']?.laneId).toBe('lane-needs');
});
