// One writer per map: opening a file leaves a lock beside it (`.~lock.<name>#`, as office
// suites do), naming who holds it. A second window, another running copy of the app or a
// colleague on a shared folder then opens it read-only and is told who has it. A lock left by a
// process that ended (a crash) on this computer is taken over; in a folder where no lock can be
// written (read-only) the map opens without one, since it cannot be saved there anyway.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import type { LockHolder } from '../../shared/api.ts';
import { processAlive } from './processAlive.ts';

/** A lock names a user, a host, a process and a time: far below this. */
const MAX_LOCK_BYTES = 4096;
const LockSchema = z.object({ user: z.string(), host: z.string(), pid: z.number(), since: z.string() });
export type LockInfo = z.infer<typeof LockSchema>;

export const lockFileOf = (file: string) => path.join(path.dirname(file), `.~lock.${path.basename(file)}#`);

/**
 * One name per file on disk: a map reached through a symbolic link, or spelt in another case on a
 * case-insensitive disk, is the same map with the same lock. A file not written yet: its folder's.
 */
function canonical(file: string): string {
  try {
    return fs.realpathSync.native(file);
  } catch {
    try {
      return path.join(fs.realpathSync.native(path.dirname(file)), path.basename(file));
    } catch {
      return path.resolve(file);
    }
  }
}

interface Options {
  pid?: number;
  host?: string;
  user?: string;
  alive?: (pid: number) => boolean;
}

export class FileLocks {
  readonly #me: Omit<LockInfo, 'since'>;
  readonly #alive: (pid: number) => boolean;
  /** file → the window (owner) holding it in this process */
  readonly #held = new Map<string, string>();

  constructor({ pid = process.pid, host = os.hostname(), user = safeUser(), alive = processAlive }: Options = {}) {
    this.#me = { user, host, pid };
    this.#alive = alive;
  }

  /** Takes the lock for `owner` (giving up the one it held before); returns who holds it instead, or null. */
  acquire(named: string, owner: string): LockHolder | null {
    const file = canonical(named);
    const current = this.#held.get(file);
    if (current === owner) return null;
    if (current !== undefined) return { by: 'other-window' };
    const lock = lockFileOf(file);
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        fs.writeFileSync(lock, JSON.stringify({ ...this.#me, since: new Date().toISOString() }), { flag: 'wx' });
        this.release(owner);
        this.#held.set(file, owner);
        return null;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
          // No lock can be written here (read-only folder, odd file system): open without one.
          this.release(owner);
          return null;
        }
      }
      const info = readLock(lock);
      const stale = !info || (info.host === this.#me.host && (info.pid === this.#me.pid || !this.#alive(info.pid)));
      if (!stale) return { by: info.host === this.#me.host ? 'other-process' : 'other-computer', user: info.user, host: info.host, since: info.since };
      removeLock(lock);
    }
    return null;
  }

  /** Who holds `file` open, without taking it: a window of this process, or a live lock of someone else; null when free. */
  holder(named: string): LockHolder | null {
    const file = canonical(named);
    if (this.#held.has(file)) return { by: 'other-window' };
    const info = readLock(lockFileOf(file));
    if (!info) return null;
    if (info.host === this.#me.host && (info.pid === this.#me.pid || !this.#alive(info.pid))) return null;
    return { by: info.host === this.#me.host ? 'other-process' : 'other-computer', user: info.user, host: info.host, since: info.since };
  }

  /** Gives up whatever `owner` holds (its window shows another map, or closed). */
  release(owner: string): void {
    for (const [file, holder] of this.#held) {
      if (holder !== owner) continue;
      this.#held.delete(file);
      const info = readLock(lockFileOf(file));
      if (info && info.pid === this.#me.pid && info.host === this.#me.host) fs.rmSync(lockFileOf(file), { force: true });
    }
  }

  holds(file: string, owner: string): boolean {
    return this.#held.get(canonical(file)) === owner;
  }

  releaseAll(): void {
    for (const owner of new Set(this.#held.values())) this.release(owner);
  }
}

/** A lock is a small regular file: anything else at its name (a FIFO, a link, a folder) is no lock and is never read. */
function readLock(lock: string): LockInfo | null {
  let fd: number | undefined;
  try {
    fd = fs.openSync(lock, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0) | (fs.constants.O_NOFOLLOW ?? 0));
    const stat = fs.fstatSync(fd);
    if (!stat.isFile() || stat.size > MAX_LOCK_BYTES) return null;
    const bytes = Buffer.alloc(stat.size);
    const parsed = LockSchema.safeParse(JSON.parse(bytes.subarray(0, fs.readSync(fd, bytes, 0, stat.size, 0)).toString('utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** Something else at the lock's name is removed if it can be (a FIFO, a link): never a folder's contents. */
function removeLock(lock: string): void {
  try {
    if (fs.lstatSync(lock).isDirectory()) return;
    fs.rmSync(lock, { force: true });
  } catch {
    // gone already, or not ours to remove: the map opens without a lock
  }
}

function safeUser(): string {
  try {
    return os.userInfo().username;
  } catch {
    return 'someone';
  }
}
