// Undo takes away cards that were selected: the selection drops them and the right panel
// follows, back on the card that was selected before.
import { cardById, documentOf, newFromTemplate } from './helpers.ts';
import { expect, test } from './webShell.ts';

const ORIGINAL = 'card-aware-video-needs-1';

test('Ctrl+D then Ctrl+Z, and paste then undo, keep the right panel on the original card', async ({ context, page, shell }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await newFromTemplate(page, shell.url);
  const text = (await documentOf(page)).cards[ORIGINAL]!.text;
  const inspector = page.getByTestId('inspector');
  const cardCount = async () => Object.keys((await documentOf(page)).cards).length;
  const before = await cardCount();

  await cardById(page, ORIGINAL).click();
  await expect(inspector.getByTestId('inspector-text')).toHaveValue(text);
  await page.keyboard.press('Control+d');
  await expect.poll(cardCount).toBe(before + 1);
  await page.keyboard.press('Control+z');
  await expect.poll(cardCount).toBe(before);
  await expect(inspector).toBeVisible();
  await expect(inspector.getByTestId('inspector-text')).toHaveValue(text);
  await expect(cardById(page, ORIGINAL)).toHaveClass(/is-selected/);

  await page.keyboard.press('Control+c');
  await page.keyboard.press('Control+v');
  await expect.poll(cardCount).toBe(before + 1);
  await page.keyboard.press('Control+z');
  await expect.poll(cardCount).toBe(before);
  await expect(inspector).toBeVisible();
  await expect(inspector.getByTestId('inspector-text')).toHaveValue(text);

  // Redo brings the copy back and the panel stays.
  await page.keyboard.press('Control+y');
  await expect.poll(cardCount).toBe(before + 1);
  await expect(inspector).toBeVisible();
});
