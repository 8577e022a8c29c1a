// The document services both shells host: new, open (maps, and exported PNG/PDF), save, recent files.
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { ApiError, type LockHolder, type OpenedDocument, type SavedDocument, type TemplateName, type VersionInfo } from '../../shared/api.ts';
import type { JourneyDoc, Locale } from '../../shared/model.ts';
import { createDocument } from '../../shared/templates.ts';
import { DocumentInvalidError, parseDocument } from '../../shared/validate.ts';
import { openMapFile } from './export/importMap.ts';
import { writeProject } from './projectFile.ts';
import { RecentFiles } from './recentFiles.ts';
import { RecoveryStore } from './recovery.ts';
import { FileLocks } from './fileLocks.ts';
import { newVersion } from './versions.ts';

const MISSING = 'missing';

/**
 * What a file looks like from outside: modification time, size and inode. A save here changes it
 * and reports the new one; any other change (a sync tool replacing the file, another computer
 * saving it) shows as a different stamp.
 */
export function stampOf(file: string): string {
  try {
    const stat = fs.statSync(file, { bigint: true });
    return `${stat.mtimeNs}:${stat.size}:${stat.ino}`;
  } catch {
    return MISSING;
  }
}

/** The whole document checked before it touches any disk: a bad payload is refused, not written. */
export function checkedDocument(payload: unknown): JourneyDoc {
  try {
    return parseDocument(payload);
  } catch (error) {
    if (error instanceof DocumentInvalidError) {
      throw new ApiError({ code: 'invalid-document', message: `the document was not saved: ${error.message}` });
    }
    throw error;
  }
}

export class DocumentService {
  readonly recent: RecentFiles;
  readonly recovery: RecoveryStore;
  readonly locks: FileLocks;
  readonly #appVersion: string;

  constructor({ userDataDir, appVersion }: { userDataDir: string; appVersion: string }) {
    this.recent = new RecentFiles(userDataDir);
    this.recovery = new RecoveryStore(userDataDir);
    this.locks = new FileLocks();
    this.#appVersion = appVersion;
  }

  newDocument(template: TemplateName, locale: Locale): JourneyDoc {
    return createDocument(template, locale);
  }

  /** A .cjm file, or a PNG/PDF exported with its map inside (which opens as a new, unsaved map). */
  async open(file: string, owner?: string): Promise<OpenedDocument> {
    const stamp = stampOf(file);
    const { doc, problems, imported } = await openMapFile(file);
    if (imported) return { path: null, importedFrom: file, doc, problems, stamp: null };
    this.#remember(file, doc);
    const lockedBy = owner ? this.hold(file, owner) : null;
    return lockedBy ? { path: file, doc, problems, stamp, lockedBy } : { path: file, doc, problems, stamp };
  }

  /** The window now shows `file`, not the one it held before: takes its lock unless someone else has it (returned). */
  hold(file: string, owner: string): LockHolder | null {
    if (!this.locks.holds(file, owner)) this.locks.release(owner);
    return this.locks.acquire(file, owner);
  }

  /** The window shows no file any more: its lock goes. */
  close(owner: string): void {
    this.locks.release(owner);
  }

  /** Checks the whole document before touching the disk: a bad payload never reaches the file. */
  save(file: string, payload: unknown, expectedStamp?: string, owner?: string): SavedDocument {
    return this.#write(file, checkedDocument(payload), expectedStamp, owner);
  }

  /** Saves the map and, in the same transaction, a named version of it. */
  saveVersion(file: string, name: string, payload: unknown, expectedStamp?: string, owner?: string): SavedDocument & { version: VersionInfo } {
    const doc = checkedDocument(payload);
    const version = newVersion(name, doc);
    return { ...this.#write(file, doc, expectedStamp, owner, version.write), version: version.info };
  }

  #write(file: string, doc: JourneyDoc, expectedStamp: string | undefined, owner: string | undefined, also?: (db: Database.Database) => void): SavedDocument {
    const lockedBy = owner ? this.locks.acquire(file, owner) : null;
    if (lockedBy) {
      const who = lockedBy.by === 'other-window' ? 'another window' : `${lockedBy.user} on ${lockedBy.host}`;
      throw new ApiError({
        code: 'locked',
        message: `${path.basename(file)}: is open in ${who}; not saved (save it under another name)`,
        params: { file: path.basename(file), ...lockedBy },
      });
    }
    if (expectedStamp !== undefined) {
      const now = stampOf(file);
      if (now !== expectedStamp) {
        const reason = now === MISSING ? 'deleted' : 'changed';
        throw new ApiError({
          code: 'conflict',
          message: `${path.basename(file)}: ${reason === 'deleted' ? 'was deleted' : 'was changed by another program or computer'} since it was opened here; not overwritten`,
          params: { file: path.basename(file), reason },
        });
      }
    }
    const savedAt = new Date().toISOString();
    writeProject(file, doc, { appVersion: this.#appVersion, savedAt }, also);
    this.#remember(file, doc);
    return { path: file, savedAt, stamp: stampOf(file) };
  }

  #remember(file: string, doc: JourneyDoc): void {
    try {
      this.recent.add(file, doc.map.title || path.basename(file, path.extname(file)));
    } catch {
      // The recent list is a convenience: failing to update it must not fail an open or a save.
    }
  }
}
