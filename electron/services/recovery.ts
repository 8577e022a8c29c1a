// Recovery drafts: the renderer hands over unsaved work a few seconds after each edit (and when
// the window loses focus); after a crash or a kill the next start offers it back. Each draft is
// a .cjm file (the document) beside a small JSON note (whose, which file, when), both written
// atomically into the user-data folder. A draft belongs to the process that wrote it: drafts
// of this process, or of another one still running, are live work, not something to recover,
// unless the page that wrote it died while this process lives on (abandon).
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { DraftInfo, OpenedDocument } from '../../shared/api.ts';
import { ApiError, JobId } from '../../shared/api.ts';
import type { JourneyDoc } from '../../shared/model.ts';
import { writeFileAtomic } from './atomicFile.ts';
import { processAlive } from './processAlive.ts';
import { readProjectBytes, serializeProject } from './projectFile.ts';

const NoteSchema = z.object({
  id: z.string(),
  path: z.string().nullable(),
  stamp: z.string().nullable(),
  title: z.string(),
  savedAt: z.string(),
  cards: z.number(),
  pid: z.number(),
});
type Note = z.infer<typeof NoteSchema>;

/** Reads a draft file; `name` names it in messages. */
export type DraftReader = (file: string, name: string) => Promise<{ doc: JourneyDoc; problems: string[] }>;

const readInProcess: DraftReader = async (file, name) => readProjectBytes(fs.readFileSync(file), name);

export class RecoveryStore {
  readonly dir: string;
  readonly #pid: number;
  readonly #alive: (pid: number) => boolean;
  /** drafts of this process whose page crashed: offered like those of ended processes */
  readonly #abandoned = new Set<string>();

  /** reads a draft's document (the services pass the parse process's reader) */
  readonly #read: DraftReader;

  constructor(userDataDir: string, { pid = process.pid, alive = processAlive, read = readInProcess }: { pid?: number; alive?: (pid: number) => boolean; read?: DraftReader } = {}) {
    this.dir = path.join(userDataDir, 'recovery');
    this.#pid = pid;
    this.#alive = alive;
    this.#read = read;
  }

  #file(id: string, ext: '.cjm' | '.json'): string {
    // ids come through the IPC schema already; this keeps a bad one from leaving the folder.
    if (!JobId.safeParse(id).success) throw new ApiError({ code: 'invalid-request', message: `not a draft id: ${id.slice(0, 80)}` });
    return path.join(this.dir, `${id}${ext}`);
  }

  put(id: string, draft: { path: string | null; stamp: string | null; doc: JourneyDoc }): { savedAt: string } {
    const savedAt = new Date().toISOString();
    const note: Note = {
      id,
      path: draft.path,
      stamp: draft.stamp,
      title: draft.doc.map.title,
      savedAt,
      cards: Object.keys(draft.doc.cards).length,
      pid: this.#pid,
    };
    // The document first: a note never points to a draft that is not there.
    writeFileAtomic(this.#file(id, '.cjm'), serializeProject(draft.doc, { savedAt }));
    writeFileAtomic(this.#file(id, '.json'), JSON.stringify(note));
    return { savedAt };
  }

  /** Drafts left by processes that ended without saving them, newest first. */
  list(): DraftInfo[] {
    let names: string[];
    try {
      names = fs.readdirSync(this.dir).filter((n) => n.endsWith('.json'));
    } catch {
      return [];
    }
    const drafts: DraftInfo[] = [];
    for (const name of names) {
      const note = this.#note(path.join(this.dir, name));
      if (!note) continue;
      const live = note.pid === this.#pid || this.#alive(note.pid);
      if (live && !this.#abandoned.has(note.id)) continue;
      if (!fs.existsSync(this.#file(note.id, '.cjm'))) continue;
      drafts.push({ id: note.id, path: note.path, title: note.title, savedAt: note.savedAt, cards: note.cards });
    }
    return drafts.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  }

  /** The page writing this draft is gone (its renderer crashed): the draft is offered from now on. */
  abandon(id: string): void {
    this.#file(id, '.json');
    this.#abandoned.add(id);
  }

  #note(file: string): Note | null {
    try {
      const parsed = NoteSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }

  /** The draft as a document to show: its file (if it had one) and that file's stamp when the draft was made. */
  async open(id: string): Promise<OpenedDocument> {
    const note = this.#note(this.#file(id, '.json'));
    const file = this.#file(id, '.cjm');
    if (!fs.existsSync(file)) throw new ApiError({ code: 'not-found', message: `the recovered map ${id} is no longer there`, params: { file: id } });
    const { doc, problems } = await this.#read(file, note?.title || id);
    return { path: note?.path ?? null, doc, problems, stamp: note?.stamp ?? null };
  }

  discard(id: string): void {
    fs.rmSync(this.#file(id, '.cjm'), { force: true });
    fs.rmSync(this.#file(id, '.json'), { force: true });
  }
}
