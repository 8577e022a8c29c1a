// Files are written beside their target and renamed over it: a crash mid-write leaves the old
// file, never half of a new one. The file beside is named after the process writing it, so the
// next save can tell a leftover of a killed process (removed) from a write still going on.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { processAlive } from './processAlive.ts';

/** `<file>.tmp-<pid>-<8 hex>`: where a new version of `file` is written before it is renamed over it. */
export const tempPathFor = (file: string) => `${file}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;

const TEMP = /^\.tmp-(?:(\d{1,10})-)?[0-9a-f]{8}(?:-journal)?$/;
/** Temp files of older versions carry no process id: left alone while this young (a save may still be writing one). */
const UNNAMED_GRACE_MS = 10 * 60 * 1000;

/** Removes what killed writes of `file` left beside it (its temp files and their journals). */
export function removeStaleTemps(file: string, alive: (pid: number) => boolean = processAlive): string[] {
  const dir = path.dirname(file);
  const base = path.basename(file);
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const entry of names) {
    if (!entry.startsWith(base)) continue;
    const match = TEMP.exec(entry.slice(base.length));
    if (!match) continue;
    const pid = match[1] === undefined ? null : Number(match[1]);
    if (pid === process.pid || (pid !== null && alive(pid))) continue;
    const full = path.join(dir, entry);
    try {
      const stat = fs.lstatSync(full);
      if (!stat.isFile()) continue;
      if (pid === null && Date.now() - stat.mtimeMs < UNNAMED_GRACE_MS) continue;
      fs.rmSync(full, { force: true });
      removed.push(entry);
    } catch {
      // gone meanwhile, or not ours to remove
    }
  }
  return removed;
}

export function writeFileAtomic(file: string, content: string | Uint8Array, { createFolder = true } = {}): void {
  if (createFolder) fs.mkdirSync(path.dirname(file), { recursive: true });
  const temp = tempPathFor(file);
  try {
    fs.writeFileSync(temp, content, { flush: true });
    fs.renameSync(temp, file);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}
