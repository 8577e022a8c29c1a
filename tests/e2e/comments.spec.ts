// Issue 17, review comments: as a reviewer, comment on a card from its context menu (the name is
// asked once), see the badge, reply, resolve, comment on a scene and on the map from the comments
// panel, save, reopen, and find every comment there; undo takes a comment back. Exports hold them
// only when asked for.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { readProject, serializeProject } from '../../electron/services/projectFile.ts';
import { createDocument } from '../../shared/templates.ts';
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

test('exports leave the review comments out unless asked for; an HTML file with them lists them', async ({ page, shell, browser }) => {
  test.setTimeout(90_000);
  const doc = createDocument('car-dealer', 'en');
  doc.comments['comment-1'] = { id: 'comment-1', target: 'card', targetId: 'card-aware-video-needs-1', author: 'Wang Min', text: 'Which budget range do we mean here?', createdAt: '2026-12-01T09:00:00.000Z', resolved: false };
  fs.writeFileSync(path.join(shell.root, 'reviewed.cjm'), serializeProject(doc, { appVersion: 'test' }));
  await page.setViewportSize({ width: 1366, height: 768 });
  await openFromFolder(page, shell.url, 'reviewed.cjm');

  const exportHtml = async (name: string, withComments: boolean) => {
    await page.keyboard.press('Control+e');
    const dialog = page.getByTestId('export-dialog');
    await dialog.getByLabel('Interactive HTML').check();
    const include = dialog.getByLabel('Include review comments (1 thread, 1 open)');
    await expect(include).not.toBeChecked();
    if (withComments) {
      await include.check();
      await page.screenshot({ path: test.info().outputPath('export-with-comments.png') });
    }
    await page.getByTestId('export-run').click();
    await page.getByTestId('file-name-input').fill(name);
    await page.getByTestId('file-dialog').getByRole('button', { name: 'Save', exact: true }).click();
    await expect(dialog).toHaveCount(0, { timeout: 60_000 });
    const html = fs.readFileSync(path.join(shell.root, `${name}.html`), 'utf8');
    const data = JSON.parse(/<script type="application\/json" id="cjm-viewer-data">([^<]*)<\/script>/.exec(html)?.[1] ?? 'null');
    return { file: path.join(shell.root, `${name}.html`), comments: Object.keys(data.doc.comments) };
  };

  expect((await exportHtml('plain', false)).comments).toEqual([]);
  const reviewed = await exportHtml('with-comments', true);
  expect(reviewed.comments).toEqual(['comment-1']);

  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  await context.setOffline(true);
  const client = await context.newPage();
  await client.goto(pathToFileURL(reviewed.file).href);
  // The commented card wears the badge with its count of open threads.
  await expect(client.getByTestId('viewer-badges').locator('.viewer-badge--card')).toHaveText(['1']);
  await client.getByTestId('viewer-comments-toggle').click();
  await expect(client.getByTestId('viewer-comments')).toContainText('Which budget range do we mean here?');
  await expect(client.getByTestId('viewer-comments')).toContainText('Wang Min');
  // Where it is pinned is a link to that card: its details open, the card ringed and in view.
  await client.getByTestId('viewer-comments').getByRole('button', { name: /^Card: / }).click();
  await expect(client.getByTestId('viewer-card-text')).toContainText('Find a family car');
  await expect(client.locator('.viewer-map g.card.is-current')).toBeInViewport();
  await client.screenshot({ path: test.info().outputPath('html-comments.png') });
  await context.close();
});
