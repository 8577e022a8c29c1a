import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../../electron/services/migrations.ts';
import { APPLICATION_ID, readProject, writeProject } from '../../../electron/services/projectFile.ts';
import { ApiError } from '../../../shared/api.ts';
import { createDocument } from '../../../shared/templates.ts';
import { tempDir } from './tmp.ts';

function saved(locale: 'en' | 'zh-CN' = 'zh-CN') {
  const doc = createDocument('car-dealer', locale);
  const file = path.join(tempDir(), 'map.cjm');
  writeProject(file, doc, { appVersion: '0.1.0' });
  return { doc, file };
}

/** Expects readProject to refuse with `code`, naming the file, and leave it byte-identical. */
function expectRefusal(file: string, code: string, message?: RegExp) {
  const before = fs.readFileSync(file);
  let error: unknown;
  try {
    readProject(file);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(ApiError);
  expect((error as ApiError).code).toBe(code);
  expect((error as ApiError).message).toContain(path.basename(file));
  expect((error as ApiError).message).toMatch(message ?? /./);
  expect(fs.readFileSync(file).equals(before)).toBe(true);
}

describe('project file', () => {
  it('round trips a map exactly, in both languages', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const { doc, file } = saved(locale);
      const read = readProject(file);
      expect(read.doc).toEqual(doc);
      expect(read.problems).toEqual([]);
      expect(read.info.appVersion).toBe('0.1.0');
    }
  });

  it('is a single-file SQLite database marked as ours, one table per record type', () => {
    const { doc, file } = saved();
    const db = new Database(file, { readonly: true });
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('delete');
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name);
    expect(tables.sort()).toEqual(['cards', 'comments', 'curves', 'emotion_points', 'file_info', 'images', 'lanes', 'links', 'map', 'personas', 'relations', 'scenes', 'stages', 'thumbnail', 'versions', 'views']);
    expect(db.prepare('SELECT count(*) AS n FROM cards').get()).toEqual({ n: Object.keys(doc.cards).length });
    db.close();
    expect(fs.readdirSync(path.dirname(file))).toEqual(['map.cjm']);
  });

  it('keeps fields it does not know, without letting them override known ones', () => {
    const { doc, file } = saved();
    const card = Object.values(doc.cards)[0]!;
    Object.assign(card, { votes: { up: 3, by: ['a', 'b'] } });
    Object.assign(doc.map, { theme: 'dark' });
    writeProject(file, doc);
    const read = readProject(file).doc;
    expect(read.cards[card.id]).toHaveProperty('votes', { up: 3, by: ['a', 'b'] });
    expect(read.map).toHaveProperty('theme', 'dark');

    const db = new Database(file);
    db.prepare('UPDATE cards SET extra = ? WHERE id = ?').run(JSON.stringify({ text: 'sneaky' }), card.id);
    // A hand-made "__proto__" key must not smuggle values into known fields either.
    const plain = Object.values(doc.cards).find((c) => !c.colour && !c.severity && c.id !== card.id)!;
    db.prepare('UPDATE cards SET extra = ? WHERE id = ?').run('{"__proto__":{"colour":"red","severity":3}}', plain.id);
    db.close();
    const reread = readProject(file).doc;
    expect(reread.cards[card.id]?.text).toBe(card.text);
    expect(reread.cards[plain.id]?.colour).toBeUndefined();
    expect(reread.cards[plain.id]?.severity).toBeUndefined();
  });

  it('saves over its own file in place and leaves nothing beside it', () => {
    const { doc, file } = saved();
    const card = Object.values(doc.cards)[0]!;
    card.text = '第二次保存';
    writeProject(file, doc);
    expect(readProject(file).doc.cards[card.id]?.text).toBe('第二次保存');
    expect(fs.readdirSync(path.dirname(file))).toEqual(['map.cjm']);
  });

  it('drops a malformed record, names it and its field, and opens the rest', () => {
    const { doc, file } = saved();
    const db = new Database(file);
    db.prepare("UPDATE lanes SET kind = 'bogus' WHERE id = 'lane-opportunities'").run();
    db.close();
    const { doc: read, problems } = readProject(file);
    expect(problems[0]).toMatch(/lane 'lane-opportunities': field 'kind'/);
    expect(read.lanes['lane-opportunities']).toBeUndefined();
    expect(Object.keys(read.stages)).toEqual(Object.keys(doc.stages));
  });

  describe('refuses, with a clear message, leaving the file untouched:', () => {
    it('a text file, an empty file, a picture', () => {
      const dir = tempDir();
      const cases: [string, Buffer | string][] = [
        ['notes.cjm', 'just some notes'],
        ['empty.cjm', ''],
        ['photo.cjm', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])],
      ];
      for (const [name, content] of cases) {
        fs.writeFileSync(path.join(dir, name), content);
        expectRefusal(path.join(dir, name), 'not-a-map', /not a journey map file/);
      }
    });

    it('a SQLite database of another application', () => {
      const file = path.join(tempDir(), 'other.cjm');
      const db = new Database(file);
      db.exec('CREATE TABLE t (x)');
      db.close();
      expectRefusal(file, 'foreign-app', /another application/);
    });

    it('a truncated or damaged file', () => {
      const { file } = saved();
      const bytes = fs.readFileSync(file);
      const truncated = path.join(path.dirname(file), 'truncated.cjm');
      fs.writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)));
      expectRefusal(truncated, 'corrupt', /damaged/);
      const damaged = Buffer.from(bytes);
      for (let i = 4096; i < damaged.length; i += 97) damaged[i] = (damaged[i] as number) ^ 0xff;
      const scrambled = path.join(path.dirname(file), 'scrambled.cjm');
      fs.writeFileSync(scrambled, damaged);
      expectRefusal(scrambled, 'corrupt');
    });

    it('a file from a newer version, saying which version made it', () => {
      const { file } = saved();
      const db = new Database(file);
      db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
      db.prepare("UPDATE file_info SET value = '9.9.0' WHERE key = 'app_version'").run();
      db.close();
      expectRefusal(file, 'too-new', new RegExp(`Journey Mapper 9\\.9\\.0 \\(file format ${SCHEMA_VERSION + 1}\\)`));
    });

    it('a missing file or a folder', () => {
      const dir = tempDir();
      expect(() => readProject(path.join(dir, 'nope.cjm'))).toThrow(expect.objectContaining({ code: 'not-found' }));
      fs.mkdirSync(path.join(dir, 'folder.cjm'));
      expect(() => readProject(path.join(dir, 'folder.cjm'))).toThrow(expect.objectContaining({ code: 'not-a-map' }));
    });
  });

  it('a save that cannot be written fails clearly; a file that is not a map is replaced whole', () => {
    const dir = tempDir();
    const doc = createDocument('blank', 'en');
    expect(() => writeProject(path.join(dir, 'missing-folder', 'map.cjm'), doc)).toThrow(
      expect.objectContaining({ code: 'io', message: expect.stringContaining('could not be saved') }),
    );
    // Save As over a file that is not a map goes through a temporary file renamed into place
    // (failures of that path on real read-only and full disks: saveFailures.test.ts).
    const foreign = path.join(dir, 'keep.cjm');
    fs.writeFileSync(foreign, 'not a map');
    writeProject(foreign, doc);
    expect(readProject(foreign).doc).toEqual(doc);
    expect(fs.readdirSync(dir)).toEqual(['keep.cjm']);
  });
});

describe('an interrupted save', () => {
  it('opens as the previous map, without writing beside the file, and the next save finishes the roll-back', () => {
    const dir = tempDir();
    const file = path.join(dir, 'map.cjm');
    const before = createDocument('car-dealer', 'en');
    writeProject(file, before);
    // What a kill in the middle of a save leaves: a changed file and its hot rollback journal.
    const db = new Database(file);
    db.pragma('cache_size = 1');
    db.exec('BEGIN');
    db.exec("UPDATE map SET title = 'half-written'; DELETE FROM cards");
    for (let i = 0; i < 500; i++) db.prepare('INSERT INTO file_info (key, value) VALUES (?, ?)').run(`k${i}`, 'x'.repeat(1000));
    fs.copyFileSync(file, path.join(dir, 'torn.cjm'));
    fs.copyFileSync(`${file}-journal`, path.join(dir, 'torn.cjm-journal'));
    db.exec('ROLLBACK');
    db.close();
    const torn = path.join(dir, 'torn.cjm');
    fs.chmodSync(dir, 0o555);
    expect(readProject(torn).doc).toEqual(before);
    expect(fs.existsSync(`${torn}-journal`)).toBe(true);
    fs.chmodSync(dir, 0o755);
    const after = { ...before, map: { ...before.map, title: 'after' } };
    writeProject(torn, after);
    expect(fs.existsSync(`${torn}-journal`)).toBe(false);
    expect(readProject(torn).doc).toEqual(after);
  });
});
