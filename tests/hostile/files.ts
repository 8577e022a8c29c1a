// Hand-made hostile project files, the way an attacker would build them: a real map saved by
// this app, then changed with SQL so that the file's own schema carries code (triggers, views,
// foreign keys, generated columns) or work without end (recursive views). Used by the unit
// tests, the fuzzer and the bench.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import zlib from 'node:zlib';
import { PDFDocument } from 'pdf-lib';
import { finishPdf } from '../../electron/services/export/pdf.ts';
import { mapChunk } from '../../electron/services/export/png.ts';
import { serializeProject } from '../../electron/services/projectFile.ts';
import { migrate, migrations } from '../../electron/services/migrations.ts';
import { APPLICATION_ID } from '../../electron/services/projectFile.ts';
import type { JourneyDoc } from '../../shared/model.ts';
import { createDocument } from '../../shared/templates.ts';

export const PAYMENT_LINK = 'Pay the deposit at https://pay.example.invalid/now';

/** The template map saved by this app, then changed by `sql` (run with the file's own connection). */
export function hostileMap(file: string, sql: string, doc: JourneyDoc = createDocument('car-dealer', 'en')): JourneyDoc {
  fs.writeFileSync(file, hostileBytes(sql, doc));
  return doc;
}

/** The template map saved by this app, changed by `sql`, as the bytes of a .cjm file. */
export function hostileBytes(sql: string, doc: JourneyDoc = createDocument('car-dealer', 'en')): Buffer {
  const db = new Database(serializeProject(doc));
  try {
    db.pragma('foreign_keys = OFF');
    db.exec(sql);
    return db.serialize();
  } finally {
    db.close();
  }
}

/** A one-pixel PNG carrying `project` as an exported PNG carries its map. */
export function pngCarrying(project: Buffer): Buffer {
  const chunk = (type: string, body: Buffer) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(body.length);
    head.write(type, 4, 'latin1');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body, zlib.crc32(head.subarray(4))) >>> 0);
    return Buffer.concat([head, body, crc]);
  };
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0])),
    mapChunk(project),
    chunk('IDAT', zlib.deflateSync(Buffer.from([0, 255, 255, 255]))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A one-page PDF carrying `project` as an exported PDF carries its map. */
export async function pdfCarrying(project: Buffer): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.addPage([200, 100]);
  return finishPdf(await pdf.save(), { title: 'x', lang: 'en', appVersion: 'test', project });
}

/** A map in an older file format (`version`), then changed by `sql`. */
export function hostileOldMap(file: string, version: number, sql: string): void {
  const db = new Database(':memory:');
  try {
    db.pragma(`application_id = ${APPLICATION_ID}`);
    migrate(db, migrations.slice(0, version));
    db.exec(`
      INSERT INTO map (id, title, description, locale, scale) VALUES (1, 'Old map', '', 'en', 'five');
      INSERT INTO stages (id, ord, title) VALUES ('s1', 'a0', 'Aware');
      INSERT INTO scenes (id, stage_id, ord, title, channel) VALUES ('c1', 's1', 'a0', 'Ad', 'online');
      INSERT INTO lanes (id, ord, kind, title, hidden) VALUES ('l1', 'a0', 'actions', 'Actions', 0);
      INSERT INTO lanes (id, ord, kind, title, hidden) VALUES ('l2', 'a1', 'emotion', 'Emotion', 0);
      INSERT INTO cards (id, lane_id, scene_id, ord, text) VALUES ('k1', 'l1', 'c1', 'a0', 'Sees an ad'), ('k2', 'l1', 'c1', 'a1', 'Clicks it');
      INSERT INTO emotion_points (id, scene_id, ord, score, note) VALUES ('e1', 'c1', 'a0', 1, '');
    `);
    db.exec(sql);
    fs.writeFileSync(file, db.serialize());
  } finally {
    db.close();
  }
}

/** `cards` replaced by a view over a recursive CTE that never ends. */
export const ENDLESS_VIEW = `
  ALTER TABLE cards RENAME TO cards_data;
  CREATE VIEW cards AS
    WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r)
    SELECT 'k' || n AS id, (SELECT id FROM lanes LIMIT 1) AS lane_id, (SELECT id FROM scenes LIMIT 1) AS scene_id,
      'a0' AS ord, 'x' AS text, NULL AS colour, NULL AS channel, NULL AS role, NULL AS severity, NULL AS tags, NULL AS extra
    FROM r;`;

/** `cards` replaced by a view of five million rows. */
export const HUGE_VIEW = `
  ALTER TABLE cards RENAME TO cards_data;
  CREATE VIEW cards AS
    WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 5000000)
    SELECT 'k' || n AS id, (SELECT id FROM lanes LIMIT 1) AS lane_id, (SELECT id FROM scenes LIMIT 1) AS scene_id,
      'a0' AS ord, printf('%.200c', 'x') AS text, NULL AS colour, NULL AS channel, NULL AS role, NULL AS severity, NULL AS tags, NULL AS extra
    FROM r;`;

/** Each attack of the security review, as SQL run on a saved template map. */
export const ATTACKS: Record<string, string> = {
  'trigger deleting every card inserted': 'CREATE TRIGGER eat AFTER INSERT ON cards BEGIN DELETE FROM cards WHERE id = NEW.id; END;',
  'trigger rewriting card text': `CREATE TRIGGER rewrite AFTER INSERT ON cards BEGIN UPDATE cards SET text = '${PAYMENT_LINK}' WHERE id = NEW.id; END;`,
  'trigger keeping deleted cards': 'CREATE TABLE keep (text TEXT); CREATE TRIGGER keeper AFTER DELETE ON cards BEGIN INSERT INTO keep VALUES (OLD.text); END;',
  'foreign key cascading into stages': `
    ALTER TABLE stages RENAME TO stages_old;
    CREATE TABLE stages (id TEXT PRIMARY KEY REFERENCES personas(id) ON DELETE CASCADE, ord TEXT NOT NULL, title TEXT NOT NULL, extra TEXT);
    INSERT INTO stages SELECT * FROM stages_old; DROP TABLE stages_old;
    INSERT INTO personas (id, ord, name) SELECT id, ord, 'p' FROM stages;`,
  'cards as a view with INSTEAD OF triggers': `
    ALTER TABLE cards RENAME TO cards_data;
    CREATE VIEW cards AS SELECT * FROM cards_data;
    CREATE TRIGGER drop_insert INSTEAD OF INSERT ON cards BEGIN SELECT 1; END;
    CREATE TRIGGER drop_delete INSTEAD OF DELETE ON cards BEGIN SELECT 1; END;`,
  'generated column': `
    ALTER TABLE lanes RENAME TO lanes_old;
    CREATE TABLE lanes (id TEXT PRIMARY KEY, ord TEXT NOT NULL, kind TEXT NOT NULL, title TEXT NOT NULL, height REAL,
      hidden INTEGER NOT NULL DEFAULT 0, extra TEXT, collapsed INTEGER, big TEXT GENERATED ALWAYS AS (printf('%.100000000c', 'x')) VIRTUAL);
    INSERT INTO lanes (id, ord, kind, title, height, hidden, extra, collapsed) SELECT id, ord, kind, title, height, hidden, extra, collapsed FROM lanes_old;
    DROP TABLE lanes_old;`,
  'CHECK refusing what the app writes': `
    ALTER TABLE scenes RENAME TO scenes_old;
    CREATE TABLE scenes (id TEXT PRIMARY KEY, stage_id TEXT NOT NULL, ord TEXT NOT NULL, title TEXT NOT NULL CHECK (length(title) < 1000),
      channel TEXT NOT NULL, width REAL, extra TEXT, persona_ids TEXT, CHECK (rowid < 1000000));
    INSERT INTO scenes SELECT * FROM scenes_old; DROP TABLE scenes_old;
    CREATE TRIGGER no_new_scenes BEFORE INSERT ON scenes WHEN (SELECT count(*) FROM scenes) > 100000 BEGIN SELECT RAISE(ABORT, 'no'); END;`,
  'index on an expression and a stranger table': "CREATE INDEX odd ON cards (substr(text, 1, 3)); ANALYZE; CREATE TABLE extra_stuff (x); INSERT INTO extra_stuff VALUES ('hidden');",
  'cards as an endless recursive view': ENDLESS_VIEW,
};

/** Attacks that leave no plain table of cards to read: the file is refused (naming what it found), not half-read. */
export const REFUSED = new Set(['cards as a view with INSTEAD OF triggers', 'cards as an endless recursive view']);

/** A file whose map is the template with every card text `text` (to tell two saves apart). */
export function mapWithText(text: string): JourneyDoc {
  const doc = createDocument('car-dealer', 'en');
  doc.map.title = text;
  const ids = Object.keys(doc.cards);
  for (const id of ids) (doc.cards[id] as { text: string }).text = text;
  return doc;
}
