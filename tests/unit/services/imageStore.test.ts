// Images inside the .cjm, on real SQLite files in temp folders: added once per distinct bytes,
// read back exactly, refused past the limits, kept by saves of the map (in place, and when a
// file not exactly ours is written anew), and a hostile row read back as a clear error.
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DocumentService } from '../../../electron/services/documents.ts';
import { addImage, imagesToCarry, listImages, readImage } from '../../../electron/services/imageStore.ts';
import { migrate, migrations } from '../../../electron/services/migrations.ts';
import { APPLICATION_ID, readProject, writeProject } from '../../../electron/services/projectFile.ts';
import { MAX_IMAGE_BYTES } from '../../../shared/limits.ts';
import { createDocument } from '../../../shared/templates.ts';
import { WEBP, gif, jpeg, png } from '../imageBytes.ts';
import { tempDir } from './tmp.ts';

const documents = new DocumentService({ userDataDir: tempDir(), appVersion: 'test' });
afterAll(() => documents.dispose());

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function savedMap(name = 'map.cjm'): string {
  const file = path.join(tempDir(), name);
  writeProject(file, createDocument('car-dealer', 'en'), { appVersion: 'test' });
  return file;
}

function edit(file: string, sql: string, ...values: unknown[]): void {
  const db = new Database(file);
  try {
    db.prepare(sql).run(...values);
  } finally {
    db.close();
  }
}

const rowCount = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM images').get() as { n: number }).n;
  } finally {
    db.close();
  }
};

const errorOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error as { code: string; message: string; params: Record<string, unknown> };
  }
  throw new Error('expected an error');
};

describe('the image store', () => {
  it('adds images, keyed by the SHA-256 of their bytes, and reads them back exactly', () => {
    const file = savedMap();
    const photo = jpeg(64, 48);
    const added = addImage(file, photo);
    expect(added).toEqual({ id: sha(photo), mime: 'image/jpeg', width: 64, height: 48, size: photo.length, deduplicated: false });
    const screenshot = png(3, 2);
    addImage(file, screenshot);
    addImage(file, WEBP.lossless);
    addImage(file, gif(5, 7));

    const read = readImage(file, added.id);
    expect(Buffer.from(read.bytes).equals(photo)).toBe(true);
    expect(read).toMatchObject({ id: added.id, mime: 'image/jpeg', width: 64, height: 48, size: photo.length, preview: null, hasPreview: false });
    const list = listImages(file);
    expect(list.images.map((i) => i.mime).sort()).toEqual(['image/gif', 'image/jpeg', 'image/png', 'image/webp']);
    expect(list.totalBytes).toBe(photo.length + screenshot.length + WEBP.lossless.length + gif(5, 7).length);
    expect(list.damaged).toEqual([]);
    // The map itself is untouched, and a read of the map never copies image rows.
    expect(readProject(file).problems).toEqual([]);
  });

  it('stores the same bytes once, whatever they were called', () => {
    const file = savedMap();
    const photo = png(20, 10);
    expect(addImage(file, photo).deduplicated).toBe(false);
    const size = fs.statSync(file).size;
    const again = addImage(file, Buffer.from(photo));
    expect(again).toMatchObject({ id: sha(photo), deduplicated: true });
    expect(rowCount(file)).toBe(1);
    expect(fs.statSync(file).size).toBe(size);
    // A damaged row under the same id is replaced by the good bytes, not kept as a duplicate.
    edit(file, 'UPDATE images SET bytes = ? WHERE id = ?', Buffer.from('not the photo'), sha(photo));
    expect(addImage(file, photo).deduplicated).toBe(false);
    expect(Buffer.from(readImage(file, sha(photo)).bytes).equals(photo)).toBe(true);
    expect(rowCount(file)).toBe(1);
  });

  it('refuses what is not an accepted image, over the per-image limit, a pixel bomb, or past the map total, writing nothing', () => {
    const file = savedMap();
    const before = fs.readFileSync(file);
    const svg = errorOf(() => addImage(file, Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>')));
    expect(svg).toMatchObject({ code: 'invalid-image', message: 'the image was not added: not a PNG, JPEG, WebP or GIF image', params: { reason: 'not-an-image' } });
    const big = Buffer.alloc(MAX_IMAGE_BYTES + 1024);
    jpeg(8, 8).copy(big);
    expect(errorOf(() => addImage(file, big))).toMatchObject({ code: 'invalid-image', params: { reason: 'too-large', limit: MAX_IMAGE_BYTES }, message: expect.stringContaining('images may be at most 20 MB each') });
    expect(errorOf(() => addImage(file, png(1, 1, { width: 100_000, height: 100_000 })))).toMatchObject({ code: 'invalid-image', params: { reason: 'too-many-pixels' } });
    expect(errorOf(() => addImage(file, new Uint8Array(0)))).toMatchObject({ code: 'invalid-image', params: { reason: 'empty' } });
    expect(fs.readFileSync(file).equals(before)).toBe(true);

    // The total cap counts the bytes stored (here a small cap, so the test writes little).
    const first = png(40, 40);
    addImage(file, first, { mapLimit: first.length + 100 });
    const full = errorOf(() => addImage(file, png(41, 41), { mapLimit: first.length + 100 }));
    expect(full).toMatchObject({ code: 'invalid-image', params: { reason: 'map-full', total: first.length, limit: first.length + 100 } });
    expect(full.message).toMatch(/^the image was not added: the map's images would take .* MB; a map may hold at most .* MB of images/);
    // The same bytes again are no new bytes: accepted at the cap.
    expect(addImage(file, first, { mapLimit: first.length + 100 }).deduplicated).toBe(true);
    expect(rowCount(file)).toBe(1);
  });

  it('survives saves of the map: in place, as a named version, and when a file not exactly ours is written anew', async () => {
    const file = path.join(tempDir(), 'site.cjm');
    const doc = createDocument('car-dealer', 'en');
    const saved = await documents.save(file, doc);
    const photo = jpeg(32, 16);
    const image = documents.addImage(photo.toString('base64'), null);
    const withPhoto = { ...doc, cards: { ...doc.cards, [Object.keys(doc.cards)[0]!]: { ...Object.values(doc.cards)[0]!, images: [image.id] } } };
    const second = await documents.save(file, { ...withPhoto, map: { ...doc.map, title: 'After the visit' } }, saved.stamp);
    await documents.saveVersion(file, 'v1', withPhoto, second.stamp);
    expect(Buffer.from((await documents.readImage(file, image.id)).bytes).equals(photo)).toBe(true);
    expect((await documents.listImages(file)).images.map((i) => i.id)).toEqual([image.id]);

    // Something this app did not make (a stranger table), and a hostile image row beside the good one.
    edit(file, 'CREATE TABLE planted (x)');
    const fake = sha(Buffer.from('x'));
    edit(file, "INSERT INTO images (id, mime, width, height, size, bytes, preview, created_at) VALUES (?, 'image/png', 1, 1, 1, x'78', NULL, 't')", fake);
    const opened = await documents.open(file);
    expect(opened.doc.map.title).toBe(doc.map.title);
    const cleaned = await documents.save(file, opened.doc, opened.stamp ?? undefined);
    expect(cleaned.cleaned).toEqual(["a table 'planted' this app did not make"]);
    const after = await documents.listImages(file);
    expect(after).toEqual({ images: [expect.objectContaining({ id: image.id, width: 32, height: 16 })], damaged: [], totalBytes: photo.length });
    expect(Buffer.from((await documents.readImage(file, image.id)).bytes).equals(photo)).toBe(true);
    expect(readProject(file).strangers).toEqual([]);
  });

  it('a file from before images has none; adding one migrates it in place', () => {
    const file = path.join(tempDir(), 'old.cjm');
    const db = new Database(file);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    migrate(db, migrations.slice(0, 5));
    db.prepare("INSERT INTO map (id, title, description, locale, scale) VALUES (1, 'Old', '', 'en', '-2..+2')").run();
    db.close();
    expect(listImages(file)).toEqual({ images: [], damaged: [], totalBytes: 0 });
    const added = addImage(file, gif(2, 2));
    expect(readImage(file, added.id).width).toBe(2);
    expect(readProject(file).doc.map.title).toBe('Old');
  });

  it('is added only to a map whose schema is exactly ours, and only to a journey map', () => {
    const file = savedMap();
    edit(file, 'CREATE TABLE planted (x)');
    expect(errorOf(() => addImage(file, png(1, 1)))).toMatchObject({ code: 'conflict', message: expect.stringContaining("save the map first") });
    const other = path.join(tempDir(), 'notes.txt');
    fs.writeFileSync(other, 'hello');
    expect(errorOf(() => addImage(other, png(1, 1)))).toMatchObject({ code: 'not-a-map' });
    expect(fs.readFileSync(other, 'utf8')).toBe('hello');
    expect(errorOf(() => addImage(path.join(tempDir(), 'none.cjm'), png(1, 1)))).toMatchObject({ code: 'not-found' });
  });

  it('a hostile row reads back as a clear "damaged" error, and is listed as damaged', () => {
    const file = savedMap('hostile.cjm');
    const good = png(6, 4);
    const id = addImage(file, good).id;
    const damagedBy = (sql: string, ...values: unknown[]) => {
      fs.copyFileSync(file, `${file}.bak`);
      edit(file, sql, ...values);
      const error = errorOf(() => readImage(file, id));
      const listed = listImages(file);
      fs.copyFileSync(`${file}.bak`, file);
      return { code: error.code, message: error.message, listed: listed.damaged.includes(id) };
    };
    const damaged = (reason: string) => `hostile.cjm: image ${id.slice(0, 12)} is damaged: ${reason}`;
    // A type it is not, or none of ours.
    expect(damagedBy("UPDATE images SET mime = 'image/gif'")).toEqual({ code: 'corrupt', message: damaged('it is stored as image/gif but its bytes are image/png'), listed: false });
    expect(damagedBy("UPDATE images SET mime = 'text/html'")).toEqual({ code: 'corrupt', message: damaged('its type "text/html" is not PNG, JPEG, WebP or GIF'), listed: true });
    // Bytes that are not the image the row says: another format, not an image, other pixels, or not its id.
    const jpg = jpeg(8, 8);
    expect(damagedBy('UPDATE images SET bytes = ?, size = ?', jpg, jpg.length).message).toBe(damaged('it is stored as image/png but its bytes are image/jpeg'));
    const html = Buffer.from('<html><script>alert(1)</script></html>');
    expect(damagedBy('UPDATE images SET bytes = ?, size = ?', html, html.length).message).toBe(damaged('its bytes are not an image this app accepts (not a PNG, JPEG, WebP or GIF image)'));
    const other = png(4, 6);
    expect(damagedBy('UPDATE images SET bytes = ?, size = ?', other, other.length).message).toBe(damaged('it declares 6×4 pixels but its bytes are 4×6'));
    const same = png(6, 4);
    same.writeUInt8(same.readUInt8(same.length - 5) ^ 1, same.length - 5);
    expect(damagedBy('UPDATE images SET bytes = ?', same).message).toBe(damaged('its bytes do not match its id'));
    // Declared sizes out of all proportion: bytes, pixels.
    expect(damagedBy('UPDATE images SET size = 1000000000000000')).toEqual({ code: 'corrupt', message: damaged(`it declares 1000000000000000 bytes but holds ${good.length}`), listed: true });
    expect(damagedBy('UPDATE images SET width = 100000, height = 100000').message).toBe(damaged('its declared size 100000×100000 is not a size this app stores'));
    expect(damagedBy("UPDATE images SET width = 'wide'").message).toBe(damaged('its declared size wide×4 is not a size this app stores'));
    // Bytes past the per-image limit are refused by their length, never loaded; bytes that are not a blob.
    expect(damagedBy(`UPDATE images SET bytes = zeroblob(${MAX_IMAGE_BYTES + 1}), size = ${MAX_IMAGE_BYTES + 1}`).message).toBe(damaged('its bytes are larger than 20 MB'));
    expect(damagedBy("UPDATE images SET bytes = 'text'").message).toBe(damaged('it holds no bytes'));
    // A preview that is not an image reads as none; the original is still good.
    edit(file, 'UPDATE images SET preview = ?', Buffer.from('junk'));
    expect(readImage(file, id)).toMatchObject({ preview: null, hasPreview: true });
    edit(file, 'UPDATE images SET preview = ?', png(3, 2));
    expect(Buffer.from(readImage(file, id).preview ?? []).equals(png(3, 2))).toBe(true);
    // Ids that are not ours are not looked up; rows with such ids are listed as damaged.
    expect(errorOf(() => readImage(file, "' OR 1=1 --"))).toMatchObject({ code: 'not-found' });
    edit(file, "INSERT INTO images (id, mime, width, height, size, bytes, created_at) VALUES ('../../etc/passwd', 'image/png', 1, 1, 1, x'00', 't')");
    expect(listImages(file).damaged).toEqual(['../../etc/passwd']);
    // Only the good row would be carried into a clean file.
    expect(imagesToCarry(file).map((row) => row.id)).toEqual([id]);
  });
});
