// Issue 17, review comments: as a reviewer, comment on a card from its context menu (the name is
// asked once), see the badge, reply, resolve, comment on a scene and on the map from the comments
// panel, save, reopen, and find every comment there; undo takes a comment back.
import path from 'node:path';
import { readProject } from '../../electron/services/projectFile.ts';
import { cardById, documentOf, openFromFolder, sceneHeader, templateAtWorkshopSize } from './helpers.ts';
import { expect, test } from './webShell.ts';

test('comment on a card, reply, resolve; on a scene and the map; saved and reopened; undo', async ({ page, shell }) => {
  await templateAtWorkshopSize(page, shell.url, 'en');
  const card = cardById(page, 'card-aware-video-needs-1');
  await expect(card).toBeVisible();

  // A card's context menu: Comment… opens the box in its inspector.
  await card.click({ button: 'right' });
  await page.getByRole('menuitem', { name: 'Comment…' }).click();
  const inspector = page.getByTestId('card-comments');
  await expect(inspector.getByTestId('comment-text')).toBeFocused();
  await page.keyboard.type('Which budget range do we mean here?');
  await page.keyboard.press('Control+Enter');
  // The name is asked once.
  const ask = page.getByTestId('text-dialog');
  await ask.getByRole('textbox').fill('Wang Min');
  await ask.getByRole('textbox').press('Enter');
  const thread = inspector.getByTestId('thread');
  await expect(thread).toHaveCount(1);
  await expect(thread.getByTestId('comment')).toContainText(['Wang Min']);
  await expect(page.locator('.react-flow__node[data-id="card-aware-video-needs-1"] [data-testid="comment-badge"]')).toHaveText('1');

  // A reply, then resolved: the badge goes.
  await thread.getByTestId('thread-reply').click();
  await thread.getByTestId('comment-text').fill('Under 200k, family of four.');
  await thread.getByTestId('comment-send').click();
  await expect(thread.getByTestId('comment')).toHaveCount(2);
  await thread.getByTestId('thread-resolve').click();
  await expect(thread).toHaveAttribute('data-resolved', 'true');
  await expect(page.locator('.react-flow__node[data-id="card-aware-video-needs-1"] [data-testid="comment-badge"]')).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('comments-card.png') });

  // A scene: its menu opens the comments panel aimed at it; no name asked again.
  await page.keyboard.press('Escape');
  await sceneHeader(page, 'scene-choose-visit').click({ button: 'right' });
  await page.getByRole('menuitem', { name: 'Comment…' }).click();
  const panel = page.getByTestId('comments-panel');
  await expect(panel.getByTestId('comment-target')).toContainText('Scene: First showroom visit');
  await panel.getByTestId('comment-text').fill('Who greets at the door on weekends?');
  await panel.getByTestId('comment-send').click();
  await expect(ask).toHaveCount(0);
  await expect(sceneHeader(page, 'scene-choose-visit').getByTestId('comment-badge')).toHaveText('1');
  // An emotion point: its menu too; the count sits beside the point on the curve.
  const point = (await page.evaluate(() => window.cjmEmotionPoints?.() ?? [])).find((p) => p.id === 'emotion-aware-friends')!;
  await page.mouse.click(point.x, point.y, { button: 'right' });
  await page.getByRole('menuitem', { name: 'Comment…' }).click();
  await expect(panel.getByTestId('comment-target')).toContainText('Emotion point in Friends & auto show');
  await panel.getByTestId('comment-text').fill('Is this neutral, or already curious?');
  await panel.getByTestId('comment-send').click();
  await expect(page.locator('[data-testid="point-comment-badge"][data-point-id="emotion-aware-friends"]')).toHaveText('1');
  await panel.getByTestId('thread').filter({ hasText: 'already curious' }).getByTestId('comment-delete').click();
  await expect(page.locator('[data-testid="point-comment-badge"]')).toHaveCount(0);
  // And the map itself.
  await expect(panel.getByTestId('comment-target')).toContainText('the map');
  await panel.getByTestId('comment-text').fill('Add the after-sales team to the next workshop.');
  await panel.getByTestId('comment-send').click();
  await expect(panel.getByTestId('thread')).toHaveCount(2);
  await panel.getByTestId('comments-filter-all').click();
  await expect(panel.getByTestId('thread')).toHaveCount(3);
  await page.screenshot({ path: test.info().outputPath('comments-panel.png') });

  // One undo takes the last comment back.
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } }).catch(() => undefined);
  await page.keyboard.press('Control+z');
  await expect(panel.getByTestId('thread')).toHaveCount(2);
  await page.keyboard.press('Control+Shift+z');
  await expect(panel.getByTestId('thread')).toHaveCount(3);

  await page.keyboard.press('Control+s');
  await page.getByTestId('file-name-input').fill('reviewed');
  await page.getByTestId('file-dialog').getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByTestId('file-name')).toHaveText('reviewed.cjm');
  const saved = readProject(path.join(shell.root, 'reviewed.cjm')).doc;
  expect(Object.values(saved.comments)).toHaveLength(4);
  expect(Object.values(saved.comments).filter((c) => c.author === 'Wang Min')).toHaveLength(4);

  await openFromFolder(page, shell.url, 'reviewed.cjm');
  const doc = await documentOf(page);
  expect(Object.keys(doc.comments).sort()).toEqual(Object.keys(saved.comments).sort());
  await page.getByTestId('tab-comments').click();
  await expect(page.getByTestId('comments-panel').getByTestId('thread')).toHaveCount(2);
  await expect(sceneHeader(page, 'scene-choose-visit').getByTestId('comment-badge')).toHaveText('1');
});
