// Numbered schema migrations for the .cjm file. Versions start at 1 and rise by 1; the file's
// `user_version` says which ones have run. Each runs in its own transaction.
import type Database from 'better-sqlite3';
import { parseJson } from '../../shared/json.ts';

export interface Migration {
  version: number;
  name: string;
  up(db: Database.Database): void;
}

export const migrations: Migration[] = [
  {
    version: 1,
    name: 'records, one table per type',
    up(db) {
      db.exec(`
        CREATE TABLE file_info (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE map (
          id INTEGER PRIMARY KEY CHECK (id = 1),
          title TEXT NOT NULL, description TEXT NOT NULL, locale TEXT NOT NULL, scale TEXT NOT NULL,
          extra TEXT);
        CREATE TABLE stages (id TEXT PRIMARY KEY, ord TEXT NOT NULL, title TEXT NOT NULL, extra TEXT);
        CREATE TABLE scenes (
          id TEXT PRIMARY KEY, stage_id TEXT NOT NULL, ord TEXT NOT NULL, title TEXT NOT NULL,
          channel TEXT NOT NULL, width REAL, extra TEXT);
        CREATE TABLE lanes (
          id TEXT PRIMARY KEY, ord TEXT NOT NULL, kind TEXT NOT NULL, title TEXT NOT NULL,
          height REAL, hidden INTEGER NOT NULL DEFAULT 0, extra TEXT);
        CREATE TABLE cards (
          id TEXT PRIMARY KEY, lane_id TEXT NOT NULL, scene_id TEXT NOT NULL, ord TEXT NOT NULL,
          text TEXT NOT NULL, colour TEXT, channel TEXT, role TEXT, severity INTEGER, tags TEXT, extra TEXT);
        CREATE TABLE emotion_points (
          id TEXT PRIMARY KEY, scene_id TEXT NOT NULL, ord TEXT NOT NULL, score REAL NOT NULL,
          note TEXT NOT NULL DEFAULT '', extra TEXT);
        CREATE TABLE links (
          id TEXT PRIMARY KEY, from_card TEXT NOT NULL, to_card TEXT NOT NULL, label TEXT NOT NULL DEFAULT '',
          extra TEXT);
        CREATE TABLE personas (
          id TEXT PRIMARY KEY, ord TEXT NOT NULL, name TEXT NOT NULL, description TEXT NOT NULL DEFAULT '',
          extra TEXT);
      `);
    },
  },
  {
    version: 2,
    name: 'lanes can be collapsed',
    up(db) {
      db.exec('ALTER TABLE lanes ADD COLUMN collapsed INTEGER');
    },
  },
  {
    version: 3,
    name: 'several emotion curves; points tied to a curve and optionally a touchpoint card',
    up(db) {
      db.exec(`
        CREATE TABLE curves (
          id TEXT PRIMARY KEY, ord TEXT NOT NULL, name TEXT NOT NULL, colour TEXT NOT NULL,
          hidden INTEGER NOT NULL DEFAULT 0, extra TEXT);
        ALTER TABLE emotion_points ADD COLUMN curve_id TEXT;
        ALTER TABLE emotion_points ADD COLUMN card_id TEXT;
        ALTER TABLE map ADD COLUMN curve_gaps TEXT;
        ALTER TABLE map ADD COLUMN emotion_faces INTEGER;
      `);
      // The points of an existing map become its "current experience" curve.
      const map = db.prepare('SELECT locale FROM map WHERE id = 1').get() as { locale: string } | undefined;
      if (!map) return;
      const name = map.locale === 'zh-CN' ? '当前体验' : 'Current experience';
      db.prepare("INSERT INTO curves (id, ord, name, colour, hidden) VALUES ('curve-current', 'a0', ?, '#db2777', 0)").run(name);
      db.exec("UPDATE emotion_points SET curve_id = 'curve-current' WHERE curve_id IS NULL");
    },
  },
  {
    version: 4,
    name: 'named versions (snapshots) inside the file',
    up(db) {
      // data: the whole document as brotli-compressed JSON; counts: a small JSON for the list.
      db.exec(`
        CREATE TABLE versions (
          id TEXT PRIMARY KEY, name TEXT NOT NULL, created_at TEXT NOT NULL, counts TEXT NOT NULL,
          data BLOB NOT NULL);
      `);
    },
  },
  {
    version: 5,
    name: 'opportunity scores and service actions in columns; typed relations',
    up(db) {
      db.exec(`
        ALTER TABLE cards ADD COLUMN scores TEXT;
        ALTER TABLE cards ADD COLUMN roles TEXT;
        ALTER TABLE cards ADD COLUMN steps TEXT;
        ALTER TABLE cards ADD COLUMN series TEXT;
        ALTER TABLE cards ADD COLUMN measure TEXT;
        ALTER TABLE map ADD COLUMN opportunity_weights TEXT;
        CREATE TABLE relations (
          id TEXT PRIMARY KEY, kind TEXT NOT NULL, from_card TEXT NOT NULL, to_card TEXT, to_point TEXT,
          extra TEXT);
      `);
      // Format 4 kept opportunity scores and the map's weights among the unknown fields.
      moveOutOfExtra(db, 'cards', 'scores', 'scores');
      moveOutOfExtra(db, 'map', 'opportunityWeights', 'opportunity_weights');
    },
  },
  {
    version: 6,
    name: 'metrics, the pain-point closed loop, persona details, curves of a persona; images',
    up(db) {
      // images: one row per distinct image (id: SHA-256 hex of the original bytes, as stored in
      // bytes); preview: a downscaled copy for the canvas, made by the app (null until made).
      // Rows are not records of the document: saves of the map leave them as they are.
      db.exec(`
        CREATE TABLE images (
          id TEXT PRIMARY KEY, mime TEXT NOT NULL, width INTEGER NOT NULL, height INTEGER NOT NULL,
          size INTEGER NOT NULL, bytes BLOB NOT NULL, preview BLOB, created_at TEXT NOT NULL);
        ALTER TABLE cards ADD COLUMN metric TEXT;
        ALTER TABLE cards ADD COLUMN loop TEXT;
        ALTER TABLE personas ADD COLUMN goals TEXT;
        ALTER TABLE personas ADD COLUMN quote TEXT;
        ALTER TABLE curves ADD COLUMN persona_id TEXT;
        ALTER TABLE map ADD COLUMN title_personas TEXT;
      `);
    },
  },
  {
    version: 7,
    name: 'images on cards, a persona photo; the file thumbnail; the personas of a scene',
    up(db) {
      // thumbnail: at most one row, a small PNG of the map as last saved (for file lists).
      db.exec(`
        ALTER TABLE cards ADD COLUMN images TEXT;
        ALTER TABLE personas ADD COLUMN photo TEXT;
        ALTER TABLE scenes ADD COLUMN persona_ids TEXT;
        CREATE TABLE thumbnail (png BLOB NOT NULL, width INTEGER NOT NULL, height INTEGER NOT NULL, made_at TEXT NOT NULL);
      `);
    },
  },
  {
    version: 8,
    name: 'views (named choices of stages, lanes and curves); review comments, one row each',
    up(db) {
      db.exec(`
        CREATE TABLE views (
          id TEXT PRIMARY KEY, ord TEXT NOT NULL, name TEXT NOT NULL, stages_left_out TEXT, lanes_left_out TEXT,
          curves_left_out TEXT, extra TEXT);
        CREATE TABLE comments (
          id TEXT PRIMARY KEY, target TEXT NOT NULL, target_id TEXT, reply_to TEXT, author TEXT NOT NULL,
          text TEXT NOT NULL, created_at TEXT NOT NULL, edited_at TEXT, resolved INTEGER NOT NULL DEFAULT 0,
          resolved_at TEXT, resolved_by TEXT, extra TEXT);
      `);
    },
  },
];

/**
 * Moves one field from rows' `extra` JSON into its own column (as JSON text). Rows whose extra
 * cannot be read are left as they are: the load reports them.
 */
function moveOutOfExtra(db: Database.Database, table: 'cards' | 'map', field: string, column: string): void {
  const rows = db.prepare(`SELECT rowid AS row, extra FROM ${table} WHERE extra IS NOT NULL`).all() as { row: number; extra: unknown }[];
  const update = db.prepare(`UPDATE ${table} SET ${column} = ?, extra = ? WHERE rowid = ?`);
  for (const { row, extra } of rows) {
    if (typeof extra !== 'string') continue;
    let parsed: unknown;
    try {
      parsed = parseJson(extra);
    } catch {
      continue;
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed) || !Object.hasOwn(parsed, field)) continue;
    const { [field]: value, ...rest } = parsed as Record<string, unknown>;
    update.run(value === undefined || value === null ? null : JSON.stringify(value), Object.keys(rest).length > 0 ? JSON.stringify(rest) : null, row);
  }
}

/** Throws if a list is not numbered 1, 2, 3… (a programming error, caught by the tests). */
export function checkMigrations(list: Migration[]): void {
  list.forEach((migration, i) => {
    if (migration.version !== i + 1) {
      throw new Error(`migration #${i + 1} ('${migration.name}') has version ${migration.version}; expected ${i + 1}`);
    }
  });
}

export const SCHEMA_VERSION = migrations.length;

/** Brings a database from its `user_version` up to the newest version in `list`, in order. */
export function migrate(db: Database.Database, list: Migration[] = migrations): number[] {
  checkMigrations(list);
  const from = db.pragma('user_version', { simple: true }) as number;
  const ran: number[] = [];
  for (const migration of list) {
    if (migration.version <= from) continue;
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    })();
    ran.push(migration.version);
  }
  return ran;
}
