// The document services both shells host: new, open (maps, and exported PNG/PDF), save, recent files.
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { ApiError, type LockHolder, type OpenedDocument, type SavedDocument, type TemplateName, type VersionInfo } from '../../shared/api.ts';
import type { JourneyDoc, Locale } from '../../shared/model.ts';
import { createDocument } from '../../shared/templates.ts';
import { DocumentInvalidError, parseDocument } from '../../shared/validate.ts';
import { hasOurHeader, writeProject, type Carry } from './projectFile.ts';
import { nodeParseChild } from './parser/nodeChild.ts';
import { Parser } from './parser/parser.ts';
import { RecentFiles } from './recentFiles.ts';
import { MISSING, stampOf } from './stamp.ts';
import { RecoveryStore } from './recovery.ts';
import { FileLocks } from './fileLocks.ts';
import { newVersion } from './versions.ts';
import { insertImage, prepareImage, type ImageList, type PreparedImage, type StoredImage } from './imageStore.ts';
import { ImagePool } from './imagePool.ts';
import { checkImage } from '../../shared/images.ts';
import { MAX_MAP_IMAGES_BYTES } from '../../shared/limits.ts';
import { checkedThumbnail, dropUnusedImages, writeThumbnail } from './imageUpkeep.ts';
import { imageIdsOf } from '../../shared/imageRefs.ts';
import type { EmbeddedImage } from '../../shared/export/embeddedImage.ts';
import type { ImageData, ImageMeta } from '../../shared/api.ts';


export { stampOf };

/** What a save brings along for the file's images (see ImageSaveFields in shared/api.ts). */
export interface ImageSaveOptions {
  from?: string;
  keepImages?: readonly string[];
  /** base64 PNG */
  thumbnail?: string;
}

const fromBase64 = (text: string) => Buffer.from(text, 'base64');

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
  /** images added but not yet saved into a map */
  readonly pool: ImagePool;
  /** every file from outside is read here, in a process of its own */
  readonly parser: Parser;
  readonly #appVersion: string;
  /** file → its stamp before and after a save of ours that failed (and rolled back) */
  readonly #failedSaves = new Map<string, { before: string; after: string }>();

  /** what a map's images may take together (tests make it small) */
  readonly #mapImagesLimit: number;

  constructor({ userDataDir, appVersion, parser, mapImagesLimit = MAX_MAP_IMAGES_BYTES }: { userDataDir: string; appVersion: string; parser?: Parser; mapImagesLimit?: number }) {
    this.#mapImagesLimit = mapImagesLimit;
    this.parser = parser ?? new Parser({ spawn: () => nodeParseChild() });
    this.recent = new RecentFiles(userDataDir);
    this.recovery = new RecoveryStore(userDataDir, { read: (file, name) => this.parser.run({ job: 'draft', file, name }) });
    this.locks = new FileLocks();
    this.pool = new ImagePool(userDataDir);
    this.pool.prune();
    this.#appVersion = appVersion;
  }

  /** Stops the parse process (the shell is closing). */
  dispose(): void {
    this.parser.dispose();
  }

  newDocument(template: TemplateName, locale: Locale): JourneyDoc {
    return createDocument(template, locale);
  }

  /** A .cjm file, or a PNG/PDF exported with its map inside (which opens as a new, unsaved map). */
  async open(file: string, owner?: string, takeOver?: string): Promise<OpenedDocument> {
    const stamp = stampOf(file);
    const { doc, problems, imported } = await this.parser.run({ job: 'open', file });
    if (imported) return { path: null, importedFrom: file, doc, problems, stamp: null };
    this.#remember(file, doc);
    const lockedBy = owner ? this.hold(file, owner, takeOver) : null;
    return lockedBy ? { path: file, doc, problems, stamp, lockedBy } : { path: file, doc, problems, stamp };
  }

  /**
   * The window now shows `file`, not the one it held before: takes its lock unless someone else
   * has it (returned). `takeOver` names the page this window reloads: a lock that page held on
   * the file passes to this window.
   */
  hold(file: string, owner: string, takeOver?: string): LockHolder | null {
    if (takeOver && takeOver !== owner && this.locks.holds(file, takeOver)) this.locks.release(takeOver);
    if (!this.locks.holds(file, owner)) this.locks.release(owner);
    return this.locks.acquire(file, owner);
  }

  /** The window shows no file any more: its lock goes. */
  close(owner: string): void {
    this.locks.release(owner);
  }

  /** Checks the whole document before touching the disk: a bad payload never reaches the file. */
  save(file: string, payload: unknown, expectedStamp?: string, owner?: string, images: ImageSaveOptions = {}): Promise<SavedDocument> {
    return this.#write(file, checkedDocument(payload), expectedStamp, owner, images);
  }

  /** Saves the map and, in the same transaction, a named version of it. */
  async saveVersion(file: string, name: string, payload: unknown, expectedStamp?: string, owner?: string, images: ImageSaveOptions = {}): Promise<SavedDocument & { version: VersionInfo }> {
    const doc = checkedDocument(payload);
    const version = newVersion(name, doc);
    return { ...(await this.#write(file, doc, expectedStamp, owner, images, version.write)), version: version.info };
  }

  /** The versions stored in a map, newest first. */
  listVersions(file: string): Promise<VersionInfo[]> {
    return this.parser.run({ job: 'versions', file });
  }

  /** One stored version's document. */
  readVersion(file: string, id: string): Promise<{ doc: JourneyDoc; problems: string[] }> {
    return this.parser.run({ job: 'version', file, id });
  }

  /** A map whose schema is not exactly ours is written anew: its versions and images come along. */
  async #toCarry(file: string): Promise<Carry | undefined> {
    if (!hasOurHeader(file)) return undefined;
    try {
      const inspected = await this.parser.run({ job: 'inspect', file });
      return inspected.exact ? undefined : inspected.carry;
    } catch {
      // Too hostile to read: the user's map replaces it, without versions or images.
      return { versions: [], images: [] };
    }
  }

  /** The images stored in a map, without their bytes. */
  listImages(file: string): Promise<ImageList> {
    return this.parser.run({ job: 'images', file });
  }

  /** One stored image, its bytes checked against its type, size and id. */
  readImage(file: string, id: string): Promise<StoredImage> {
    return this.parser.run({ job: 'image', file, id, withOriginal: true });
  }

  /** The thumbnail of a file of the recent list (null: none, or the file is gone or not a map). */
  async recentThumbnail(file: string): Promise<{ png: string; width: number; height: number } | null> {
    if (!this.recent.has(file)) throw new ApiError({ code: 'forbidden', message: `${path.basename(file)}: is not a recent file`, params: { file: path.basename(file) } });
    if (!fs.existsSync(file) || !hasOurHeader(file)) return null;
    try {
      const thumbnail = await this.parser.run({ job: 'thumbnail', file, withPng: true });
      return thumbnail?.png ? { png: Buffer.from(thumbnail.png).toString('base64'), width: thumbnail.width, height: thumbnail.height } : null;
    } catch {
      return null;
    }
  }

  /** Keeps unsaved work as a recovery draft; the pool keeps the images it names fresh. */
  putDraft(id: string, draft: { path: string | null; stamp: string | null; doc: JourneyDoc }): { savedAt: string } {
    const saved = this.recovery.put(id, draft);
    this.pool.touch(imageIdsOf(draft.doc));
    return saved;
  }

  /** Checks an image by its content and keeps it for the map until a save writes it in. */
  addImage(bytes: string, preview: string | null): ImageMeta & { deduplicated: boolean } {
    return this.pool.add(fromBase64(bytes), preview === null ? null : fromBase64(preview));
  }

  /**
   * An image for the window: its preview (or, `full`, its original), from the pool or else from
   * the map's file. Without a usable preview the original comes (isPreview false): the window
   * makes its own preview from it.
   */
  async readImageData(id: string, file: string | null, full: boolean): Promise<ImageData> {
    const pooled = this.pool.read(id, { withOriginal: full });
    const image = pooled ?? (file ? await this.parser.run({ job: 'image', file, id, withOriginal: full }) : null);
    if (!image) throw new ApiError({ code: 'not-found', message: `no image ${id.slice(0, 12)} (the map was not saved with it)`, params: { id: id.slice(0, 12) } });
    const meta = { id: image.id, mime: image.mime, width: image.width, height: image.height, size: image.size };
    if (!full && image.preview) {
      // (checked when it was read: the pool's and the file's previews alike)
      const { mime } = checkImage(image.preview);
      return { ...meta, data: Buffer.from(image.preview).toString('base64'), dataMime: mime, isPreview: true };
    }
    return { ...meta, data: Buffer.from(image.bytes).toString('base64'), dataMime: image.mime, isPreview: false };
  }

  /**
   * The originals of the images a map names, for an export: from the pool, else from the map's
   * file. An image found nowhere is left out (the export draws its place empty).
   */
  async imagesFor(doc: JourneyDoc, file: string | null): Promise<Map<string, EmbeddedImage>> {
    const found = new Map<string, EmbeddedImage>();
    for (const id of imageIdsOf(doc)) {
      let image: PreparedImage | StoredImage | null = this.pool.read(id);
      if (!image && file) {
        try {
          image = await this.parser.run({ job: 'image', file, id, withOriginal: true });
        } catch {
          image = null;
        }
      }
      if (image) found.set(id, { mime: image.mime, width: image.width, height: image.height, bytes: image.bytes });
    }
    return found;
  }

  /**
   * The images a save must write into `file`: those the map names that the file lacks, from the
   * pool or from the file the map came from (Save As). Read before the write, in the parse
   * process for files; an image found nowhere stays named by the map (drawn as missing).
   */
  async #imagesToWrite(file: string, doc: JourneyDoc, from: string | undefined, keep: ReadonlySet<string>): Promise<{ image: PreparedImage; preview: Buffer | null }[]> {
    const named = imageIdsOf(doc);
    let stored: { id: string; size: number }[] = [];
    if (fs.existsSync(file) && hasOurHeader(file)) {
      try {
        stored = (await this.listImages(file)).images;
      } catch {
        stored = [];
      }
    }
    const present = new Set(stored.map((image) => image.id));
    const out: { image: PreparedImage; preview: Buffer | null }[] = [];
    for (const id of named) {
      if (present.has(id)) continue;
      const pooled = this.pool.read(id);
      if (pooled) {
        out.push({ image: pooled, preview: pooled.preview });
        continue;
      }
      if (!from || from === file) continue;
      try {
        const stored = await this.readImage(from, id);
        out.push({ image: prepareImage(stored.bytes), preview: stored.preview ? Buffer.from(stored.preview) : null });
      } catch {
        // damaged or gone in the old file: the map still names it
      }
    }
    // Past the cap the save is refused before anything is written, saying what to do.
    const total = stored.filter((image) => keep.has(image.id)).reduce((sum, image) => sum + image.size, 0) + out.reduce((sum, { image }) => sum + image.size, 0);
    if (total > this.#mapImagesLimit) {
      const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
      throw new ApiError({
        code: 'too-large',
        message: `${path.basename(file)}: not saved: its images would take ${mb(total)} MB; a map may hold at most ${mb(this.#mapImagesLimit)} MB of images`,
        params: { reason: 'map-images', file: path.basename(file), total: mb(total), limit: mb(this.#mapImagesLimit) },
      });
    }
    return out;
  }

  #checkWritable(file: string, expectedStamp: string | undefined, owner: string | undefined): void {
    // Without an owner (a save from no window in particular) nobody else's lock is taken over either.
    const lockedBy = owner ? this.locks.acquire(file, owner) : this.locks.holder(file);
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
      // A save of ours that failed and rolled back touched the file's time, not its map.
      const failed = this.#failedSaves.get(file);
      const unchanged = now === expectedStamp || (failed !== undefined && failed.before === expectedStamp && failed.after === now);
      if (!unchanged) {
        const reason = now === MISSING ? 'deleted' : 'changed';
        throw new ApiError({
          code: 'conflict',
          message: `${path.basename(file)}: ${reason === 'deleted' ? 'was deleted' : 'was changed by another program or computer'} since it was opened here; not overwritten`,
          params: { file: path.basename(file), reason },
        });
      }
    }
  }

  async #write(file: string, doc: JourneyDoc, expectedStamp: string | undefined, owner: string | undefined, images: ImageSaveOptions, also?: (db: Database.Database) => void): Promise<SavedDocument> {
    this.#checkWritable(file, expectedStamp, owner);
    const savedAt = new Date().toISOString();
    const thumbnail = images.thumbnail === undefined ? null : checkedThumbnail(fromBase64(images.thumbnail));
    const carry = await this.#toCarry(file);
    const keep = new Set([...imageIdsOf(doc), ...(images.keepImages ?? [])]);
    const toWrite = await this.#imagesToWrite(file, doc, images.from, keep);
    const withImages = (db: Database.Database) => {
      // What nothing names goes first, so the cap counts what the file will hold.
      dropUnusedImages(db, keep);
      for (const { image, preview } of toWrite) insertImage(db, image, { preview, mapLimit: this.#mapImagesLimit });
      if (thumbnail) writeThumbnail(db, thumbnail, savedAt);
      also?.(db);
    };
    const before = stampOf(file);
    let written;
    try {
      written = writeProject(file, doc, { appVersion: this.#appVersion, savedAt }, withImages, carry);
    } catch (error) {
      const after = stampOf(file);
      if (after !== before && after !== MISSING) this.#failedSaves.set(file, { before: expectedStamp ?? before, after });
      throw error;
    }
    this.#failedSaves.delete(file);
    this.#remember(file, doc);
    const saved: SavedDocument = { path: file, savedAt, stamp: stampOf(file) };
    return written.cleaned ? { ...saved, cleaned: written.cleaned } : saved;
  }

  #remember(file: string, doc: JourneyDoc): void {
    try {
      this.recent.add(file, doc.map.title || path.basename(file, path.extname(file)));
    } catch {
      // The recent list is a convenience: failing to update it must not fail an open or a save.
    }
  }
}
