// Named versions inside the .cjm file: each is the whole document as brotli-compressed JSON
// (a few kB for a workshop map) with its name, time and counts for the list. Written in the
// same transaction as the save that makes it; read without changing the file.
import type Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import zlib from 'node:zlib';
import { z } from 'zod';
import { ApiError, JobId, MAX_DOCUMENT_BYTES, type VersionInfo } from '../../shared/api.ts';
import { parseJson } from '../../shared/json.ts';
import type { JourneyDoc } from '../../shared/model.ts';
import { restoreDocument, type RawDocument } from '../../shared/validate.ts';
import { withSnapshot, type VersionRow } from './projectFile.ts';

const CountsSchema = z.object({ stages: z.number(), scenes: z.number(), cards: z.number(), emotionPoints: z.number() });

function countsOf(doc: JourneyDoc): VersionInfo['counts'] {
  const n = (records: object) => Object.keys(records).length;
  return { stages: n(doc.stages), scenes: n(doc.scenes), cards: n(doc.cards), emotionPoints: n(doc.emotionPoints) };
}

/** The version a save should add, and the function that adds it inside the save's transaction. */
export function newVersion(name: string, doc: JourneyDoc): { info: VersionInfo; write: (db: Database.Database) => void } {
  const info: VersionInfo = { id: `v-${randomBytes(6).toString('hex')}`, name, createdAt: new Date().toISOString(), counts: countsOf(doc) };
  const json = Buffer.from(JSON.stringify(doc));
  // Reading stops at this size (a hostile file could otherwise unpack gigabytes), so a larger version could never be read back.
  if (json.length > MAX_DOCUMENT_BYTES) {
    throw new ApiError({ code: 'invalid-document', message: `the map is larger than ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB, too large to keep as a version` });
  }
  const data = zlib.brotliCompressSync(json, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 6 } });
  const write = (db: Database.Database) => {
    db.prepare('INSERT INTO versions (id, name, created_at, counts, data) VALUES (?, ?, ?, ?, ?)').run(info.id, info.name, info.createdAt, JSON.stringify(info.counts), data);
  };
  return { info, write };
}

/**
 * Runs `read` on the file's versions table (a clean copy of its plain rows when the file's
 * schema is not exactly ours; an empty one for a file from before versions existed).
 */
function withFile<T>(file: string, read: (db: Database.Database) => T): T {
  // A damaged or hand-made versions table (missing columns, unreadable pages) is a damaged file.
  return withSnapshot(file, ({ db }) => read(db), ['images']);
}

/** The versions in a file, newest first; a file from before versions existed has none. */
export function listVersions(file: string): VersionInfo[] {
  return withFile(
    file,
    (db) => {
      const rows = db.prepare('SELECT id, name, created_at, counts FROM versions ORDER BY created_at DESC').all() as Record<string, unknown>[];
      return rows.flatMap((row) => {
        const counts = CountsSchema.safeParse(typeof row.counts === 'string' ? safeJson(row.counts) : null);
        // A row that cannot be named or asked for again is left out of the list.
        if (!counts.success || typeof row.id !== 'string' || !JobId.safeParse(row.id).success) return [];
        return [{ id: row.id, name: String(row.name).slice(0, 500), createdAt: String(row.created_at).slice(0, 100), counts: counts.data }];
      });
    },
  );
}

/** One version's document, checked like any document read from a file. */
export function readVersion(file: string, id: string): { doc: JourneyDoc; problems: string[] } {
  const missing = (): never => {
    throw new ApiError({ code: 'not-found', message: `${path.basename(file)}: no version ${id}`, params: { file: path.basename(file) } });
  };
  const damaged = (): never => {
    throw new ApiError({ code: 'corrupt', message: `${path.basename(file)}: version ${id} is damaged`, params: { file: path.basename(file), reason: 'damaged version' } });
  };
  return withFile(file, (db) => {
    const row = (db.prepare('SELECT data FROM versions WHERE id = ?').get(id) as { data: unknown } | undefined) ?? missing();
    if (!Buffer.isBuffer(row.data)) damaged();
    try {
      const raw: unknown = parseJson(zlib.brotliDecompressSync(row.data as Buffer, { maxOutputLength: MAX_DOCUMENT_BYTES }).toString('utf8'));
      if (typeof raw !== 'object' || raw === null) damaged();
      return restoreDocument(raw as RawDocument);
    } catch (error) {
      if (error instanceof ApiError) throw error;
      return damaged();
    }
  });
}

/**
 * The versions of a map about to be written anew as a clean file, as plain values: rows that
 * could not be listed or read back are left behind.
 */
export function versionsToCarry(file: string): VersionRow[] {
  return withFile(file, (db) =>
    (db.prepare('SELECT id, name, created_at, counts, data FROM versions').all() as Record<string, unknown>[]).flatMap((row) =>
      typeof row.id === 'string' && JobId.safeParse(row.id).success && typeof row.name === 'string' && typeof row.created_at === 'string' && typeof row.counts === 'string' && Buffer.isBuffer(row.data) && row.data.length <= MAX_DOCUMENT_BYTES
        ? [{ id: row.id, name: row.name.slice(0, 500), createdAt: row.created_at.slice(0, 100), counts: row.counts.slice(0, 1000), data: row.data }]
        : [],
    ),
  );
}

function safeJson(text: string): unknown {
  try {
    return parseJson(text);
  } catch {
    return null;
  }
}
