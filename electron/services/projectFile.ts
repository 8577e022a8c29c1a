// The .cjm project file: a SQLite database, one table per record type.
// Reading never changes the file (it is opened read-only; older files are migrated in a
// copy in memory). Writing is one transaction with a rollback journal and FULL sync, so a
// save either happened or did not.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ApiError } from '../../shared/api.ts';
import { COLLECTIONS, type JourneyDoc } from '../../shared/model.ts';
import { DocumentInvalidError, restoreDocument, type RawDocument } from '../../shared/validate.ts';
import { BUSY_TIMEOUT_MS } from '../../shared/limits.ts';
import { SCHEMA_VERSION, migrate } from './migrations.ts';
import { NotATable, cleanCopy, plainImagesTable, schemaObjects, strangers } from './schema.ts';
import { TABLES, insertSql, readTable, toRow } from './tables.ts';
import { removeStaleTemps, tempPathFor } from './atomicFile.ts';
import { stampOf } from './stamp.ts';

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
  /** what the file's schema held that this app did not make; a save writes a clean file */
  strangers: string[];
}

const name = (file: string) => path.basename(file);

function fail(code: ApiError['code'], message: string, params: Record<string, string | number> = {}): never {
  throw new ApiError({ code, message, params });
}

/** Only a regular file is opened: a FIFO, device or socket would block or never end. */
function openRegularFile(file: string): number {
  const problem = (code: string | undefined): never => {
    if (code === 'ENOENT') fail('not-found', `${name(file)}: no such file`, { file: name(file) });
    if (code === 'EISDIR') fail('not-a-map', `${name(file)}: is a folder, not a journey map file`, { file: name(file) });
    fail('io', `${name(file)}: cannot be read (${code ?? 'error'})`, { file: name(file), reason: String(code) });
  };
  const notRegular = (): never => fail('not-a-map', `${name(file)}: is not a regular file (a pipe, device or socket), not a journey map`, { file: name(file) });
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (error) {
    return problem((error as NodeJS.ErrnoException).code);
  }
  if (stat.isDirectory()) problem('EISDIR');
  if (!stat.isFile()) notRegular();
  let fd: number;
  try {
    // Non-blocking, in case the file was swapped for a FIFO after the check above.
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return problem((error as NodeJS.ErrnoException).code);
  }
  if (!fs.fstatSync(fd).isFile()) {
    fs.closeSync(fd);
    notRegular();
  }
  return fd;
}

/** The first `length` bytes of a regular file. */
export function readStart(file: string, length: number): Buffer {
  const fd = openRegularFile(file);
  try {
    const header = Buffer.alloc(length);
    return header.subarray(0, fs.readSync(fd, header, 0, length, 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    fail('io', `${name(file)}: cannot be read (${code ?? 'error'})`, { file: name(file), reason: String(code) });
  } finally {
    fs.closeSync(fd);
  }
}

const readHeader = (file: string) => readStart(file, 100);

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

/** The tables a map cannot do without; file_info and versions may be absent. */
const REQUIRED = Object.values(TABLES).map((spec) => spec.table);

/** What reading a file found besides its records. */
export interface Snapshot {
  db: Database.Database;
  version: number;
  /** what the file's schema holds that this app did not make (empty: exactly ours) */
  strangers: string[];
  info: FileInfo;
  /**
   * Where the image rows are read: the file itself when its images table is a plain table whose
   * columns are stored, not computed (reading it runs nothing), else the clean copy (where they
   * come empty if they were skipped). Copying fifty photos into memory to show one would not do.
   */
  images: Database.Database;
}

function configureReader(db: Database.Database): void {
  // Belt and braces: even if something of the file's ran, it could call no function with side effects.
  db.pragma('trusted_schema = OFF');
  db.pragma('foreign_keys = OFF');
}

const needsRollback = (error: unknown) => (error as { code?: string }).code === 'SQLITE_READONLY_ROLLBACK';

/**
 * Reads an open database in one read transaction (so a save by another process lands wholly
 * before or after it), closing it. A file whose schema is exactly ours at the newest format is
 * read as it is; any other (older, or carrying things this app did not make) is first copied,
 * plain rows only, into a clean database and migrated there.
 */
function readSnapshot<T>(opened: Database.Database, file: string, use: (snapshot: Snapshot) => T, skipRows: readonly string[] = []): T {
  const db = opened;
  let copy: Database.Database | undefined;
  try {
    configureReader(db);
    db.exec('BEGIN');
    const version = checkIdentity(db, file);
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') {
      // SQLite lists every damaged page, one per line: the first says enough.
      const reason = String(check).split('\n')[0]?.replace(/^\*\*\* in database main \*\*\*\s*/, '').slice(0, 200) ?? '';
      fail('corrupt', `${name(file)}: the file is damaged (${reason})`, { file: name(file), reason });
    }
    const found = schemaObjects(db);
    const odd = strangers(found, version);
    let source = db;
    if (odd.length > 0 || version < SCHEMA_VERSION) {
      try {
        copy = cleanCopy(db, found, version, REQUIRED, skipRows);
      } catch (error) {
        if (error instanceof NotATable) fail('corrupt', `${name(file)}: is not a journey map this app can read: ${error.message}`, { file: name(file), reason: error.message });
        throw error;
      }
      migrate(copy);
      source = copy;
    }
    const images = source === db || !skipRows.includes('images') || !plainImagesTable(db, found) ? source : db;
    return use({ db: source, version, strangers: odd, info: readInfo(source), images });
  } catch (error) {
    if (needsRollback(error)) throw error;
    throw readFailure(file, error);
  } finally {
    copy?.close();
    db.close();
  }
}

/** Reads a file's snapshot (as it was before any interrupted save); `skipRows` tables come empty from a clean copy. */
export function withSnapshot<T>(file: string, use: (snapshot: Snapshot) => T, skipRows: readonly string[] = []): T {
  checkSqliteHeader(file);
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
  } catch (error) {
    throw readFailure(file, error);
  }
  try {
    return readSnapshot(db, file, use, skipRows);
  } catch (error) {
    // A save cut short left a journal no process holds: read the file as SQLite would restore it.
    if (!needsRollback(error)) throw error;
    return readSnapshot(openRolledBack(file), file, use, skipRows);
  }
}

function readRecords({ db, version, strangers: odd, info }: Snapshot, file: string): ReadResult {
  const problems: string[] = [];
  const raw: RawDocument = { map: readTable(db, TABLES.map, problems)[0] };
  for (const collection of COLLECTIONS) raw[collection] = readTable(db, TABLES[collection], problems);
  if (raw.map === undefined) fail('corrupt', `${name(file)}: the map record is missing`, { file: name(file) });
  const restored = restoreDocument(raw);
  return { doc: restored.doc, problems: [...problems, ...restored.problems], schemaVersion: version, info, strangers: odd };
}

function notAMap(file: string): never {
  fail('not-a-map', `${name(file)}: is not a journey map file (not a SQLite database)`, { file: name(file) });
}

const journalOf = (file: string) => `${file}-journal`;

// A save cut short (a crash, a kill, a power cut) leaves its rollback journal beside the file;
// while a save runs, its journal is there too. Only SQLite can tell the two apart (by the lock
// the saving process holds): this says only whether there is one at all.
function hasJournal(file: string): boolean {
  try {
    const stat = fs.lstatSync(journalOf(file));
    return stat.isFile() && stat.size > 0;
  } catch {
    return false;
  }
}


/**
 * The file as it was before an interrupted save, in memory: SQLite plays the journal back in
 * a copy, so reading still never writes beside the user's file (its folder may be read-only).
 * The pair is copied again if either changed meanwhile (another process took over the save).
 * The next save plays it back in place.
 */
function openRolledBack(file: string): Database.Database {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cjm-rollback-'));
  try {
    const copy = path.join(dir, 'map.cjm');
    for (let attempt = 0; attempt < 5; attempt++) {
      const before = `${stampOf(file)} ${stampOf(journalOf(file))}`;
      fs.copyFileSync(file, copy);
      if (hasJournal(file)) fs.copyFileSync(journalOf(file), journalOf(copy));
      else fs.rmSync(journalOf(copy), { force: true });
      if (`${stampOf(file)} ${stampOf(journalOf(file))}` !== before) continue;
      playJournalBack(copy);
      return new Database(fs.readFileSync(copy));
    }
    fail('io', `${name(file)}: is being saved by another program; try again in a moment`, { file: name(file), reason: 'busy' });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** SQLite plays a hot journal back into its file the first time a writable connection reads it. */
function playJournalBack(file: string): void {
  const db = new Database(file, { fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
  try {
    db.pragma('trusted_schema = OFF');
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } finally {
    db.close();
  }
}

/** Tables of blobs beside the records: a read of the map never copies their rows. */
const BLOB_TABLES = ['versions', 'images'] as const;

/** Reads a .cjm file without modifying it. Throws ApiError with a clear message. */
export function readProject(file: string): ReadResult {
  return withSnapshot(file, (snapshot) => readRecords(snapshot, file), BLOB_TABLES);
}

/** Refuses at once what is not a regular file holding a SQLite database (a FIFO would block the read). */
function checkSqliteHeader(file: string): void {
  const header = readHeader(file);
  if (header.length < SQLITE_HEADER.length || !header.subarray(0, 16).equals(SQLITE_HEADER)) notAMap(file);
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
  return readSnapshot(db, file, (snapshot) => readRecords(snapshot, file), BLOB_TABLES);
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

function configureWriter(db: Database.Database): void {
  db.pragma('journal_mode = DELETE');
  db.pragma('synchronous = FULL');
  // Deleted content is overwritten, not left in free pages for the next reader of the file.
  db.pragma('secure_delete = ON');
  db.pragma('foreign_keys = OFF');
  db.pragma('trusted_schema = OFF');
}

function rollBackInPlace(file: string): void {
  try {
    playJournalBack(file);
  } catch (error) {
    ioFailure(file, error);
  }
}

/** A journal beside the map that SQLite did not make (a link, a folder, a pipe) is removed, not written through. */
function removeStrangeJournal(file: string): void {
  try {
    const stat = fs.lstatSync(journalOf(file));
    if (!stat.isFile() || stat.nlink > 1) fs.rmSync(journalOf(file), { force: true });
  } catch {
    // none there
  }
}

/** True when the file is a journey map whose schema is exactly what this app makes for its format. */
export function schemaIsOurs(file: string): boolean {
  if (!hasOurHeader(file)) return false;
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
    configureReader(db);
    db.exec('BEGIN');
    return strangers(schemaObjects(db), checkIdentity(db, file)).length === 0;
  } catch {
    return false;
  } finally {
    db?.close();
  }
}

/** The header says: a journey map of a format this app writes (nothing of the file is run to find out). */
export function hasOurHeader(file: string): boolean {
  try {
    const header = readHeader(file);
    if (header.length < 100 || !header.subarray(0, 16).equals(SQLITE_HEADER)) return false;
    const version = header.readInt32BE(60);
    // Read and write format 1 (a rollback journal, as we write): SQLite opens anything else read-only or as WAL.
    return header.readUInt32BE(68) === APPLICATION_ID && version >= 1 && version <= SCHEMA_VERSION && header[18] === 1 && header[19] === 1;
  } catch {
    return false;
  }
}

/**
 * Runs `work` in one IMMEDIATE transaction (another writer waits for it, or it for them) on a
 * database whose schema, seen inside that transaction, is exactly ours and whole, migrated to the
 * newest format first; otherwise `refused` decides (given what the file holds that this app did
 * not make; empty when the file is damaged instead) and nothing is written.
 */
function inOurSchema<T>(db: Database.Database, file: string, refused: (strangers: string[]) => T, work: (db: Database.Database) => T): T {
  configureWriter(db);
  return db
    .transaction(() => {
      const odd = strangers(schemaObjects(db), checkIdentity(db, file));
      if (odd.length > 0) return refused(odd);
      if (db.pragma('quick_check', { simple: true }) !== 'ok') return refused([]);
      migrate(db);
      return work(db);
    })
    .immediate();
}

/**
 * Updates a journey map in place, in one IMMEDIATE transaction (another writer waits for it, or
 * it for them), but only after seeing inside that transaction that the file's schema is exactly
 * ours; otherwise nothing is written and the answer says what the file holds.
 */
function writeInPlace(file: string, doc: JourneyDoc, info: FileInfo, also?: (db: Database.Database) => void): { written: true } | { written: false; strangers: string[] } {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
    return inOurSchema<{ written: true } | { written: false; strangers: string[] }>(db, file, (odd) => ({ written: false, strangers: odd }), (open) => {
      writeRecords(open, doc, info);
      also?.(open);
      return { written: true as const };
    });
  } catch (error) {
    if (error instanceof ApiError) return { written: false, strangers: [] };
    // SQLite will not write this file (a header it reads as read-only) though the disk would: write it anew.
    if (String((error as { code?: string }).code).startsWith('SQLITE_READONLY') && writable(file)) return { written: false, strangers: [] };
    return ioFailure(file, error);
  } finally {
    db?.close();
  }
}

/**
 * Runs `work` in one IMMEDIATE transaction on a journey map whose schema is exactly ours (an
 * older format is migrated in place first, as a save would), for writes beside the records (an
 * image). Anything else is refused, nothing written: a save writes such a file anew first.
 */
export function updateMap<T>(file: string, work: (db: Database.Database) => T): T {
  checkSqliteHeader(file);
  removeStrangeJournal(file);
  if (hasJournal(file)) rollBackInPlace(file);
  if (!hasOurHeader(file)) fail('not-a-map', `${name(file)}: is not a journey map this app writes; save the map first`, { file: name(file) });
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
    const refuse = (odd: string[]): never =>
      odd.length > 0
        ? fail('conflict', `${name(file)}: holds things this app did not make (${odd[0]}); save the map first, which writes a clean file`, { file: name(file), reason: 'not-clean' })
        : fail('corrupt', `${name(file)}: the file is damaged`, { file: name(file), reason: 'quick_check' });
    return inOurSchema(db, file, refuse, work);
  } catch (error) {
    return ioFailure(file, error);
  } finally {
    db?.close();
  }
}

function writable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.W_OK);
    return folderProblem(file) === null;
  } catch {
    return false;
  }
}

/** Writes a new file beside `file` and renames it over, so no reader ever sees half of it. */
function writeFresh(file: string, doc: JourneyDoc, info: FileInfo, also?: (db: Database.Database) => void, carry: Carry = NOTHING_CARRIED): void {
  const temp = tempPathFor(file);
  try {
    const db = new Database(temp, { timeout: BUSY_TIMEOUT_MS });
    try {
      configureWriter(db);
      db.pragma(`application_id = ${APPLICATION_ID}`);
      migrate(db);
      db.transaction(() => {
        writeRecords(db, doc, info);
        const insert = db.prepare('INSERT OR IGNORE INTO versions (id, name, created_at, counts, data) VALUES (?, ?, ?, ?, ?)');
        for (const row of carry.versions) insert.run(row.id, row.name, row.createdAt, row.counts, Buffer.from(row.data));
        const image = db.prepare('INSERT OR IGNORE INTO images (id, mime, width, height, size, bytes, preview, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
        for (const row of carry.images) image.run(row.id, row.mime, row.width, row.height, row.size, Buffer.from(row.bytes), row.preview ? Buffer.from(row.preview) : null, row.createdAt);
        also?.(db);
      }).immediate();
    } finally {
      db.close();
    }
    fs.renameSync(temp, file);
    syncFolder(path.dirname(file));
  } catch (error) {
    fs.rmSync(temp, { force: true });
    fs.rmSync(journalOf(temp), { force: true });
    ioFailure(file, error);
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

/** A named version carried from a file that is written anew (read from it by the parse process). */
export interface VersionRow {
  id: string;
  name: string;
  createdAt: string;
  counts: string;
  data: Uint8Array;
}

/** An image carried from a file that is written anew (read and checked by the parse process). */
export interface ImageRow {
  id: string;
  mime: string;
  width: number;
  height: number;
  size: number;
  bytes: Uint8Array;
  preview: Uint8Array | null;
  createdAt: string;
}

/** What a map written anew keeps of the file it replaces, besides the map itself. */
export interface Carry {
  versions: readonly VersionRow[];
  images: readonly ImageRow[];
}

const NOTHING_CARRIED: Carry = { versions: [], images: [] };

export interface WriteResult {
  /** the file was a map whose schema was not exactly ours: it was written anew without these */
  cleaned?: string[];
}

/**
 * Saves a document. A journey map whose schema is exactly ours is updated in one transaction;
 * anything else (a new file, a file that is not ours, or a map carrying things this app did not
 * make) is written beside it and renamed over it. `also` writes more in the same transaction (a
 * named version); `carry` are the versions and images of a map being written anew. A save in
 * place rewrites the records only: versions and images stay as they are.
 */
export function writeProject(file: string, doc: JourneyDoc, info: FileInfo = {}, also?: (db: Database.Database) => void, carry?: Carry): WriteResult {
  const stamped: FileInfo = { ...info, savedAt: info.savedAt ?? new Date().toISOString() };
  removeStaleTemps(file);
  removeStrangeJournal(file);
  // First finish undoing an interrupted save (SQLite plays a journal back only if no process
  // holds it): replacing the file while its journal lies beside it would let SQLite later play
  // old pages onto the new file.
  if (hasJournal(file)) rollBackInPlace(file);
  let cleaned: string[] | undefined;
  if (hasOurHeader(file)) {
    const result = writeInPlace(file, doc, stamped, also);
    if (result.written) return {};
    if (result.strangers.length > 0) cleaned = result.strangers;
  }
  writeFresh(file, doc, stamped, also, carry);
  return cleaned ? { cleaned } : {};
}
