// The contract between the renderer and the Node side: channel names, request schemas
// (validated in main and in the web shell) and response types. The preload, the Electron
// main process and the web-shell client all use this one file.
import { z } from 'zod';
import type { CommandId } from './commands.ts';
import { EXPORT_FORMATS, ExportOptionsSchema } from './export/options.ts';
import { IMAGE_ID, type ImageMime } from './images.ts';
import { MAX_IMAGE_BYTES } from './limits.ts';
import { LOCALES, type JourneyDoc, type Locale } from './model.ts';

export const TEMPLATES = ['blank', 'car-dealer', 'first-visit', 'restaurant-birthday', 'b2b-compressor', 'dealer-satisfaction'] as const;
export type TemplateName = (typeof TEMPLATES)[number];

const FilePath = z.string().min(1).max(4096).refine((p) => !p.includes('\0'), 'paths cannot contain NUL');
/** Ids a request may name: export jobs, drafts, versions. */
export const JobId = z.string().regex(/^[\w-]{8,64}$/);
/** A file's stamp as the services report it (see stampOf). */
const Stamp = z.string().max(200);
/** Bytes cross the boundary as base64 text (the web shell speaks JSON), at most `bytes` of them. */
const Base64 = (bytes: number) => z.string().max(Math.ceil(bytes / 3) * 4).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64');
/** An image stored in a map or waiting in this computer's image pool (shared/images.ts IMAGE_ID). */
export const ImageId = z.string().regex(IMAGE_ID);
/** A preview the window made of an image (downscaled, first frame): small. */
export const MAX_PREVIEW_BYTES = 2 * 1024 * 1024;
/** The file's thumbnail as the window drew it. */
export const MAX_THUMBNAIL_BYTES = 1024 * 1024;
/**
 * What a save brings along for the file's images (all optional):
 * - from: the file the map was last read from or saved to (Save As): images it holds that the
 *   new file lacks are copied over;
 * - keepImages: images the window's undo history still names: kept in the file though the map
 *   no longer shows them (the others the map does not name are dropped);
 * - thumbnail: a small PNG of the map, for file lists.
 */
const ImageSaveFields = {
  from: FilePath.optional(),
  keepImages: z.array(ImageId).max(10_000).optional(),
  thumbnail: Base64(MAX_THUMBNAIL_BYTES).optional(),
};

/** The kinds of file the app writes or opens: maps, the export formats, tables and spreadsheets (CSV, XLSX), maps as JSON and Mermaid journeys (.mmd written, .md only read). */
export const FILE_KINDS = ['cjm', ...EXPORT_FORMATS, 'csv', 'xlsx', 'json', 'mmd', 'md'] as const;
/** A Mermaid journey the window writes (.mmd): a map of 5,000 scenes is some 300 kB. */
export const MAX_MERMAID_TEXT_CHARS = 4_000_000;
/** A table the window writes as CSV (the metrics list): text, at most this many UTF-16 units. */
export const MAX_CSV_CHARS = 20_000_000;
export type FileKind = (typeof FILE_KINDS)[number];

export const requests = {
  'app:info': z.object({}).strict(),
  'doc:new': z.object({ template: z.enum(TEMPLATES), locale: z.enum(LOCALES) }).strict(),
  // owner: the window asking (one id per page load); it holds the file's lock while it shows it.
  // takeOver: the owner of the page this one reloads (web shell): its lock on the file passes to
  // this page, so the old page's late release cannot free the reloaded page's map.
  'doc:open': z.object({ path: FilePath, owner: JobId.optional(), takeOver: JobId.optional() }).strict(),
  // The document itself is checked by parseDocument (shared/validate.ts), which names the broken record.
  // expectedStamp: the file as this window last read or wrote it; a file changed since then
  // (another computer, a sync tool) is not overwritten without asking. Absent: no check (Save As).
  'doc:save': z.object({ path: FilePath, doc: z.unknown(), expectedStamp: Stamp.optional(), owner: JobId.optional(), ...ImageSaveFields }).strict(),
  // Named versions inside the file: saving one saves the map too (same checks as doc:save).
  'version:save': z
    .object({ path: FilePath, name: z.string().trim().min(1).max(200), doc: z.unknown(), expectedStamp: Stamp.optional(), owner: JobId.optional(), ...ImageSaveFields })
    .strict(),
  'version:list': z.object({ path: FilePath }).strict(),
  'version:open': z.object({ path: FilePath, id: JobId }).strict(),
  // The window shows no file any more (another map, the start view, or it is closing).
  'doc:close': z.object({ owner: JobId }).strict(),
  'recent:list': z.object({}).strict(),
  'recent:remove': z.object({ path: FilePath }).strict(),
  // The thumbnail a recent file holds (only files of the recent list), for the start screen.
  'recent:thumbnail': z.object({ path: FilePath }).strict(),
  // Electron only: native dialogs in main; the chosen path becomes readable/writable.
  'dialog:open': z.object({}).strict(),
  'dialog:save': z.object({ suggestedName: z.string().max(255), kind: z.enum(FILE_KINDS).default('cjm') }).strict(),
  // Web shell only: browse the folder the shell was started on.
  'fs:list': z.object({ dir: z.string().max(4096), kinds: z.array(z.enum(FILE_KINDS)).max(FILE_KINDS.length).default(['cjm']) }).strict(),
  // Export: run answers when the file is written; progress and cancel name the same job.
  // source: the map's file, whose images the export draws (with those of the image pool).
  'export:run': z.object({ jobId: JobId, path: FilePath, doc: z.unknown(), options: ExportOptionsSchema, source: FilePath.nullable().optional() }).strict(),
  'export:progress': z.object({ jobId: JobId }).strict(),
  'export:cancel': z.object({ jobId: JobId }).strict(),
  // A table as the window made it (shared/metricsTable.ts): written whole to a chosen .csv file only.
  'table:save': z.object({ path: FilePath, csv: z.string().max(MAX_CSV_CHARS) }).strict(),
  // The map as a Mermaid journey (shared/mermaid/fromMap.ts): written whole to a chosen .mmd file only.
  'mermaid:save': z.object({ path: FilePath, text: z.string().max(MAX_MERMAID_TEXT_CHARS) }).strict(),
  // The map as JSON (shared/jsonMap.ts), written from the document main has checked, to a .json file only.
  'json:save': z.object({ path: FilePath, doc: z.unknown() }).strict(),
  // The map as a spreadsheet (shared/sheet/), built from the document main has checked, to a file of its format only.
  'sheet:save': z.object({ path: FilePath, doc: z.unknown(), format: z.enum(['xlsx', 'csv']) }).strict(),
  // Images: an added one is checked (by its content) and kept in this computer's image pool
  // until a save writes it into the map; the preview is the window's downscaled first frame.
  'image:add': z.object({ bytes: Base64(MAX_IMAGE_BYTES), preview: Base64(MAX_PREVIEW_BYTES).nullable() }).strict(),
  // An image's preview (or, full: its original), from the pool or from the map's file `path`.
  'image:read': z.object({ id: ImageId, path: FilePath.nullable(), full: z.boolean().default(false) }).strict(),
  // Recovery drafts of unsaved work (the id is the renderer's, one per document shown).
  'recovery:put': z.object({ id: JobId, path: FilePath.nullable(), stamp: Stamp.nullable(), doc: z.unknown() }).strict(),
  'recovery:list': z.object({}).strict(),
  'recovery:open': z.object({ id: JobId, owner: JobId.optional(), takeOver: JobId.optional() }).strict(),
  'recovery:discard': z.object({ id: JobId }).strict(),
} as const;

export type Channel = keyof typeof requests;
export const CHANNELS = Object.keys(requests) as Channel[];

export interface AppInfo {
  version: string;
  shell: 'electron' | 'web';
  systemLocale: Locale;
}
export interface OpenedDocument {
  /** null for a map opened from an exported PNG or PDF: it becomes a new, unsaved document */
  path: string | null;
  /** the PNG or PDF the map came from */
  importedFrom?: string;
  doc: JourneyDoc;
  /** records that could not be read and were left out, one line each */
  problems: string[];
  /** what the file looked like when read (null for imports): sent back with the next save */
  stamp: string | null;
  /** someone else has the file open: it opened read-only (save it under another name) */
  lockedBy?: LockHolder;
}
/** A named version stored in a map file. */
export interface VersionInfo {
  id: string;
  name: string;
  createdAt: string;
  counts: { stages: number; scenes: number; cards: number; emotionPoints: number };
}
/** Who holds a map open: another window of this app, another running copy, another computer. */
export type LockHolder = { by: 'other-window' } | { by: 'other-process' | 'other-computer'; user: string; host: string; since: string };
/** Unsaved work left by a session that ended without saving it (a crash, a kill). */
export interface DraftInfo {
  id: string;
  path: string | null;
  title: string;
  savedAt: string;
  cards: number;
}
export interface SavedDocument {
  path: string;
  savedAt: string;
  stamp: string;
  /** the file held things this app did not make (a trigger, a view…): it was written anew without them */
  cleaned?: string[];
}
/** An image as a window knows it. */
export interface ImageMeta {
  id: string;
  mime: ImageMime;
  width: number;
  height: number;
  size: number;
}
export interface ImageData extends ImageMeta {
  /** base64 of the bytes asked for: the preview (its own type) or the original */
  data: string;
  /** the type of `data` */
  dataMime: ImageMime;
  /** data is the preview, not the original */
  isPreview: boolean;
}
export interface RecentFile {
  path: string;
  title: string;
  openedAt: string;
  exists: boolean;
}
export interface FolderEntry {
  name: string;
  kind: 'folder' | 'file';
  modifiedAt: string;
}
export interface FolderListing {
  /** path relative to the shell's root folder, '' for the root itself */
  dir: string;
  /** absolute path shown to the user */
  absolute: string;
  parent: string | null;
  entries: FolderEntry[];
}

export interface ExportDone {
  path: string;
  bytes: number;
  pages?: number;
  pixelWidth?: number;
  pixelHeight?: number;
}
export interface ExportProgressInfo {
  done: number;
  total: number;
}

export interface Responses {
  'app:info': AppInfo;
  'doc:new': { doc: JourneyDoc };
  'doc:open': OpenedDocument;
  'doc:save': SavedDocument;
  'doc:close': Record<string, never>;
  'version:save': SavedDocument & { version: VersionInfo };
  'version:list': VersionInfo[];
  'version:open': { doc: JourneyDoc; problems: string[] };
  'recent:list': RecentFile[];
  'recent:remove': RecentFile[];
  /** base64 PNG; null: the file has none (an older file, or one that does not check out) */
  'recent:thumbnail': { png: string; width: number; height: number } | null;
  'dialog:open': { path: string | null };
  'dialog:save': { path: string | null };
  'fs:list': FolderListing;
  'export:run': ExportDone;
  'export:progress': ExportProgressInfo | null;
  'export:cancel': { cancelled: boolean };
  'table:save': { path: string; bytes: number };
  'mermaid:save': { path: string; bytes: number };
  'json:save': { path: string; bytes: number };
  'sheet:save': { path: string; bytes: number; leftOut: { kind: string; count: number }[] };
  'image:add': ImageMeta & { deduplicated: boolean };
  'image:read': ImageData;
  'recovery:put': { savedAt: string };
  'recovery:list': DraftInfo[];
  'recovery:open': OpenedDocument;
  'recovery:discard': Record<string, never>;
}

export type Request<C extends Channel> = z.infer<(typeof requests)[C]>;
export type Response<C extends Channel> = Responses[C];

export { MAX_DOCUMENT_BYTES } from './limits.ts';

export const ERROR_CODES = [
  'not-found',
  'not-a-map',
  'foreign-app',
  'corrupt',
  'too-new',
  'invalid-document',
  'invalid-request',
  'forbidden',
  'io',
  /** a PNG or PDF that carries no map (not exported by this app, or the data was removed) */
  'no-map-data',
  /** PDF/PNG export found no Chromium-family browser to print with */
  'no-browser',
  /** the PNG would be larger than an image can be; or a file took too long or too much memory to read */
  'too-large',
  'cancelled',
  /** an image was refused (params.reason: an ImageProblemCode of shared/images.ts; params.message in English) */
  'invalid-image',
  /** the file changed on disk since it was opened or saved here (params.reason: changed | deleted) */
  'conflict',
  /** someone else has the file open (params.by, user, host) */
  'locked',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiErrorBody {
  code: ErrorCode;
  /** English sentence for logs and the command line; the UI translates by code. */
  message: string;
  params?: Record<string, string | number>;
}

/** Every answer crosses the boundary wrapped, so errors arrive as data with a code. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };

export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly params: Record<string, string | number>;
  constructor(body: ApiErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.code = body.code;
    this.params = body.params ?? {};
  }
  toBody(): ApiErrorBody {
    return { code: this.code, message: this.message, params: this.params };
  }
}

export function unwrap<T>(envelope: Envelope<T>): T {
  if (envelope.ok) return envelope.value;
  throw new ApiError(envelope.error);
}

/** Commands the Electron menu sends to the renderer (the renderer owns the document). */
export type MenuCommand = CommandId | `open-path:${string}`;

/** What the preload exposes as window.cjm (Electron) and the web client imitates. */
export interface Bridge {
  invoke<C extends Channel>(channel: C, request: Request<C>): Promise<Envelope<Response<C>>>;
  onCommand(listener: (command: MenuCommand) => void): () => void;
  setWindowState(state: WindowState): void;
  /** Answer to the 'save-and-quit' command: the window closes only if the save succeeded. */
  closeAfterSave(saved: boolean): void;
}
export interface WindowState {
  title: string;
  dirty: boolean;
  locale: Locale;
}

export const IPC = {
  invoke: 'cjm:invoke',
  command: 'cjm:command',
  windowState: 'cjm:window-state',
  closeConfirmed: 'cjm:close-confirmed',
} as const;

export const WindowStateSchema = z
  .object({ title: z.string().max(1000), dirty: z.boolean(), locale: z.enum(LOCALES) })
  .strict();
