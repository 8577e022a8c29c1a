// A map from anyone is safe: a .cjm whose schema carries code (triggers, views, foreign keys,
// generated columns, recursive views) opens from its plain rows or is refused clearly, and a
// save writes exactly what the editor held, into a file whose schema is ours alone.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DocumentService } from '../../../electron/services/documents.ts';
import { Editor } from '../../../shared/editor.ts';
import type { JourneyDoc } from '../../../shared/model.ts';
import { ATTACKS, PAYMENT_LINK, REFUSED, hostileMap, hostileOldMap } from '../../hostile/files.ts';
import { tempDir } from './tmp.ts';

const documents = new DocumentService({ userDataDir: tempDir(), appVersion: 'test' });
afterAll(() => documents.dispose());

function schemaOf(file: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare("SELECT type || ' ' || name FROM sqlite_master ORDER BY name").pluck().all() as string[]);
  } finally {
    db.close();
  }
}

const OUR_OBJECTS = ['cards', 'comments', 'curves', 'emotion_points', 'file_info', 'images', 'lanes', 'links', 'map', 'personas', 'relations', 'scenes', 'stages', 'thumbnail', 'versions', 'views'];

/** What the editor holds after one edit: the first card's text changed. */
function edited(doc: JourneyDoc): JourneyDoc {
  const copy = structuredClone(doc);
  const first = Object.values(copy.cards)[0];
  if (first) first.text = 'edited in the workshop';
  return copy;
}

describe('a hostile schema is data, never code', () => {
  for (const [attack, sql] of Object.entries(ATTACKS).filter(([name]) => REFUSED.has(name))) {
    it(`${attack}: refused at once, naming what the file holds, the file untouched`, async () => {
      const file = path.join(tempDir(), 'hostile.cjm');
      hostileMap(file, sql);
      const before = fs.readFileSync(file);
      await expect(documents.open(file)).rejects.toThrow(expect.objectContaining({ code: 'corrupt', message: "hostile.cjm: is not a journey map this app can read: 'cards' is a view, not a table" }));
      expect(fs.readFileSync(file).equals(before)).toBe(true);
    }, 30_000);
  }

  for (const [attack, sql] of Object.entries(ATTACKS).filter(([name]) => !REFUSED.has(name))) {
    it(`${attack}: opens from plain rows; a save writes exactly the editor's map into a clean file`, async () => {
      const file = path.join(tempDir(), 'hostile.cjm');
      const original = hostileMap(file, sql);
      const opened = await documents.open(file);
      expect(Object.keys(opened.doc.cards).length).toBe(Object.keys(original.cards).length);
      expect(Object.values(opened.doc.cards).some((c) => c.text === PAYMENT_LINK)).toBe(false);
      const doc = edited(opened.doc);
      const saved = await documents.save(file, doc, opened.stamp ?? undefined);
      expect(saved.cleaned?.length).toBeGreaterThan(0);
      const reread = await documents.open(file);
      expect(reread.doc).toEqual(doc);
      expect(reread.problems).toEqual([]);
      // Nothing of the attacker's is left: no trigger, view, stranger table or foreign key.
      const objects = schemaOf(file).filter((o) => !o.startsWith('index sqlite_autoindex'));
      expect(objects.map((o) => o.split(' ')[1]).sort()).toEqual(OUR_OBJECTS);
      expect(objects.every((o) => o.startsWith('table '))).toBe(true);
      // A second save is an ordinary in-place save of a clean file.
      const again = await documents.save(file, doc, reread.stamp ?? undefined);
      expect(again.cleaned).toBeUndefined();
    }, 30_000);
  }

  it('an older file is migrated without firing the triggers it carries', async () => {
    const file = path.join(tempDir(), 'old.cjm');
    hostileOldMap(file, 2, 'CREATE TRIGGER wipe AFTER UPDATE ON emotion_points BEGIN DELETE FROM cards; END;');
    const opened = await documents.open(file);
    expect(Object.keys(opened.doc.cards)).toHaveLength(2);
    expect(Object.keys(opened.doc.emotionPoints)).toHaveLength(1);
  });

  it('deleted text is gone from the saved file, free pages included', async () => {
    const file = path.join(tempDir(), 'secret.cjm');
    const doc = hostileMap(file, ATTACKS['trigger keeping deleted cards'] as string);
    const opened = await documents.open(file);
    const secret = 'SECRET-PRICE-4711 '.repeat(20);
    const first = Object.values(opened.doc.cards)[0] as { text: string };
    first.text = secret;
    let saved = await documents.save(file, opened.doc, opened.stamp ?? undefined);
    expect(fs.readFileSync(file).includes('SECRET-PRICE-4711')).toBe(true);
    // deleted as the app deletes a card: with what refers to it (links, relations)
    const editor = new Editor(opened.doc);
    editor.apply({ type: 'deleteCard', id: Object.keys(opened.doc.cards)[0] as string });
    saved = await documents.save(file, editor.doc, saved.stamp);
    expect(fs.readFileSync(file).includes('SECRET-PRICE-4711')).toBe(false);
    void doc;
  });
});
