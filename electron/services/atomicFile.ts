// Settings files and exports are written beside their target and renamed over it: a crash
// mid-write leaves the old file, never half of a new one.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export function writeFileAtomic(file: string, content: string | Uint8Array, { createFolder = true } = {}): void {
  if (createFolder) fs.mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.tmp-${randomBytes(4).toString('hex')}`;
  try {
    fs.writeFileSync(temp, content, { flush: true });
    fs.renameSync(temp, file);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}
