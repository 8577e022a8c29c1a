import fs from 'node:fs';

export const MISSING = 'missing';

/**
 * What a file looks like from outside: modification time, size and inode. A save here changes it
 * and reports the new one; any other change (a sync tool replacing the file, another computer
 * saving it) shows as a different stamp.
 */
export function stampOf(file: string): string {
  try {
    const stat = fs.statSync(file, { bigint: true });
    return `${stat.mtimeNs}:${stat.size}:${stat.ino}`;
  } catch {
    return MISSING;
  }
}
