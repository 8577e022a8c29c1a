// What a save does for a map's images beside writing its records: drop the images nobody names
// any more, and keep the file's thumbnail. Runs inside the save's transaction.
import type Database from 'better-sqlite3';
import zlib from 'node:zlib';
import { ApiError, MAX_THUMBNAIL_BYTES } from '../../shared/api.ts';
import { ImageError, checkImage } from '../../shared/images.ts';
import { MAX_DOCUMENT_BYTES } from '../../shared/limits.ts';
import { storedImageIds } from './imageStore.ts';
import { withSnapshot } from './projectFile.ts';

/** Versions read to see which images they name, at most (more: nothing is dropped). */
const MAX_VERSIONS_SEARCHED = 500;
/** The largest thumbnail side the app draws (it draws 512). */
export const MAX_THUMBNAIL_SIDE = 1024;

/**
 * Deletes the images neither `keep` (what the map and the window's undo history name) nor any
 * named version of the map names. A version that cannot be read keeps every image: dropping a
 * photo it may show cannot be undone.
 */
export function dropUnusedImages(db: Database.Database, keep: ReadonlySet<string>): string[] {
  const unused = [...storedImageIds(db)].filter((id) => !keep.has(id));
  if (unused.length === 0) return [];
  const versions = db.prepare('SELECT data FROM versions LIMIT ?').pluck().all(MAX_VERSIONS_SEARCHED + 1) as unknown[];
  if (versions.length > MAX_VERSIONS_SEARCHED) return [];
  let candidates = unused;
  for (const data of versions) {
    if (!Buffer.isBuffer(data)) return [];
    let text: string;
    try {
      text = zlib.brotliDecompressSync(data, { maxOutputLength: MAX_DOCUMENT_BYTES }).toString('utf8');
    } catch {
      return [];
    }
    // Image ids are 64 hex digits: met in a version's text, it names the image.
    candidates = candidates.filter((id) => !text.includes(id));
    if (candidates.length === 0) return [];
  }
  const remove = db.prepare('DELETE FROM images WHERE id = ?');
  for (const id of candidates) remove.run(id);
  return candidates;
}

/** A thumbnail the window drew, checked: a PNG, small. Throws ApiError('invalid-request'). */
export function checkedThumbnail(png: Uint8Array): { png: Buffer; width: number; height: number } {
  const refuse = (why: string): never => {
    throw new ApiError({ code: 'invalid-request', message: `the map's thumbnail was not accepted: ${why}` });
  };
  if (png.length > MAX_THUMBNAIL_BYTES) refuse('it is too large');
  let header;
  try {
    header = checkImage(png);
  } catch (error) {
    if (error instanceof ImageError) refuse(error.message);
    throw error;
  }
  if (header.mime !== 'image/png') refuse('it is not a PNG');
  if (header.width > MAX_THUMBNAIL_SIDE || header.height > MAX_THUMBNAIL_SIDE) refuse(`it is ${header.width}×${header.height} pixels`);
  return { png: Buffer.from(png.buffer, png.byteOffset, png.byteLength), width: header.width, height: header.height };
}

export function writeThumbnail(db: Database.Database, thumbnail: { png: Buffer; width: number; height: number }, madeAt: string): void {
  db.prepare('DELETE FROM thumbnail').run();
  db.prepare('INSERT INTO thumbnail (png, width, height, made_at) VALUES (?, ?, ?, ?)').run(thumbnail.png, thumbnail.width, thumbnail.height, madeAt);
}

export interface Thumbnail {
  png: Buffer;
  width: number;
  height: number;
  madeAt: string;
}

/** The file's thumbnail, checked like one from the window; null when it has none (or a bad one). */
export function readThumbnail(file: string): Thumbnail | null {
  return withSnapshot(
    file,
    ({ db }) => {
      let row: { png: unknown; madeAt: unknown } | undefined;
      try {
        row = db.prepare('SELECT png, made_at AS madeAt FROM thumbnail WHERE length(png) <= ? LIMIT 1').get(MAX_THUMBNAIL_BYTES) as typeof row;
      } catch {
        // a file from before thumbnails
        return null;
      }
      if (!row || !Buffer.isBuffer(row.png)) return null;
      try {
        const checked = checkedThumbnail(row.png);
        return { ...checked, madeAt: typeof row.madeAt === 'string' ? row.madeAt.slice(0, 100) : '' };
      } catch {
        return null;
      }
    },
    ['versions', 'images'],
  );
}
