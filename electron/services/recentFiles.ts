// Recently opened or saved maps, kept as a small JSON file in the user-data folder.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { RecentFile } from '../../shared/api.ts';
import { writeFileAtomic } from './atomicFile.ts';

const MAX_RECENT = 12;
const Stored = z.array(z.object({ path: z.string(), title: z.string(), openedAt: z.string() }));
type StoredEntry = z.infer<typeof Stored>[number];

export class RecentFiles {
  readonly #file: string;

  constructor(userDataDir: string) {
    this.#file = path.join(userDataDir, 'recent-files.json');
  }

  #read(): StoredEntry[] {
    try {
      const parsed = Stored.safeParse(JSON.parse(fs.readFileSync(this.#file, 'utf8')));
      return parsed.success ? parsed.data : [];
    } catch {
      // Missing or damaged list: start a new one rather than failing the app.
      return [];
    }
  }

  #write(entries: StoredEntry[]): void {
    writeFileAtomic(this.#file, JSON.stringify(entries, null, 2));
  }

  list(): RecentFile[] {
    return this.#read().map((entry) => ({ ...entry, exists: fs.existsSync(entry.path) }));
  }

  has(file: string): boolean {
    return this.#read().some((entry) => entry.path === file);
  }

  add(file: string, title: string, now = new Date()): void {
    const entries = this.#read().filter((entry) => entry.path !== file);
    entries.unshift({ path: file, title, openedAt: now.toISOString() });
    this.#write(entries.slice(0, MAX_RECENT));
  }

  remove(file: string): void {
    this.#write(this.#read().filter((entry) => entry.path !== file));
  }
}
