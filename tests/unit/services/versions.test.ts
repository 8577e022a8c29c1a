// Named versions inside the map file: saved with the map in one transaction, listed newest
// first with their counts, opened exactly as they were, kept by later saves, stored compactly.
import Database from 'better-sqlite3';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DocumentService } from '../../../electron/services/documents.ts';
import { migrate, migrations } from '../../../electron/services/migrations.ts';
import { APPLICATION_ID, readProject, writeProject } from '../../../electron/services/projectFile.ts';
import { listVersions, readVersion } from '../../../electron/services/versions.ts';
import { Editor } from '../../../shared/editor.ts';
import { createDocument } from '../../../shared/templates.ts';
import { tempDir } from './tmp.ts';

describe('versions', () => {
  it('are saved with the map, listed newest first, opened as they were, and kept by later saves', async () => {
    const documents = new DocumentService({ userDataDir: tempDir(), appVersion: 'test' });
    const file = path.join(tempDir(), 'dealer.cjm');
    const editor = new Editor(createDocument('car-dealer', 'zh-CN'));
    const first = await documents.saveVersion(file, '工作坊前', editor.doc);
    const before = editor.doc;
    const cardId = Object.keys(editor.doc.cards)[0] as string;
    editor.apply({ type: 'deleteCard', id: cardId });
    await new Promise((r) => setTimeout(r, 5));
    const second = await documents.saveVersion(file, 'After the workshop', editor.doc, first.stamp);
    expect(readProject(file).doc).toEqual(editor.doc);

    // A normal save afterwards keeps them.
    editor.apply({ type: 'setMapTitle', title: 'Later' });
    await documents.save(file, editor.doc, second.stamp);

    const list = listVersions(file);
    expect(list.map((v) => v.name)).toEqual(['After the workshop', '工作坊前']);
    expect(list[1]?.counts).toEqual({ stages: 6, scenes: Object.keys(before.scenes).length, cards: Object.keys(before.cards).length, emotionPoints: Object.keys(before.emotionPoints).length });
    expect(list[0]?.counts.cards).toBe(Object.keys(before.cards).length - 1);
    expect(readVersion(file, first.version.id)).toEqual({ doc: before, problems: [] });
    expect(() => readVersion(file, 'v-000000000000')).toThrow(expect.objectContaining({ code: 'not-found' }));
  });

  it('a version is refused like a save when the file changed on disk', async () => {
    const documents = new DocumentService({ userDataDir: tempDir(), appVersion: 'test' });
    const file = path.join(tempDir(), 'dealer.cjm');
    const doc = createDocument('car-dealer', 'en');
    const saved = await documents.save(file, doc);
    writeProject(file, { ...doc, map: { ...doc.map, title: 'theirs' } });
    await expect(documents.saveVersion(file, 'mine', doc, saved.stamp)).rejects.toThrow(expect.objectContaining({ code: 'conflict' }));
    expect(listVersions(file)).toEqual([]);
  });

  it('a file from before versions has none, and gets the table on its next save', async () => {
    const file = path.join(tempDir(), 'old.cjm');
    const db = new Database(file);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    migrate(db, migrations.slice(0, 3));
    db.prepare("INSERT INTO map (id, title, description, locale, scale) VALUES (1, 'Old', '', 'en', '-2..+2')").run();
    db.close();
    expect(listVersions(file)).toEqual([]);
    const documents = new DocumentService({ userDataDir: tempDir(), appVersion: 'test' });
    await documents.saveVersion(file, 'first', readProject(file).doc);
    expect(listVersions(file).map((v) => v.name)).toEqual(['first']);
  });

  it('are stored compactly: the template takes a fraction of its JSON', async () => {
    const file = path.join(tempDir(), 'dealer.cjm');
    const doc = createDocument('car-dealer', 'zh-CN');
    await new DocumentService({ userDataDir: tempDir(), appVersion: 'test' }).saveVersion(file, 'v1', doc);
    const db = new Database(file, { readonly: true });
    const { bytes } = db.prepare('SELECT length(data) AS bytes FROM versions').get() as { bytes: number };
    db.close();
    expect(bytes).toBeLessThan(Buffer.byteLength(JSON.stringify(doc)) / 4);
  });

  it('a version that unpacks beyond the size of any map is refused as damaged, not unpacked in full', async () => {
    const file = path.join(tempDir(), 'bomb.cjm');
    const documents = new DocumentService({ userDataDir: tempDir(), appVersion: 'test' });
    const doc = createDocument('blank', 'en');
    const { version } = await documents.saveVersion(file, 'v1', doc);
    // A valid map behind 200 MB of spaces, in a few kB: only the size limit refuses it.
    const padded = Buffer.concat([Buffer.alloc(200 * 1024 * 1024, ' '), Buffer.from(JSON.stringify(doc))]);
    const bomb = zlib.brotliCompressSync(padded, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 1 } });
    const db = new Database(file);
    db.prepare('UPDATE versions SET data = ? WHERE id = ?').run(bomb, version.id);
    db.close();
    expect(bomb.length).toBeLessThan(100_000);
    expect(() => readVersion(file, version.id)).toThrow(expect.objectContaining({ code: 'corrupt' }));
    expect(listVersions(file)).toHaveLength(1);
  });

  it('a damaged or hand-made versions table is a clear "damaged" error, and unusable rows are left out of the list', async () => {
    const file = path.join(tempDir(), 'odd.cjm');
    const documents = new DocumentService({ userDataDir: tempDir(), appVersion: 'test' });
    const { version } = await documents.saveVersion(file, 'v1', createDocument('blank', 'en'));
    const edit = (sql: string, ...values: unknown[]) => {
      const db = new Database(file);
      db.prepare(sql).run(...values);
      db.close();
    };
    edit("INSERT INTO versions (id, name, created_at, counts, data) VALUES (42, 'n', 't', '{}', x'00')");
    edit("INSERT INTO versions (id, name, created_at, counts, data) VALUES ('v-badcounts', 'n', 't', 'null', x'00')");
    expect(listVersions(file).map((v) => v.id)).toEqual([version.id]);

    edit('UPDATE versions SET data = ? WHERE id = ?', zlib.brotliCompressSync('{"map":null}'), version.id);
    expect(() => readVersion(file, version.id)).toThrow(expect.objectContaining({ code: 'corrupt', message: `odd.cjm: version ${version.id} is damaged` }));
    edit('UPDATE versions SET data = 7 WHERE id = ?', version.id);
    expect(() => readVersion(file, version.id)).toThrow(expect.objectContaining({ code: 'corrupt' }));

    const db = new Database(file);
    db.exec('DROP TABLE versions; CREATE TABLE versions (x)');
    db.close();
    // A versions table of another shape holds no version this app can read; the map itself still opens.
    expect(listVersions(file)).toEqual([]);
    expect(() => readVersion(file, version.id)).toThrow(expect.objectContaining({ code: 'not-found' }));
    expect(readProject(file).strangers).toEqual(["table 'versions' has a changed definition"]);
  });
});
