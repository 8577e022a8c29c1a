// The .cjm project file: a SQLite database, one table per record type.
// Reading never changes the file (it is opened read-only; older files are migrated in a
// copy in memory). Writing is one transaction with a rollback journal and FULL sync, so a
// save either happened or did not.
import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ApiError } from '../../shared/api.ts';
import { COLLECTIONS, type JourneyDoc } from '../../shared/model.ts';
import { DocumentInvalidError, restoreDocument, type RawDocument } from '../../shared/validate.ts';
import { SCHEMA_VERSION, migrate } from './migrations.ts';
import { TABLES, insertSql, readTable, toRow } from './tables.ts';

/** "CJM1": marks a SQLite file as ours. */
export const APPLICATION_ID = 0x434a4d31;
export const FILE_EXTENSION = '.cjm';
const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

export interface FileInfo {
  app?: string;
  appVersion?: string;
  createdAt?: string;
  savedAt?: string;
}

export interface ReadResult {
  doc: JourneyDoc;
  problems: string[];
  schemaVersion: number;
  info: FileInfo;
}

const name = (file: string) => path.basename(file);

function fail(code: ApiError['code'], message: string, params: Record<string, string | number> = {}): never {
  throw new ApiError({ code, message, params });
}

function readHeader(file: string): Buffer {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') fail('not-found', `${name(file)}: no such file`, { file: name(file) });
    if (code === 'EISDIR') fail('not-a-map', `${name(file)}: is a folder, not a journey map file`, { file: name(file) });
    fail('io', `${name(file)}: cannot be read (${code ?? 'error'})`, { file: name(file), reason: String(code) });
  }
  try {
    const header = Buffer.alloc(100);
    const read = fs.readSync(fd, header, 0, 100, 0);
    return header.subarray(0, read);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') fail('not-a-map', `${name(file)}: is a folder, not a journey map file`, { file: name(file) });
    fail('io', `${name(file)}: cannot be read (${code ?? 'error'})`, { file: name(file), reason: String(code) });
  } finally {
    fs.closeSync(fd);
  }
}

function readInfo(db: Database.Database): FileInfo {
  try {
    const rows = db.prepare('SELECT key, value FROM file_info').all() as { key: string; value: string }[];
    const map = new Map(rows.map((r) => [r.key, r.value]));
    return {
      app: map.get('app'),
      appVersion: map.get('app_version'),
      createdAt: map.get('created_at'),
      savedAt: map.get('saved_at'),
    };
  } catch {
    return {};
  }
}

/** Checks that an open database is a journey map this app can read; returns its version. */
function checkIdentity(db: Database.Database, file: string): number {
  const appId = db.pragma('application_id', { simple: true }) as number;
  if (appId !== APPLICATION_ID) {
    fail('foreign-app', `${name(file)}: is a SQLite database from another application, not a journey map`, {
      file: name(file),
    });
  }
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > SCHEMA_VERSION) {
    const info = readInfo(db);
    const madeBy = info.appVersion ? `Journey Mapper ${info.appVersion}` : 'a newer version of Journey Mapper';
    fail(
      'too-new',
      `${name(file)}: was saved by ${madeBy} (file format ${version}); this app reads format ${SCHEMA_VERSION} and older. Update the app to open it.`,
      { file: name(file), madeBy, fileVersion: version, appVersion: SCHEMA_VERSION },
    );
  }
  if (version < 1) fail('corrupt', `${name(file)}: the journey map was never completely written`, { file: name(file) });
  return version;
}

/** Any failure while reading a file, as the error the user sees (damaged, naming the file). */
export function readFailure(file: string, error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  const reason = error instanceof Error ? error.message : String(error);
  const message =
    error instanceof DocumentInvalidError
      ? `${name(file)}: ${reason}`
      : `${name(file)}: the file is damaged and cannot be read (${reason})`;
  return new ApiError({ code: 'corrupt', message, params: { file: name(file), reason } });
}

/** Reads the records of an open database (closing it), migrating older formats in memory. */
function readDatabase(opened: Database.Database, file: string): ReadResult {
  let db = opened;
  try {
    const version = checkIdentity(db, file);
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') {
      // SQLite lists every damaged page, one per line: the first says enough.
      const reason = String(check).split('\n')[0]?.replace(/^\*\*\* in database main \*\*\*\s*/, '').slice(0, 200) ?? '';
      fail('corrupt', `${name(file)}: the file is damaged (${reason})`, { file: name(file), reason });
    }
    const info = readInfo(db);
    if (version < SCHEMA_VERSION) {
      // Migrate a copy in memory: the file itself changes only when the user saves.
      const copy = new Database(db.serialize());
      db.close();
      db = copy;
      migrate(db);
    }
    const problems: string[] = [];
    const raw: RawDocument = { map: readTable(db, TABLES.map, problems)[0] };
    for (const collection of COLLECTIONS) raw[collection] = readTable(db, TABLES[collection], problems);
    if (raw.map === undefined) fail('corrupt', `${name(file)}: the map record is missing`, { file: name(file) });
    const restored = restoreDocument(raw);
    return { doc: restored.doc, problems: [...problems, ...restored.problems], schemaVersion: version, info };
  } catch (error) {
    throw readFailure(file, error);
  } finally {
    db.close();
  }
}

function notAMap(file: string): never {
  fail('not-a-map', `${name(file)}: is not a journey map file (not a SQLite database)`, { file: name(file) });
}

const journalOf = (file: string) => `${file}-journal`;

// A save cut short (a crash, a kill, a power cut) leaves its rollback journal beside the file:
// the file holds the previous map only once SQLite plays the journal back.
function hasHotJournal(file: string): boolean {
  try {
    return fs.statSync(journalOf(file)).size > 0;
  } catch {
    return false;
  }
}

/**
 * The file as it was before an interrupted save, in memory: SQLite plays the journal back in
 * a copy, so reading still never writes beside the user's file (its folder may be read-only).
 * The next save plays it back in place.
 */
function openRolledBack(file: string): Database.Database {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cjm-rollback-'));
  try {
    const copy = path.join(dir, 'map.cjm');
    fs.copyFileSync(file, copy);
    fs.copyFileSync(journalOf(file), journalOf(copy));
    playJournalBack(copy);
    return new Database(fs.readFileSync(copy));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** SQLite plays a hot journal back into its file the first time a writable connection reads it. */
function playJournalBack(file: string): void {
  const db = new Database(file, { fileMustExist: true });
  try {
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } finally {
    db.close();
  }
}

/** Reads a .cjm file without modifying it. Throws ApiError with a clear message. */
export function readProject(file: string): ReadResult {
  return readDatabase(openForReading(file), file);
}

/** A read-only connection to a SQLite file (as it was before any interrupted save); the caller closes it. */
export function openForReading(file: string): Database.Database {
  const header = readHeader(file);
  if (header.length < SQLITE_HEADER.length || !header.subarray(0, 16).equals(SQLITE_HEADER)) notAMap(file);
  try {
    return hasHotJournal(file) ? openRolledBack(file) : new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw readFailure(file, error);
  }
}

/** Reads a .cjm file held in memory (the map inside an exported PNG or PDF); `file` names it in messages. */
export function readProjectBytes(bytes: Uint8Array, file: string): ReadResult {
  const buffer = Buffer.from(bytes);
  if (!buffer.subarray(0, 16).equals(SQLITE_HEADER)) notAMap(file);
  let db: Database.Database;
  try {
    db = new Database(buffer);
  } catch (error) {
    throw readFailure(file, error);
  }
  return readDatabase(db, file);
}

/** The bytes of a .cjm file holding the document, written in memory. */
export function serializeProject(doc: JourneyDoc, info: FileInfo = {}): Buffer {
  const db = new Database(':memory:');
  try {
    db.pragma(`application_id = ${APPLICATION_ID}`);
    migrate(db);
    db.transaction(() => writeRecords(db, doc, { ...info, savedAt: info.savedAt ?? new Date().toISOString() }))();
    return db.serialize();
  } finally {
    db.close();
  }
}

function writeRecords(db: Database.Database, doc: JourneyDoc, info: FileInfo): void {
  db.prepare('DELETE FROM map').run();
  db.prepare(insertSql(TABLES.map)).run(...toRow(doc.map, TABLES.map));
  for (const collection of COLLECTIONS) {
    const spec = TABLES[collection];
    db.prepare(`DELETE FROM ${spec.table}`).run();
    const insert = db.prepare(insertSql(spec));
    for (const record of Object.values(doc[collection])) insert.run(...toRow(record as unknown as Record<string, unknown>, spec));
  }
  const setInfo = db.prepare('INSERT OR REPLACE INTO file_info (key, value) VALUES (?, ?)');
  setInfo.run('app', 'Journey Mapper');
  if (info.appVersion) setInfo.run('app_version', info.appVersion);
  if (info.savedAt) setInfo.run('saved_at', info.savedAt);
  db.prepare("INSERT OR IGNORE INTO file_info (key, value) VALUES ('created_at', ?)").run(info.savedAt ?? new Date().toISOString());
}

// Makes the rename itself durable (a power cut right after a save keeps the new file).
function syncFolder(dir: string): void {
  try {
    const fd = fs.openSync(dir, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // Some platforms cannot sync a folder; the file itself is already synced by SQLite.
  }
}

function configure(db: Database.Database): void {
  db.pragma('journal_mode = DELETE');
  db.pragma('synchronous = FULL');
}

function rollBackInPlace(file: string): void {
  try {
    playJournalBack(file);
  } catch (error) {
    ioFailure(file, error);
  }
}

/** True when the file exists and is a journey map this app may write in place. */
function isOwnMap(file: string): boolean {
  try {
    const header = readHeader(file);
    if (!header.subarray(0, 16).equals(SQLITE_HEADER)) return false;
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      return checkIdentity(db, file) > 0;
    } finally {
      db.close();
    }
  } catch {
    return false;
  }
}

// SQLite says only "cannot open"; the folder itself tells why.
function folderProblem(file: string): string | null {
  const dir = path.dirname(file);
  if (!fs.existsSync(dir)) return 'the folder does not exist';
  try {
    fs.accessSync(dir, fs.constants.W_OK);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EROFS' ? 'the disk is read-only' : 'the folder is read-only';
  }
  return null;
}

/** Turns a failed write into a clear ApiError('io') naming the reason. */
export function ioFailure(file: string, error: unknown): never {
  if (error instanceof ApiError) throw error;
  const code = (error as NodeJS.ErrnoException).code ?? (error as { code?: string }).code;
  const reasons: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'the disk is read-only',
    ENOSPC: 'the disk is full',
    SQLITE_FULL: 'the disk is full',
    SQLITE_READONLY: 'the file or folder is read-only',
    SQLITE_CANTOPEN: 'the file cannot be created there',
    ENOENT: 'the folder does not exist',
  };
  const reason = folderProblem(file) ?? (code && reasons[code]) ?? (error instanceof Error ? error.message : String(error));
  fail('io', `${name(file)}: could not be saved: ${reason}`, { file: name(file), reason });
}

/**
 * Saves a document. An existing journey map is updated in one transaction; anything else
 * (a new file, or replacing a file that is not ours) is written beside it and renamed over
 * it, so no reader ever sees a half-written file. `also` writes more in the same transaction
 * (a named version).
 */
export function writeProject(file: string, doc: JourneyDoc, info: FileInfo = {}, also?: (db: Database.Database) => void): void {
  const stamped: FileInfo = { ...info, savedAt: info.savedAt ?? new Date().toISOString() };
  // First finish undoing an interrupted save: replacing the file while its journal lies beside
  // it would let SQLite later play old pages onto the new file.
  if (hasHotJournal(file)) rollBackInPlace(file);
  if (isOwnMap(file)) {
    let db: Database.Database | undefined;
    try {
      db = new Database(file, { fileMustExist: true });
      configure(db);
      migrate(db);
      db.transaction(() => {
        writeRecords(db as Database.Database, doc, stamped);
        also?.(db as Database.Database);
      })();
    } catch (error) {
      ioFailure(file, error);
    } finally {
      db?.close();
    }
    return;
  }
  const temp = `${file}.tmp-${randomBytes(4).toString('hex')}`;
  try {
    const db = new Database(temp);
    try {
      configure(db);
      db.pragma(`application_id = ${APPLICATION_ID}`);
      migrate(db);
      db.transaction(() => {
        writeRecords(db, doc, stamped);
        also?.(db);
      })();
    } finally {
      db.close();
    }
    fs.renameSync(temp, file);
    syncFolder(path.dirname(file));
  } catch (error) {
    fs.rmSync(temp, { force: true });
    fs.rmSync(`${temp}-journal`, { force: true });
    ioFailure(file, error);
  }
}
