// The request handlers both shells expose: each validates its payload against the shared
// contract, calls a service, and answers with an envelope (errors as data, never a throw).
import {
  ApiError,
  requests,
  type ApiErrorBody,
  type AppInfo,
  type Channel,
  type Envelope,
  type Request,
  type Response,
} from '../../shared/api.ts';
import { writeFileAtomic } from './atomicFile.ts';
import { checkedDocument, type DocumentService } from './documents.ts';
import type { ExportService } from './exportService.ts';
import type { PathPolicy } from './pathPolicy.ts';
import { ioFailure } from './projectFile.ts';
import { parseDocument } from '../../shared/validate.ts';
import { mapToJson } from '../../shared/jsonMap.ts';

function parseDocumentOrNull(payload: unknown) {
  try {
    return parseDocument(payload);
  } catch {
    return null;
  }
}

type Impl<C extends Channel> = (request: Request<C>) => Response<C> | Promise<Response<C>>;
export type Implementations = { [C in Channel]?: Impl<C> };
export type Handler = (payload: unknown) => Promise<Envelope<unknown>>;

export interface HandlerDeps {
  documents: DocumentService;
  exports: ExportService;
  policy: PathPolicy;
  appInfo: () => AppInfo;
  /** shell-specific channels (dialogs in Electron, folder listing in the web shell) */
  extra?: Implementations;
  log?: (message: string) => void;
}

/**
 * Error texts go to the window without the folders they may name (a Node or SQLite message can
 * carry an absolute path): the file's own name says enough, and the page need not learn the disk.
 */
export function withoutFolders(text: string): string {
  return text
    .replaceAll(/file:\/\/[^\s'"]*\/([^\s'"/]*)/g, '$1')
    .replaceAll(/(^|[\s'"(=:,[])\/(?:[^\s'"/]+\/)+/g, '$1')
    .replaceAll(/(^|[\s'"(=:,[])(?:[A-Za-z]:|\\\\[^\s'"\\]+)\\(?:[^\s'"\\]+\\)*/g, '$1');
}

function forWindow(body: ApiErrorBody): ApiErrorBody {
  const params = body.params && Object.fromEntries(Object.entries(body.params).map(([key, value]) => [key, typeof value === 'string' ? withoutFolders(value) : value]));
  return { ...body, message: withoutFolders(body.message), ...(params ? { params } : {}) };
}

/** A text file the window made (a table, a Mermaid journey), written whole or not at all. */
const writeText = (file: string, text: string) => writeBytes(file, Buffer.from(text, 'utf8'));

function writeBytes(file: string, bytes: Buffer): { path: string; bytes: number } {
  try {
    writeFileAtomic(file, bytes, { createFolder: false });
  } catch (error) {
    ioFailure(file, error);
  }
  return { path: file, bytes: bytes.length };
}

export function createHandlers({ documents, exports, policy, appInfo, extra = {}, log = console.error }: HandlerDeps) {
  const common: Implementations = {
    'app:info': () => appInfo(),
    'doc:new': ({ template, locale }) => ({ doc: documents.newDocument(template, locale) }),
    'doc:open': ({ path, owner, takeOver }) => documents.open(policy.resolve(path, 'read'), owner, takeOver),
    'doc:save': ({ path, doc, expectedStamp, owner, ...images }) => documents.save(policy.resolve(path, 'write'), doc, expectedStamp, owner, imageSave(images)),
    'version:save': ({ path, name, doc, expectedStamp, owner, ...images }) => documents.saveVersion(policy.resolve(path, 'write'), name, doc, expectedStamp, owner, imageSave(images)),
    'version:list': ({ path }) => documents.listVersions(policy.resolve(path, 'read')),
    'version:open': ({ path, id }) => documents.readVersion(policy.resolve(path, 'read'), id),
    'doc:close': ({ owner }) => {
      documents.close(owner);
      return {};
    },
    'recent:list': () => documents.recent.list().filter((entry) => policy.allows(entry.path)),
    'recent:thumbnail': ({ path }) => {
      if (!policy.allows(path)) throw new ApiError({ code: 'forbidden', message: 'not a file this window may read' });
      return documents.recentThumbnail(path);
    },
    'recent:remove': ({ path }) => {
      documents.recent.remove(path);
      return documents.recent.list().filter((entry) => policy.allows(entry.path));
    },
    'export:run': async ({ source, ...request }) => {
      const path = policy.resolve(request.path, 'write', [`.${request.options.format}`]);
      // (A document that does not check out gets the export's own message from exports.run.)
      const doc = parseDocumentOrNull(request.doc);
      const images = doc ? await documents.imagesFor(doc, source ? policy.resolve(source, 'read') : null) : undefined;
      return exports.run({ ...request, path, images });
    },
    'image:add': ({ bytes, preview }) => documents.addImage(bytes, preview),
    'image:read': ({ id, path, full }) => documents.readImageData(id, path === null ? null : policy.resolve(path, 'read'), full),
    'export:progress': ({ jobId }) => exports.progress(jobId),
    'export:cancel': ({ jobId }) => exports.cancel(jobId),
    // Only onto a .csv (or .mmd) file the user chose (or inside the web shell's folder), whole or not at all.
    'table:save': ({ path, csv }) => writeText(policy.resolve(path, 'write', ['.csv']), csv),
    'mermaid:save': ({ path, text }) => writeText(policy.resolve(path, 'write', ['.mmd']), text),
    'json:save': ({ path, doc }) => writeText(policy.resolve(path, 'write', ['.json']), mapToJson(checkedDocument(doc))),
    'sheet:save': async ({ path, doc, format }) => {
      const file = policy.resolve(path, 'write', [`.${format}`]);
      const { sheetBytes } = await import('./sheets/sheetFile.ts');
      const { bytes, leftOut } = await sheetBytes(checkedDocument(doc), format);
      return { ...writeBytes(file, bytes), leftOut };
    },
    // A draft names only a file this session may write: reopening it makes that file writable again.
    'recovery:put': ({ id, path, stamp, doc }) => {
      if (path !== null) policy.resolve(path, 'write');
      return documents.putDraft(id, { path, stamp, doc: checkedDocument(doc) });
    },
    'recovery:list': () => documents.recovery.list(),
    'recovery:open': async ({ id, owner, takeOver }) => {
      const opened = await documents.recovery.open(id);
      if (!opened.path) {
        if (owner) documents.close(owner);
        return opened;
      }
      // The draft's file was the user's choice in the session that wrote it; the window takes
      // its lock as if the file had been opened.
      const file = policy.choose(opened.path);
      const lockedBy = owner ? documents.hold(file, owner, takeOver) : null;
      return lockedBy ? { ...opened, lockedBy } : opened;
    },
    'recovery:discard': ({ id }) => {
      documents.recovery.discard(id);
      return {};
    },
  };
  // A file images come from must be one this window may read (the map it showed before Save As).
  const imageSave = ({ from, keepImages, thumbnail }: { from?: string; keepImages?: string[]; thumbnail?: string }) => ({
    ...(from !== undefined && policy.allows(from) ? { from: policy.resolve(from, 'read') } : {}),
    ...(keepImages ? { keepImages } : {}),
    ...(thumbnail !== undefined ? { thumbnail } : {}),
  });
  const impls: Implementations = { ...common, ...extra };

  const handlers = new Map<Channel, Handler>();
  for (const channel of Object.keys(requests) as Channel[]) {
    const impl = impls[channel] as Impl<Channel> | undefined;
    if (!impl) continue;
    handlers.set(channel, async (payload) => {
      const parsed = requests[channel].safeParse(payload);
      if (!parsed.success) {
        const detail = parsed.error.issues.map((i) => `${i.path.join('.') || '(payload)'}: ${i.message}`).join('; ');
        return { ok: false, error: { code: 'invalid-request', message: `${channel}: ${detail}` } };
      }
      try {
        return { ok: true, value: await impl(parsed.data as Request<Channel>) };
      } catch (error) {
        if (error instanceof ApiError) return { ok: false, error: forWindow(error.toBody()) };
        log(`${channel} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        return { ok: false, error: forWindow({ code: 'internal', message: `${channel}: ${String(error)}` }) };
      }
    });
  }
  return handlers;
}
