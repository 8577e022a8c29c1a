// Images a window added that no saved map holds yet: a map that was never saved, or an edit not
// saved so far. They wait in this computer's user-data folder (not in memory: a crash must not
// lose the photos of a recovery draft, and fifty photos should not sit in the main process), one
// file per distinct image named by its SHA-256, beside its preview. A save copies what the map
// names into the file (documents.ts). Everything read back is checked again, as if it came from
// outside: another program may have written into the folder.
import fs from 'node:fs';
import path from 'node:path';
import { ApiError, MAX_PREVIEW_BYTES, type ImageMeta } from '../../shared/api.ts';
import { IMAGE_ID } from '../../shared/images.ts';
import { MAX_IMAGE_BYTES } from '../../shared/limits.ts';
import { writeFileAtomic } from './atomicFile.ts';
import { checkedPreview, prepareImage, type PreparedImage } from './imageStore.ts';

/** Pool entries unused this long are removed when the app starts (a draft keeps its own fresh). */
export const POOL_KEEP_MS = 30 * 24 * 60 * 60 * 1000;

export interface PooledImage extends PreparedImage {
  preview: Buffer | null;
}

export class ImagePool {
  readonly dir: string;

  constructor(userDataDir: string) {
    this.dir = path.join(userDataDir, 'images');
  }

  #file(id: string, preview = false): string {
    if (!IMAGE_ID.test(id)) throw new ApiError({ code: 'invalid-request', message: `not an image id: ${id.slice(0, 80)}` });
    return path.join(this.dir, preview ? `${id}.preview` : id);
  }

  /** Checks an image by its content (and its preview) and keeps it; the same bytes twice are kept once. */
  add(bytes: Uint8Array, preview: Uint8Array | null): ImageMeta & { deduplicated: boolean } {
    const image = prepareImage(bytes);
    const checked = preview && checkedPreview(preview);
    const meta = { id: image.id, mime: image.mime, width: image.width, height: image.height, size: image.size };
    const known = this.read(image.id) !== null;
    try {
      fs.mkdirSync(this.dir, { recursive: true });
      if (!known) writeFileAtomic(this.#file(image.id), image.bytes, { createFolder: false });
      else this.touch([image.id]);
      if (checked) writeFileAtomic(this.#file(image.id, true), checked, { createFolder: false });
    } catch (error) {
      throw new ApiError({ code: 'io', message: `the image could not be kept for the map: ${(error as Error).message}`, params: { reason: (error as NodeJS.ErrnoException).code ?? 'io' } });
    }
    return { ...meta, deduplicated: known };
  }

  /** Whether the pool holds the image (its bytes unchecked: read() checks). */
  has(id: string): boolean {
    return IMAGE_ID.test(id) && fs.existsSync(this.#file(id));
  }

  /**
   * The image as it was added, checked (type, size, and that its bytes are its id), with its
   * preview if it has a usable one; null when the pool does not hold it (or holds something else
   * under its name). `withOriginal: false` skips the original's bytes when a preview will do.
   */
  read(id: string, { withOriginal = true }: { withOriginal?: boolean } = {}): PooledImage | null {
    if (!IMAGE_ID.test(id)) return null;
    const bytes = readSmall(this.#file(id), MAX_IMAGE_BYTES);
    if (!bytes) return null;
    let image: PreparedImage;
    try {
      image = prepareImage(bytes);
    } catch {
      return null;
    }
    if (image.id !== id) return null;
    const raw = readSmall(this.#file(id, true), MAX_PREVIEW_BYTES);
    let preview: Buffer | null = null;
    if (raw) {
      try {
        preview = checkedPreview(raw);
      } catch {
        preview = null;
      }
    }
    return withOriginal || !preview ? { ...image, preview } : { ...image, bytes: Buffer.alloc(0), preview };
  }

  /** Marks images as used now (a draft names them), so the start-up clean-up keeps them. */
  touch(ids: Iterable<string>): void {
    const now = new Date();
    for (const id of ids) {
      if (!IMAGE_ID.test(id)) continue;
      for (const file of [this.#file(id), this.#file(id, true)]) {
        try {
          fs.utimesSync(file, now, now);
        } catch {
          // not in the pool: nothing to keep
        }
      }
    }
  }

  /** Removes entries unused for `keepMs` and anything in the folder that is not an entry. */
  prune(keepMs = POOL_KEEP_MS, now = Date.now()): string[] {
    let names: string[];
    try {
      names = fs.readdirSync(this.dir);
    } catch {
      return [];
    }
    const removed: string[] = [];
    for (const name of names) {
      const full = path.join(this.dir, name);
      try {
        const stat = fs.lstatSync(full);
        // A write in progress (a temp file) is young; anything else strange or stale goes.
        const stale = now - stat.mtimeMs > keepMs;
        if (stat.isFile() && !stale) continue;
        fs.rmSync(full, { force: true, recursive: stat.isDirectory() });
        removed.push(name);
      } catch {
        // gone already
      }
    }
    return removed;
  }
}

/** A regular file's bytes if it is at most `max` long (a FIFO or a huge file reads as nothing). */
function readSmall(file: string, max: number): Buffer | null {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
    const stat = fs.fstatSync(fd);
    if (!stat.isFile() || stat.size > max) return null;
    const bytes = Buffer.alloc(stat.size);
    let read = 0;
    while (read < bytes.length) {
      const n = fs.readSync(fd, bytes, read, bytes.length - read, read);
      if (n === 0) break;
      read += n;
    }
    return read === bytes.length ? bytes : null;
  } catch {
    return null;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}
