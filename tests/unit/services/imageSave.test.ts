// Images from the window to the file, on real files in temp folders: an added image waits in the
// image pool, a save writes what the map names (from the pool, or from the file the map came from
// on Save As), drops what nothing names any more (unless the undo history or a version still
// does), and keeps the file's thumbnail.
import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DocumentService } from '../../../electron/services/documents.ts';
import { readThumbnail } from '../../../electron/services/imageUpkeep.ts';
import type { JourneyDoc } from '../../../shared/model.ts';
import { createDocument } from '../../../shared/templates.ts';
import { gif, jpeg, png } from '../imageBytes.ts';
import { tempDir } from './tmp.ts';

const services: DocumentService[] = [];
const service = (userDataDir = tempDir()) => {
  const made = new DocumentService({ userDataDir, appVersion: 'test' });
  services.push(made);
  return made;
};
afterAll(() => services.forEach((s) => s.dispose()));

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

/** The car-dealer map with `images` on its first card (and a persona photo, if given). */
function mapWith(images: string[], photo?: string): JourneyDoc {
  const doc = createDocument('car-dealer', 'en');
  const first = Object.values(doc.cards)[0]!;
  const persona = Object.values(doc.personas)[0]!;
  return {
    ...doc,
    cards: { ...doc.cards, [first.id]: { ...first, images } },
    personas: photo ? { ...doc.personas, [persona.id]: { ...persona, photo } } : doc.personas,
  };
}

function storedIds(file: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare('SELECT id FROM images ORDER BY id').pluck().all() as string[]);
  } finally {
    db.close();
  }
}

const errorOf = async (run: () => unknown) => {
  try {
    await run();
  } catch (error) {
    return error as { code: string; message: string; params: Record<string, unknown> };
  }
  throw new Error('expected an error');
};

describe('images from the window to the file', () => {
  it('an added image waits in the pool, once per distinct bytes, checked by its content and its preview', async () => {
    const documents = service();
    const photo = jpeg(64, 48);
    const preview = png(16, 12);
    const added = documents.addImage(b64(photo), b64(preview));
    expect(added).toMatchObject({ mime: 'image/jpeg', width: 64, height: 48, size: photo.length, deduplicated: false });
    expect(documents.addImage(b64(photo), null).deduplicated).toBe(true);
    // The preview is what the window gets unless it asks for the original.
    const shown = await documents.readImageData(added.id, null, false);
    expect(shown).toMatchObject({ id: added.id, isPreview: true, dataMime: 'image/png', width: 64, height: 48 });
    expect(Buffer.from(shown.data, 'base64').equals(preview)).toBe(true);
    const full = await documents.readImageData(added.id, null, true);
    expect(Buffer.from(full.data, 'base64').equals(photo)).toBe(true);
    // Refused by content, whatever it claims to be; a preview that is no small image is refused too.
    expect(await errorOf(() => documents.addImage(b64(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>')), null))).toMatchObject({ code: 'invalid-image', params: { reason: 'not-an-image' } });
    expect(await errorOf(() => documents.addImage(b64(png(4, 4)), b64(Buffer.from('GIF89a'))))).toMatchObject({ code: 'invalid-image' });
    expect(await errorOf(() => documents.addImage(b64(png(4, 4)), b64(png(4000, 10))))).toMatchObject({ code: 'invalid-image', message: expect.stringContaining('at most 2048') });
    expect(await errorOf(() => documents.readImageData('f'.repeat(64), null, false))).toMatchObject({ code: 'not-found' });
  });

  it('a pool entry changed on disk by another program reads as absent, never as the image it claims to be', async () => {
    const userData = tempDir();
    const documents = service(userData);
    const added = documents.addImage(b64(png(5, 5)), null);
    fs.writeFileSync(path.join(userData, 'images', added.id), png(6, 6));
    expect(documents.pool.read(added.id)).toBeNull();
    expect(await errorOf(() => documents.readImageData(added.id, null, false))).toMatchObject({ code: 'not-found' });
    // A FIFO in its place does not hang the read; nor does a folder.
    fs.rmSync(path.join(userData, 'images', added.id));
    execFileSync('mkfifo', [path.join(userData, 'images', added.id)]);
    expect(documents.pool.read(added.id)).toBeNull();
    fs.rmSync(path.join(userData, 'images', added.id));
    fs.mkdirSync(path.join(userData, 'images', added.id));
    expect(documents.pool.read(added.id)).toBeNull();
  });

  it('a save writes the images the map names into the file, with their previews; an unsaved map reopens with them', async () => {
    const userData = tempDir();
    const documents = service(userData);
    const photo = jpeg(40, 30);
    const shot = png(20, 10);
    const a = documents.addImage(b64(photo), b64(png(8, 6)));
    const b = documents.addImage(b64(shot), null);
    documents.addImage(b64(gif(3, 3)), null); // added, then removed from the map before the save
    const file = path.join(tempDir(), 'visit.cjm');
    await documents.save(file, mapWith([a.id], b.id));
    expect(storedIds(file)).toEqual([a.id, b.id].sort());
    // Another computer (an empty pool) reads them from the file: preview and original.
    const elsewhere = service();
    expect((await elsewhere.readImageData(a.id, file, false)).isPreview).toBe(true);
    expect(Buffer.from((await elsewhere.readImageData(a.id, file, true)).data, 'base64').equals(photo)).toBe(true);
    expect(await elsewhere.readImageData(b.id, file, false)).toMatchObject({ isPreview: false, dataMime: 'image/png' });
    const exported = await elsewhere.imagesFor((await elsewhere.open(file)).doc, file);
    expect([...exported.keys()].sort()).toEqual([a.id, b.id].sort());
    expect(Buffer.from(exported.get(a.id)!.bytes).equals(photo)).toBe(true);
  });

  it('a preview in a file that is no small image (a bomb in disguise) is not handed out: the original comes instead', async () => {
    const documents = service();
    const added = documents.addImage(b64(png(30, 20)), null);
    const file = path.join(tempDir(), 'bomb.cjm');
    await documents.save(file, mapWith([added.id]));
    const db = new Database(file);
    db.prepare('UPDATE images SET preview = ?').run(png(1, 1, { width: 30_000, height: 30_000 }));
    db.close();
    const shown = await service().readImageData(added.id, file, false);
    expect(shown).toMatchObject({ isPreview: false, dataMime: 'image/png', width: 30, height: 20 });
  });

  it('Save As copies the images from the file the map came from; without it they are not invented', async () => {
    const documents = service();
    const added = documents.addImage(b64(jpeg(12, 12)), null);
    const first = path.join(tempDir(), 'first.cjm');
    await documents.save(first, mapWith([added.id]));
    const elsewhere = service();
    const opened = await elsewhere.open(first);
    const copy = path.join(tempDir(), 'copy.cjm');
    await elsewhere.save(copy, opened.doc, undefined, undefined, { from: first });
    expect(storedIds(copy)).toEqual([added.id]);
    const bare = path.join(tempDir(), 'bare.cjm');
    await elsewhere.save(bare, opened.doc);
    expect(storedIds(bare)).toEqual([]);
    // The map still names it: the window draws it as missing, and the next Save As can still bring it.
    expect((await elsewhere.open(bare)).doc.cards[Object.keys(opened.doc.cards)[0]!]?.images).toEqual([added.id]);
  });

  it('drops images nothing names any more, but keeps those the undo history or a named version names', async () => {
    const documents = service();
    const kept = documents.addImage(b64(png(7, 7)), null);
    const versioned = documents.addImage(b64(png(8, 8)), null);
    const file = path.join(tempDir(), 'loop.cjm');
    let saved = await documents.save(file, mapWith([kept.id, versioned.id]));
    saved = { ...saved, ...(await documents.saveVersion(file, 'before the clean-up', mapWith([versioned.id]), saved.stamp, undefined, { keepImages: [kept.id] })) };
    // The photos were removed; the window can still undo the removal of `kept`.
    saved = await documents.save(file, mapWith([]), saved.stamp, undefined, { keepImages: [kept.id] });
    expect(storedIds(file)).toEqual([kept.id, versioned.id].sort());
    // Its history is gone (the window closed): only what a version shows stays.
    await documents.save(file, mapWith([]), saved.stamp);
    expect(storedIds(file)).toEqual([versioned.id]);
  });

  it('refuses a save whose images would pass the cap of a map, before writing anything, saying by how much', async () => {
    const photo = png(40, 40);
    const documents = new DocumentService({ userDataDir: tempDir(), appVersion: 'test', mapImagesLimit: photo.length + 10 });
    services.push(documents);
    const first = documents.addImage(b64(photo), null);
    const second = documents.addImage(b64(png(41, 41)), null);
    const file = path.join(tempDir(), 'full.cjm');
    const saved = await documents.save(file, mapWith([first.id]));
    const before = fs.readFileSync(file);
    expect(await errorOf(() => documents.save(file, mapWith([first.id, second.id]), saved.stamp))).toMatchObject({ code: 'too-large', params: { reason: 'map-images', file: 'full.cjm' } });
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    // Swapping one photo for the other fits: the one nothing names any more is not counted.
    await documents.save(file, mapWith([second.id]), saved.stamp);
    expect(storedIds(file)).toEqual([second.id]);
  });

  it('keeps the thumbnail the window drew, checked: a small PNG, or the save is refused before writing', async () => {
    const documents = service();
    const file = path.join(tempDir(), 'thumb.cjm');
    const thumb = png(256, 144);
    const saved = await documents.save(file, mapWith([]), undefined, undefined, { thumbnail: b64(thumb) });
    expect(readThumbnail(file)).toMatchObject({ width: 256, height: 144, madeAt: saved.savedAt });
    expect(readThumbnail(file)!.png.equals(thumb)).toBe(true);
    const before = fs.readFileSync(file);
    expect(await errorOf(() => documents.save(file, mapWith([]), saved.stamp, undefined, { thumbnail: b64(jpeg(10, 10)) }))).toMatchObject({ code: 'invalid-request', message: expect.stringContaining('not a PNG') });
    expect(await errorOf(() => documents.save(file, mapWith([]), saved.stamp, undefined, { thumbnail: b64(png(4000, 10)) }))).toMatchObject({ code: 'invalid-request' });
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    // A save without one keeps the one there.
    await documents.save(file, mapWith([]), saved.stamp);
    expect(readThumbnail(file)?.width).toBe(256);
    // The start screen shows it for a recent file, and for no other file.
    expect(await documents.recentThumbnail(file)).toEqual({ png: b64(thumb), width: 256, height: 144 });
    const stranger = path.join(tempDir(), 'stranger.cjm');
    fs.copyFileSync(file, stranger);
    expect(await errorOf(() => documents.recentThumbnail(stranger))).toMatchObject({ code: 'forbidden' });
    fs.rmSync(file);
    expect(await documents.recentThumbnail(file)).toBeNull();
  });

  it('clears pool entries unused for a month at start-up; a recovery draft keeps its images fresh', () => {
    const userData = tempDir();
    const documents = service(userData);
    const old = documents.addImage(b64(png(2, 2)), null);
    const fresh = documents.addImage(b64(png(3, 3)), null);
    const longAgo = new Date(Date.now() - 40 * 24 * 60 * 60 * 1000);
    for (const id of [old.id, fresh.id]) fs.utimesSync(path.join(userData, 'images', id), longAgo, longAgo);
    fs.writeFileSync(path.join(userData, 'images', 'stray.txt'), 'x');
    fs.utimesSync(path.join(userData, 'images', 'stray.txt'), longAgo, longAgo);
    documents.putDraft('draft-12345678', { path: null, stamp: null, doc: mapWith([fresh.id]) });
    service(userData);
    expect(fs.readdirSync(path.join(userData, 'images')).sort()).toEqual([fresh.id]);
  });
});
