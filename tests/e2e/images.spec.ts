// Images on cards, as a person adds them: a PNG dropped from the desktop on a cell of the images
// lane becomes a storyboard card, survives a save and a reopen, another is attached with the
// inspector's file chooser, a text file named .png is refused with a message, and undo / redo
// take an image away and bring it back.
import type { Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { writeProject } from '../../electron/services/projectFile.ts';
import { createDocument } from '../../shared/templates.ts';
import { jpeg, png } from '../unit/imageBytes.ts';
import { cardById, cellPoint, center, cjm, drag, documentOf, newBlank, newFromTemplate, wheelIntoView, laneHeader } from './helpers.ts';
import { exportAs, pdfImages } from './exportDialog.ts';
import { expect, test } from './webShell.ts';

/** Drops files, as the OS does, at a point of the window: dragenter, dragover, then drop, with a real DataTransfer. */
async function dropFiles(page: Page, point: { x: number; y: number }, files: { name: string; type: string; bytes: Buffer }[]) {
  const list = files.map((f) => ({ name: f.name, type: f.type, base64: f.bytes.toString('base64') }));
  const dataTransfer = await page.evaluateHandle((items) => {
    const transfer = new DataTransfer();
    for (const item of items) {
      const bytes = Uint8Array.from(atob(item.base64), (c) => c.charCodeAt(0));
      transfer.items.add(new File([bytes], item.name, { type: item.type }));
    }
    return transfer;
  }, list);
  const target = await page.evaluateHandle(({ x, y }) => document.elementFromPoint(x, y) as Element, point);
  for (const type of ['dragenter', 'dragover', 'drop']) {
    await target.asElement()!.dispatchEvent(type, { dataTransfer, clientX: point.x, clientY: point.y, bubbles: true, cancelable: true });
  }
}

/** The card's parts, top to bottom, as drawn: the storyboard frame, the text, the meta rows, the thumbnails, inside the card. */
async function stackOf(page: Page, cardId: string) {
  return cardById(page, cardId).evaluate((card) => {
    const rect = (el: Element | null) => (el ? el.getBoundingClientRect() : null);
    const last = (selector: string) => [...card.querySelectorAll(selector)].at(-1) ?? null;
    const parts = ['.card-picture', '.card__text', '.card__meta', '.card-thumbs'].map((selector) => rect(last(selector)));
    const [picture, text, meta, thumbs] = parts.map((r) => (r ? { top: Math.round(r.top), bottom: Math.round(r.bottom) } : null));
    const box = card.getBoundingClientRect();
    return { picture, text, meta, thumbs, card: { top: Math.round(box.top), bottom: Math.round(box.bottom) } };
  });
}

/** Opens a map of the shell's folder on a fresh page and waits until its view has settled (a saved view is restored after the map shows). */
async function openAfresh(page: Page, url: string, fileName: string) {
  await page.goto(url);
  await page.getByRole('button', { name: /Open…/ }).click();
  await page.getByTestId('file-list').getByRole('button', { name: fileName }).click();
  await expect(page.getByTestId('lane-header').first()).toBeVisible();
  const viewport = page.locator('.react-flow__viewport');
  let last: string | null = null;
  await expect
    .poll(async () => {
      const now = await viewport.getAttribute('style');
      const same = now === last;
      last = now;
      return same;
    }, { intervals: [250] })
    .toBe(true);
}

/** Names the file in the shell's save dialog (already open) and waits for the window to show it. */
async function saveNamed(page: Page, name: string) {
  await page.getByTestId('file-name-input').fill(name);
  await page.getByTestId('file-dialog').getByRole('button', { name: /^Save$/ }).click();
  await expect(page).toHaveTitle(new RegExp(`^${name.replace('.', '\\.')}`));
}

/** A blank map whose only card is a need holding one small PNG, dropped on the first scene's cell. */
async function blankWithOnePhoto(page: Page, url: string) {
  await newBlank(page, url);
  const needs = Object.values((await documentOf(page)).lanes).find((l) => l.kind === 'needs')!;
  const sceneId = await firstScene(page);
  await dropFiles(page, await cellPoint(page, needs.id, sceneId, 0.5), [{ name: 'a.png', type: 'image/png', bytes: png(30, 20) }]);
  await expect.poll(async () => Object.values((await documentOf(page)).cards).length).toBe(1);
  return { card: Object.values((await documentOf(page)).cards)[0]!, sceneId };
}

async function addImagesLane(page: Page): Promise<string> {
  await wheelIntoView(page, page.getByRole('button', { name: '+ Lane' }));
  await page.getByRole('button', { name: '+ Lane' }).click();
  await page.getByRole('menuitem', { name: 'Images' }).click();
  await page.keyboard.press('Enter');
  const doc = await documentOf(page);
  const lane = Object.values(doc.lanes).find((l) => l.kind === 'images');
  if (!lane) throw new Error('no images lane');
  await wheelIntoView(page, laneHeader(page, lane.id));
  return lane.id;
}

const firstScene = async (page: Page) => {
  const doc = await documentOf(page);
  return Object.values(doc.scenes).sort((a, b) => (a.order < b.order ? -1 : 1))[0]!.id;
};

test('a PNG dropped on the images lane is a storyboard card; it is saved, reopened, joined by a chosen one; a fake PNG is refused; undo and redo', async ({ page, shell }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await newBlank(page, shell.url);
  const laneId = await addImagesLane(page);
  const sceneId = await firstScene(page);

  // Larger than a preview (640 px): a worker makes one, off the window's thread.
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await dropFiles(page, await cellPoint(page, laneId, sceneId, 0.5), [{ name: 'site.png', type: 'image/png', bytes: png(800, 600) }]);
  await expect.poll(async () => Object.values((await documentOf(page)).cards).filter((c) => c.laneId === laneId).length).toBe(1);
  const doc = await documentOf(page);
  const card = Object.values(doc.cards).find((c) => c.laneId === laneId)!;
  expect(card.images).toHaveLength(1);
  const frame = cardById(page, card.id).locator('.card-picture');
  await expect(frame).toHaveAttribute('data-status', 'ready');
  await expect(frame.locator('img')).toHaveAttribute('src', /^blob:/);
  // The canvas draws the preview, not the original.
  const natural = await frame.locator('img').evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight]);
  expect(natural).toEqual([640, 480]);
  await expect(frame.locator('img')).toHaveAttribute('draggable', 'false');
  expect(workers.some((url) => /previewWorker/.test(url))).toBe(true);

  // Save into the shell's folder, then open the file again: the image came along.
  await page.keyboard.press('Control+s');
  await saveNamed(page, 'photos.cjm');
  expect(fs.existsSync(path.join(shell.root, 'photos.cjm'))).toBe(true);
  // Opened afresh (a new page: nothing cached), the only card is in the last lane, maybe out of view.
  await openAfresh(page, shell.url, 'photos.cjm');
  await expect.poll(async () => (await documentOf(page)).cards[card.id]?.images).toEqual(card.images);
  await wheelIntoView(page, laneHeader(page, laneId));
  await expect(cardById(page, card.id).locator('.card-picture')).toHaveAttribute('data-status', 'ready');

  // As on another day: this computer's image pool is empty, the first image is only in the file.
  fs.rmSync(path.join(shell.userData, 'images'), { recursive: true, force: true });
  // Exported as a PDF from the reopened map: the photo is on the page at its own 800×600 pixels.
  await exportAs(page, 'PDF', 'photos.pdf', 1);
  expect(pdfImages(path.join(shell.root, 'photos.pdf'))).toContainEqual({ width: 800, height: 600 });

  // Attach a second one with the inspector's file chooser: it is a thumbnail at the card's foot.
  await cardById(page, card.id).click();
  const inspector = page.getByTestId('inspector');
  await expect(inspector.getByTestId('inspector-image')).toHaveCount(1);
  await inspector.getByTestId('inspector-tags').fill('entrance, first look');
  await inspector.getByTestId('inspector-tags').press('Enter');
  await expect(cardById(page, card.id).locator('.card__meta')).toHaveCount(1);
  await inspector.getByTestId('inspector-image-input').setInputFiles({ name: 'detail.png', mimeType: 'image/png', buffer: png(120, 90) });
  await expect(inspector.getByTestId('inspector-image')).toHaveCount(2);
  await expect(cardById(page, card.id).getByTestId('card-thumbs').locator('[data-status="ready"]')).toHaveCount(1);
  expect((await documentOf(page)).cards[card.id]?.images).toHaveLength(2);
  // Drawn where the layout put them: the caption under the frame, the thumbnails at the foot, all inside the card.
  const stack = await stackOf(page, card.id);
  expect(stack.text!.top).toBeGreaterThanOrEqual(stack.picture!.bottom);
  expect(stack.meta!.top).toBeGreaterThanOrEqual(stack.text!.bottom - 1);
  expect(stack.thumbs!.top).toBeGreaterThanOrEqual(stack.meta!.bottom);
  expect(stack.thumbs!.bottom).toBeLessThanOrEqual(stack.card.bottom);

  // A text file named .png: refused, with a message that says why; the card is unchanged.
  await inspector.getByTestId('inspector-image-input').setInputFiles({ name: 'notes.png', mimeType: 'image/png', buffer: Buffer.from('these are my notes, not a picture\n') });
  await expect(page.getByTestId('notice')).toContainText('“notes.png” was not added: it is not a PNG, JPEG, WebP or GIF image.');
  expect((await documentOf(page)).cards[card.id]?.images).toHaveLength(2);

  // Undo takes the attached image away, redo brings it back.
  await cardById(page, card.id).click();
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await documentOf(page)).cards[card.id]?.images?.length).toBe(1);
  await expect(cardById(page, card.id).getByTestId('card-thumbs')).toHaveCount(0);
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(async () => (await documentOf(page)).cards[card.id]?.images?.length).toBe(2);
  await expect(cardById(page, card.id).getByTestId('card-thumbs').locator('[data-status="ready"]')).toHaveCount(1);

  // Save As another file: the first image comes along from the first file (from), and reads back from the copy.
  await page.getByRole('button', { name: 'Save As…' }).click();
  await saveNamed(page, 'copy.cjm');
  await openAfresh(page, shell.url, 'copy.cjm');
  await expect.poll(async () => (await documentOf(page)).cards[card.id]?.images?.length).toBe(2);
  await wheelIntoView(page, laneHeader(page, laneId));
  await expect(cardById(page, card.id).locator('[data-status="ready"]')).toHaveCount(2);
});

test('files dropped on a card of another lane are attached to it; on a free cell they make one new card; a non-image and a damaged PNG are refused; a pasted screenshot is attached', async ({ page, shell }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await newBlank(page, shell.url);
  const doc = await documentOf(page);
  const needs = Object.values(doc.lanes).find((l) => l.kind === 'needs')!;
  const sceneId = await firstScene(page);
  await dropFiles(page, await cellPoint(page, needs.id, sceneId, 0.5), [
    { name: 'a.png', type: 'image/png', bytes: png(30, 20) },
    { name: 'b.png', type: 'image/png', bytes: png(20, 30) },
  ]);
  await expect.poll(async () => Object.values((await documentOf(page)).cards).filter((c) => c.laneId === needs.id && c.sceneId === sceneId).length).toBe(1);
  const made = Object.values((await documentOf(page)).cards).find((c) => c.laneId === needs.id && c.sceneId === sceneId)!;
  expect(made.images).toHaveLength(2);
  // Not a storyboard lane: both are thumbnails.
  await expect(cardById(page, made.id).locator('.card-picture')).toHaveCount(0);
  await expect(cardById(page, made.id).getByTestId('card-thumbs').locator('[data-status="ready"]')).toHaveCount(2);

  // Onto that card: attached to it.
  await dropFiles(page, await (async () => {
    const box = (await cardById(page, made.id).boundingBox())!;
    return { x: box.x + box.width / 2, y: box.y + 10 };
  })(), [{ name: 'c.png', type: 'image/png', bytes: png(40, 40) }]);
  await expect.poll(async () => (await documentOf(page)).cards[made.id]?.images?.length).toBe(3);

  await dropFiles(page, await cellPoint(page, needs.id, sceneId, 0.9), [{ name: 'readme.txt', type: 'text/plain', bytes: Buffer.from('hello') }]);
  await expect(page.getByTestId('notice')).toContainText('“readme.txt” was not added: it is not a PNG, JPEG, WebP or GIF image.');

  // A PNG whose header reads but whose pixels do not decode: refused with its reason, nothing hangs.
  const damaged = png(800, 600);
  damaged.fill(0x5a, 41, damaged.length - 12);
  await dropFiles(page, await cellPoint(page, needs.id, sceneId, 0.9), [{ name: 'damaged.png', type: 'image/png', bytes: damaged }]);
  await expect(page.getByTestId('notice')).toContainText('“damaged.png” was not added: it could not be decoded, so the file is probably damaged.');
  expect((await documentOf(page)).cards[made.id]?.images).toHaveLength(3);

  // A bomb: a small file whose header claims 400 megapixels is refused before anything decodes it.
  await dropFiles(page, await cellPoint(page, needs.id, sceneId, 0.9), [{ name: 'bomb.png', type: 'image/png', bytes: png(8, 8, { width: 20000, height: 20000 }) }]);
  await expect(page.getByTestId('notice')).toContainText('“bomb.png” was not added: it is 20000 × 20000 pixels (400 megapixels), and an image may have at most 100 megapixels.');

  // A click on a thumbnail selects its card, and a screenshot pasted then is attached to it.
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('inspector')).toHaveCount(0);
  await cardById(page, made.id).locator('.card-thumb').first().click();
  await expect(page.getByTestId('inspector').getByTestId('inspector-image')).toHaveCount(3);
  await page.evaluate((base64) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], 'image.png', { type: 'image/png' }));
    document.activeElement?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, png(64, 48).toString('base64'));
  await expect.poll(async () => (await documentOf(page)).cards[made.id]?.images?.length).toBe(4);
});

test('a persona gets a photo, shown round in the title block; removing it is one undo step; refusals read in Chinese', async ({ page, shell }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await newFromTemplate(page, shell.url);
  await page.locator('[data-command="personas"]').click();
  const dialog = page.getByTestId('personas-dialog');
  await dialog.getByTestId('persona-photo-input').setInputFiles({ name: 'li.jpg', mimeType: 'image/jpeg', buffer: jpeg(64, 64) });
  await expect(dialog.locator('.persona-photo--image')).toHaveAttribute('data-status', 'ready');
  const persona = Object.values((await documentOf(page)).personas)[0]!;
  expect(persona.photo).toMatch(/^[0-9a-f]{64}$/);
  await dialog.getByRole('button', { name: 'Remove photo' }).click();
  expect((await documentOf(page)).personas[persona.id]?.photo).toBeUndefined();
  await dialog.getByRole('button', { name: 'Done' }).click();
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await documentOf(page)).personas[persona.id]?.photo).toBe(persona.photo);
  const corner = page.getByTestId('corner-personas').locator('.corner__photo');
  await expect(corner).toHaveAttribute('data-status', 'ready');
  expect(await corner.evaluate((el) => getComputedStyle(el).borderRadius)).toBe('50%');

  await page.getByTestId('language').selectOption('zh-CN');
  await page.locator('[data-command="personas"]').click();
  await page.getByTestId('persona-photo-input').setInputFiles({ name: '笔记.png', mimeType: 'image/png', buffer: Buffer.from('不是图片') });
  await expect(page.getByTestId('persona-photo-refusal')).toHaveText('“笔记.png”未添加：它不是 PNG、JPEG、WebP 或 GIF 图片。');
});

test('where no worker can start, the preview is made in the window all the same', async ({ page, shell }) => {
  await page.route(/previewWorker/, (route) => route.fulfill({ status: 404, body: '' }));
  await newBlank(page, shell.url);
  const laneId = await addImagesLane(page);
  const sceneId = await firstScene(page);
  await dropFiles(page, await cellPoint(page, laneId, sceneId, 0.5), [{ name: 'site.png', type: 'image/png', bytes: png(900, 600) }]);
  await expect.poll(async () => Object.values((await documentOf(page)).cards).filter((c) => c.laneId === laneId).length).toBe(1);
  const card = Object.values((await documentOf(page)).cards).find((c) => c.laneId === laneId)!;
  const img = cardById(page, card.id).locator('.card-picture img');
  await expect(img).toHaveAttribute('src', /^blob:/);
  expect(await img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBe(640);

  // The card is dragged by its picture like any card.
  const otherScene = Object.values((await documentOf(page)).scenes).find((scene) => scene.id !== sceneId)!;
  await drag(page, await center(img), await cellPoint(page, laneId, otherScene.id, 0.5));
  await expect.poll(async () => (await documentOf(page)).cards[card.id]?.sceneId).toBe(otherScene.id);
});

test('a decode that never ends is given up after 15 s with a message; the map stays usable meanwhile', async ({ page, shell }) => {
  // A worker that takes the job and never answers, as a decoder stuck on a hostile file would.
  await page.route(/previewWorker/, (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: 'self.addEventListener("message", () => {});' }));
  await newBlank(page, shell.url);
  const doc = await documentOf(page);
  const needs = Object.values(doc.lanes).find((l) => l.kind === 'needs')!;
  const sceneId = await firstScene(page);
  const before = Object.keys(doc.cards).length;
  await dropFiles(page, await cellPoint(page, needs.id, sceneId, 0.5), [{ name: 'stuck.png', type: 'image/png', bytes: png(900, 600) }]);
  // Meanwhile: a card can be written.
  await page.mouse.dblclick((await cellPoint(page, needs.id, sceneId, 0.5)).x, (await cellPoint(page, needs.id, sceneId, 0.5)).y);
  await page.keyboard.type('still working');
  await page.keyboard.press('Control+Enter');
  await expect.poll(async () => Object.values((await documentOf(page)).cards).some((c) => c.text === 'still working')).toBe(true);
  await expect(page.getByTestId('notice')).toContainText('“stuck.png” was not added: decoding it took longer than 15 seconds.', { timeout: 20_000 });
  expect(Object.keys((await documentOf(page)).cards).length).toBe(before + 1);
});

test('an image removed after a save stays in the file while undo can bring it back', async ({ page, shell }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const { card } = await blankWithOnePhoto(page, shell.url);
  await page.keyboard.press('Control+s');
  await saveNamed(page, 'keep.cjm');
  const file = path.join(shell.root, 'keep.cjm');
  const stored = () => (JSON.parse(cjm('info', file).stdout) as { images: { count: number } }).images.count;
  expect(stored()).toBe(1);

  await page.getByTestId('inspector').getByRole('button', { name: 'Remove image 1' }).click();
  expect((await documentOf(page)).cards[card.id]?.images).toBeUndefined();
  await page.keyboard.press('Control+s');
  await expect(page).toHaveTitle(/^keep\.cjm/);
  // Kept: the undo history still names it.
  expect(stored()).toBe(1);
  await page.keyboard.press('Control+z');
  await expect(cardById(page, card.id).getByTestId('card-thumbs').locator('[data-status="ready"]')).toHaveCount(1);
});

test('an image the file does not hold shows a placeholder that says so, not a broken picture', async ({ page, shell }) => {
  const doc = createDocument('car-dealer', 'en');
  const card = Object.values(doc.cards).find((c) => doc.lanes[c.laneId]?.kind === 'needs')!;
  doc.cards[card.id] = { ...card, images: ['f'.repeat(64)] };
  writeProject(path.join(shell.root, 'missing.cjm'), doc, { appVersion: 'test' });
  await page.setViewportSize({ width: 1366, height: 768 });
  await openAfresh(page, shell.url, 'missing.cjm');
  await wheelIntoView(page, cardById(page, card.id));
  const thumb = cardById(page, card.id).locator('.card-thumb');
  await expect(thumb).toHaveAttribute('data-status', 'failed');
  await expect(thumb).toHaveAttribute('title', 'This image cannot be shown: it is missing or damaged.');
  await expect(thumb.locator('svg')).toHaveCount(1);
  await expect(thumb.locator('img')).toHaveCount(0);
});

test("the context menu's Paste puts a copied image on the card", async ({ page, context, shell }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: shell.origin });
  await page.setViewportSize({ width: 1366, height: 768 });
  const { card } = await blankWithOnePhoto(page, shell.url);
  await page.evaluate(async (base64) => {
    const blob = new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type: 'image/png' });
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': blob })]);
  }, png(50, 40).toString('base64'));
  await cardById(page, card.id).click({ button: 'right' });
  await page.getByRole('menuitem', { name: /Paste/ }).click();
  await expect.poll(async () => (await documentOf(page)).cards[card.id]?.images?.length).toBe(2);
});

test('cards copied from one map and pasted into another keep their images, which the second file then holds', async ({ context, page, shell }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.setViewportSize({ width: 1366, height: 768 });
  const { card, sceneId } = await blankWithOnePhoto(page, shell.url);
  await page.keyboard.press('Control+s');
  await saveNamed(page, 'first.cjm');
  // The image is now only in first.cjm.
  fs.rmSync(path.join(shell.userData, 'images'), { recursive: true, force: true });
  await cardById(page, card.id).click();
  await page.keyboard.press('Control+c');

  const other = await context.newPage();
  await other.setViewportSize({ width: 1366, height: 768 });
  await newBlank(other, shell.url);
  const lane = Object.values((await documentOf(other)).lanes).find((l) => l.kind === 'needs')!;
  const point = await cellPoint(other, lane.id, sceneId, 0.5);
  await other.mouse.click(point.x, point.y);
  await other.keyboard.press('Control+v');
  await expect.poll(async () => Object.values((await documentOf(other)).cards).map((c) => c.images)).toEqual([card.images]);
  const pasted = Object.values((await documentOf(other)).cards)[0]!;
  await expect(cardById(other, pasted.id).locator('.card-thumb')).toHaveAttribute('data-status', 'ready');
  await other.keyboard.press('Control+s');
  await saveNamed(other, 'second.cjm');
  expect((JSON.parse(cjm('info', path.join(shell.root, 'second.cjm')).stdout) as { images: { count: number } }).images.count).toBe(1);
});
