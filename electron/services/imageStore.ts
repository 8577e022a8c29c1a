// Images inside the .cjm file, beside the document (not in it: documents travel over IPC as
// JSON). One row per distinct image, keyed by the SHA-256 of its original bytes, so the same
// photo dropped twice is stored once. Everything that enters is checked by its content
// (shared/images.ts) and against the limits; everything read back is checked again, since a
// .cjm comes from anywhere: its declared type, size and id must match its bytes.
import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { ApiError, MAX_PREVIEW_BYTES } from '../../shared/api.ts';
import { IMAGE_ID, IMAGE_MIMES, ImageError, checkImage, mapFullError, type ImageMime } from '../../shared/images.ts';
import { MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS, MAX_MAP_IMAGES_BYTES } from '../../shared/limits.ts';
import { updateMap, withSnapshot, type ImageRow } from './projectFile.ts';

/** An image checked and hashed, ready to be stored. */
export interface PreparedImage {
  id: string;
  mime: ImageMime;
  width: number;
  height: number;
  size: number;
  bytes: Buffer;
}

export interface AddedImage {
  id: string;
  mime: ImageMime;
  width: number;
  height: number;
  size: number;
  /** the map already held these bytes: nothing was written */
  deduplicated: boolean;
}

/** An image as the list shows it (no bytes). */
export interface ImageInfo {
  id: string;
  mime: ImageMime;
  width: number;
  height: number;
  size: number;
  createdAt: string;
  hasPreview: boolean;
}

export interface ImageList {
  images: ImageInfo[];
  /** ids (or row numbers) of rows that cannot be read back as images */
  damaged: string[];
  /** bytes of the originals the list holds */
  totalBytes: number;
}

/**
 * One image read back: its original bytes, checked, and its preview if it has a usable one.
 * (Uint8Array: from the parse process in Electron they arrive as plain typed arrays.)
 */
export interface StoredImage extends ImageInfo {
  bytes: Uint8Array;
  preview: Uint8Array | null;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const fileName = (file: string) => path.basename(file);
const shortId = (id: string) => id.slice(0, 12);

function refused(error: ImageError): ApiError {
  return new ApiError({ code: 'invalid-image', message: `the image was not added: ${error.message}`, params: { reason: error.code, message: error.message, ...error.params } });
}

/** Checks an image from outside (by content, size and pixels) and computes its id. Throws ApiError('invalid-image'). */
export function prepareImage(bytes: Uint8Array): PreparedImage {
  let header;
  try {
    header = checkImage(bytes);
  } catch (error) {
    if (error instanceof ImageError) throw refused(error);
    throw error;
  }
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { id: sha256(buffer), ...header, bytes: buffer };
}

/** A preview larger than this on its long side is not one the app made. */
export const MAX_PREVIEW_SIDE = 2048;

/** A preview the window made, checked: an accepted image type, small. Throws ApiError('invalid-image'). */
export function checkedPreview(bytes: Uint8Array): Buffer {
  const refuse = (message: string): never => {
    throw new ApiError({ code: 'invalid-image', message: `the image's preview was not accepted: ${message}`, params: { reason: 'malformed', message } });
  };
  if (bytes.length > MAX_PREVIEW_BYTES) refuse(`it is larger than ${MAX_PREVIEW_BYTES / 1024 / 1024} MB`);
  let header;
  try {
    header = checkImage(bytes);
  } catch (error) {
    if (error instanceof ImageError) refuse(error.message);
    throw error;
  }
  if (header.width > MAX_PREVIEW_SIDE || header.height > MAX_PREVIEW_SIDE) refuse(`it is ${header.width}×${header.height} pixels; previews are at most ${MAX_PREVIEW_SIDE} on a side`);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Bytes of originals a map's images table holds (their true lengths, not what rows declare). */
export function storedImageBytes(db: Database.Database): number {
  return (db.prepare('SELECT coalesce(sum(length(bytes)), 0) AS n FROM images').get() as { n: number }).n;
}

/**
 * Stores a prepared image in an open map (inside the caller's transaction: an add of its own,
 * or a save's `also`). The same bytes already there are not stored again; a row under its id
 * whose bytes differ (a damaged row) is replaced. Refuses past the map's total cap.
 */
export function insertImage(
  db: Database.Database,
  image: PreparedImage,
  { createdAt = new Date().toISOString(), mapLimit = MAX_MAP_IMAGES_BYTES, preview = null }: { createdAt?: string; mapLimit?: number; preview?: Buffer | null } = {},
): AddedImage {
  const added = { id: image.id, mime: image.mime, width: image.width, height: image.height, size: image.size };
  const existing = db.prepare('SELECT mime, width, height, size, length(bytes) AS stored, typeof(bytes) AS kind FROM images WHERE id = ?').get(image.id) as Record<string, unknown> | undefined;
  if (existing && existing.kind === 'blob' && existing.stored === image.size && existing.mime === image.mime && existing.width === image.width && existing.height === image.height && existing.size === image.size) {
    const stored = (db.prepare('SELECT bytes FROM images WHERE id = ?').get(image.id) as { bytes: Buffer }).bytes;
    if (stored.equals(image.bytes)) {
      // A row from elsewhere may lack the preview the canvas needs.
      if (preview) db.prepare('UPDATE images SET preview = ? WHERE id = ? AND preview IS NULL').run(preview, image.id);
      return { ...added, deduplicated: true };
    }
  }
  const others = storedImageBytes(db) - (existing && typeof existing.stored === 'number' ? existing.stored : 0);
  if (others + image.size > mapLimit) throw refused(mapFullError(others, image.size, mapLimit));
  db.prepare('INSERT OR REPLACE INTO images (id, mime, width, height, size, bytes, preview, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(image.id, image.mime, image.width, image.height, image.size, image.bytes, preview, createdAt);
  return { ...added, deduplicated: false };
}

/** The ids of the rows a map's images table holds. */
export function storedImageIds(db: Database.Database): Set<string> {
  return new Set((db.prepare('SELECT id FROM images').pluck().all() as unknown[]).filter((id): id is string => typeof id === 'string'));
}

/**
 * Adds an image to a saved map, in one transaction of its own: checked by its content, stored
 * once per distinct bytes, within the map's total cap. The map must be a file whose schema is
 * exactly ours (a save writes any other anew first). Changes the file's stamp.
 */
export function addImage(file: string, bytes: Uint8Array, options: { mapLimit?: number } = {}): AddedImage {
  const image = prepareImage(bytes);
  return updateMap(file, (db) => insertImage(db, image, options));
}

interface RowMeta {
  id: unknown;
  mime: unknown;
  width: unknown;
  height: unknown;
  size: unknown;
  created_at: unknown;
  kind: unknown;
  stored: unknown;
  previewKind: unknown;
  previewStored: unknown;
}

const META = `SELECT id, mime, width, height, size, created_at, typeof(bytes) AS kind, length(bytes) AS stored,
  typeof(preview) AS previewKind, length(preview) AS previewStored FROM images`;

const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isSafeInteger(n) && n > 0;

/** What is wrong with a row, judged without its bytes (null: nothing yet). */
function metaProblem(row: RowMeta): string | null {
  if (typeof row.id !== 'string' || !IMAGE_ID.test(row.id)) return 'its id is not a SHA-256';
  if (typeof row.mime !== 'string' || !(IMAGE_MIMES as readonly string[]).includes(row.mime)) return `its type ${JSON.stringify(String(row.mime).slice(0, 40))} is not PNG, JPEG, WebP or GIF`;
  if (row.kind !== 'blob') return 'it holds no bytes';
  if (typeof row.stored !== 'number' || row.stored > MAX_IMAGE_BYTES) return `its bytes are larger than ${MAX_IMAGE_BYTES / 1024 / 1024} MB`;
  if (row.size !== row.stored) return `it declares ${String(row.size).slice(0, 30)} bytes but holds ${row.stored}`;
  if (!isCount(row.width) || !isCount(row.height) || row.width * row.height > MAX_IMAGE_PIXELS) return `its declared size ${String(row.width).slice(0, 20)}×${String(row.height).slice(0, 20)} is not a size this app stores`;
  return null;
}

/** What is wrong with a row's bytes (null: they are the image the row says). */
function bytesProblem(row: RowMeta, bytes: Buffer): string | null {
  let header;
  try {
    header = checkImage(bytes);
  } catch (error) {
    if (error instanceof ImageError) return `its bytes are not an image this app accepts (${error.message})`;
    throw error;
  }
  if (header.mime !== row.mime) return `it is stored as ${String(row.mime)} but its bytes are ${header.mime}`;
  if (header.width !== row.width || header.height !== row.height) return `it declares ${String(row.width)}×${String(row.height)} pixels but its bytes are ${header.width}×${header.height}`;
  if (sha256(bytes) !== row.id) return 'its bytes do not match its id';
  return null;
}

/**
 * A preview is a small image the app made; one that is not (or is missing) reads as none, and
 * the window makes its own from the original. (A 100-megapixel "preview" would be a bomb.)
 */
function usablePreview(row: RowMeta, preview: unknown): Buffer | null {
  if (row.previewKind !== 'blob' || typeof row.previewStored !== 'number' || row.previewStored > MAX_PREVIEW_BYTES || !Buffer.isBuffer(preview)) return null;
  try {
    return checkedPreview(preview);
  } catch {
    return null;
  }
}

const info = (row: RowMeta): ImageInfo => ({
  id: row.id as string,
  mime: row.mime as ImageMime,
  width: row.width as number,
  height: row.height as number,
  size: row.size as number,
  createdAt: typeof row.created_at === 'string' ? row.created_at.slice(0, 100) : '',
  hasPreview: row.previewKind === 'blob',
});

/** The images of a map (none for a file from before images), without their bytes; rows that cannot be images are named as damaged. */
export function listImages(file: string): ImageList {
  return withSnapshot(
    file,
    ({ images: db }) => {
      const images: ImageInfo[] = [];
      const damaged: string[] = [];
      const rows = db.prepare(`${META} ORDER BY created_at, id`).all() as RowMeta[];
      rows.forEach((row, i) => {
        if (metaProblem(row) === null) images.push(info(row));
        else damaged.push(typeof row.id === 'string' ? row.id.slice(0, 64) : `row ${i + 1}`);
      });
      return { images, damaged, totalBytes: images.reduce((sum, image) => sum + image.size, 0) };
    },
    ['versions', 'images'],
  );
}

/**
 * One image's original bytes (and preview), checked: its type, size and id must match its bytes.
 * `withOriginal: false`: when the row has a usable preview, only it is read (bytes come empty):
 * what the canvas needs, without loading fifty photos to show fifty thumbnails.
 */
export function readImage(file: string, id: string, { withOriginal = true }: { withOriginal?: boolean } = {}): StoredImage {
  const params = { file: fileName(file) };
  if (!IMAGE_ID.test(id)) throw new ApiError({ code: 'not-found', message: `${fileName(file)}: no image ${shortId(id)}`, params });
  return withSnapshot(
    file,
    ({ images: db }) => {
      const row = db.prepare(`${META} WHERE id = ?`).get(id) as RowMeta | undefined;
      if (!row) throw new ApiError({ code: 'not-found', message: `${fileName(file)}: no image ${shortId(id)}`, params });
      const damaged = (reason: string): never => {
        throw new ApiError({ code: 'corrupt', message: `${fileName(file)}: image ${shortId(id)} is damaged: ${reason}`, params: { ...params, reason } });
      };
      // The bytes are loaded only once the row says they are an image of an allowed size.
      const early = metaProblem(row);
      if (early) damaged(early);
      if (!withOriginal) {
        const { preview } = db.prepare('SELECT CASE WHEN length(preview) <= ? THEN preview END AS preview FROM images WHERE id = ?').get(MAX_PREVIEW_BYTES, id) as { preview: unknown };
        const usable = usablePreview(row, preview);
        if (usable) return { ...info(row), bytes: new Uint8Array(0), preview: usable };
      }
      const { bytes, preview } = db.prepare('SELECT bytes, CASE WHEN length(preview) <= ? THEN preview END AS preview FROM images WHERE id = ?').get(MAX_PREVIEW_BYTES, id) as { bytes: Buffer; preview: unknown };
      const late = bytesProblem(row, bytes);
      if (late) damaged(late);
      return { ...info(row), bytes, preview: usablePreview(row, preview) };
    },
    ['versions', 'images'],
  );
}

/**
 * The images of a map about to be written anew as a clean file, as plain values: only rows
 * that read back as the image they say, within the map's total cap.
 */
export function imagesToCarry(file: string): ImageRow[] {
  return withSnapshot(
    file,
    ({ images: db }) => {
      const carry: ImageRow[] = [];
      let total = 0;
      const read = db.prepare('SELECT bytes, CASE WHEN length(preview) <= ? THEN preview END AS preview FROM images WHERE id = ?');
      for (const row of db.prepare(`${META} ORDER BY created_at, id`).all() as RowMeta[]) {
        if (metaProblem(row) !== null || total + (row.size as number) > MAX_MAP_IMAGES_BYTES) continue;
        const { bytes, preview } = read.get(MAX_PREVIEW_BYTES, row.id) as { bytes: Buffer; preview: unknown };
        if (bytesProblem(row, bytes) !== null) continue;
        total += bytes.length;
        const image = info(row);
        carry.push({ id: image.id, mime: image.mime, width: image.width, height: image.height, size: image.size, bytes, preview: usablePreview(row, preview), createdAt: image.createdAt });
      }
      return carry;
    },
    ['versions', 'images'],
  );
}
