// A hostile .cjm aimed at the records of format 7: the images a card names, a persona's photo and
// the file's thumbnail. An image id is only ever a SHA-256 looked up in the images table, so a
// path, a URL or a prototype key in its place is a clear problem, never a file read; the rest of
// the map is untouched; a thumbnail that is not a small PNG reads as none.
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { DocumentService } from '../../../electron/services/documents.ts';
import { readThumbnail } from '../../../electron/services/imageUpkeep.ts';
import { writeProject } from '../../../electron/services/projectFile.ts';
import { createDocument } from '../../../shared/templates.ts';
import { parseDocument } from '../../../shared/validate.ts';
import { brokenInvariants } from '../ops/properties.ts';
import { png } from '../imageBytes.ts';
import { tempDir } from './tmp.ts';

const documents = new DocumentService({ userDataDir: tempDir(), appVersion: 'test' });
afterAll(() => documents.dispose());
const doc = createDocument('car-dealer', 'en');
const [first, second, third, fourth] = Object.keys(doc.cards);

describe('hostile image fields', () => {
  it('paths, URLs, upper-case ids, huge lists and prototype keys in place of image ids: a clear problem each, nothing else lost', async () => {
    const file = path.join(tempDir(), 'format7.cjm');
    writeProject(file, doc);
    const db = new Database(file);
    const setImages = (value: unknown, id: string | undefined) => db.prepare('UPDATE cards SET images = ? WHERE id = ?').run(value, id);
    setImages('["../../etc/passwd"]', first);
    setImages(JSON.stringify(Array.from({ length: 100_000 }, (_, i) => i.toString(16).padStart(64, '0'))), second);
    setImages('[{"__proto__":{"polluted":1}}]', third);
    setImages('["' + 'A'.repeat(64) + '"]', fourth);
    db.prepare("UPDATE personas SET photo = 'file:///etc/passwd'").run();
    db.prepare("INSERT INTO thumbnail VALUES (x'89504e47', 100000, 100000, 't')").run();
    db.close();

    const { doc: got, problems } = await documents.open(file);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(brokenInvariants(got)).toEqual([]);
    expect(() => parseDocument(structuredClone(got))).not.toThrow();
    expect(Object.keys(got.cards).sort()).toEqual(Object.keys(doc.cards).sort());
    for (const id of [first, second, third, fourth]) {
      expect(got.cards[id!]?.images, id).toBeUndefined();
      expect(got.cards[id!]?.text, id).toBe(doc.cards[id!]!.text);
      expect(problems.join('\n')).toContain(`card '${id}': field 'images`);
    }
    // The personas stay, without the photo.
    expect(Object.keys(got.personas).sort()).toEqual(Object.keys(doc.personas).sort());
    for (const persona of Object.values(got.personas)) expect(persona.photo).toBeUndefined();
    expect(problems.join('\n')).toMatch(/persona '[^']+': field 'photo'/);
    expect(JSON.stringify(problems).length).toBeLessThan(100_000);
    expect(readThumbnail(file)).toBeNull();
  });

  it('a thumbnail row that is not a small PNG, or thousands of rows, read as none or as the first good one', () => {
    const file = path.join(tempDir(), 'thumbs.cjm');
    writeProject(file, doc);
    const db = new Database(file);
    db.prepare(`INSERT INTO thumbnail VALUES (zeroblob(${8 * 1024 * 1024}), 10, 10, 't')`).run();
    db.close();
    expect(readThumbnail(file)).toBeNull();
    const good = new Database(file);
    good.prepare('DELETE FROM thumbnail').run();
    good.prepare("INSERT INTO thumbnail VALUES (?, 1, 1, 'then')").run(png(12, 8));
    good.exec("INSERT INTO thumbnail WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000) SELECT x'00', i, i, 't' FROM n");
    good.close();
    // The declared width and height are not believed: the PNG's own header says 12×8.
    expect(readThumbnail(file)).toMatchObject({ width: 12, height: 8, madeAt: 'then' });
  });
});
