// The web shell's file browser: the folders and the files of the kinds asked for in one folder
// of the jail. Hidden files and lock files (ours, `.~lock.<name>#`, and office suites' `~$<name>`)
// are never listed: they are not maps, and opening one would only fail.
import fs from 'node:fs';
import path from 'node:path';
import type { FileKind, FolderEntry, FolderListing } from '../../shared/api.ts';
import type { FolderJail } from './pathPolicy.ts';

/** A lock beside a file: LibreOffice's and ours (`.~lock.x.cjm#`), Microsoft Office's (`~$x.docx`). */
export const isLockFile = (name: string): boolean => /^\.?~lock\..*#$/.test(name) || name.startsWith('~$');

export function listFolder(jail: FolderJail, dir: string, kinds: readonly FileKind[]): FolderListing {
  const absolute = jail.locate(dir || '.');
  const entries: FolderEntry[] = [];
  for (const dirent of fs.readdirSync(absolute, { withFileTypes: true })) {
    if (dirent.name.startsWith('.') || isLockFile(dirent.name)) continue;
    const isFolder = dirent.isDirectory();
    if (!isFolder && !kinds.some((kind) => dirent.name.toLowerCase().endsWith(`.${kind}`))) continue;
    try {
      const stat = fs.statSync(path.join(absolute, dirent.name));
      entries.push({ name: dirent.name, kind: isFolder ? 'folder' : 'file', modifiedAt: stat.mtime.toISOString() });
    } catch {
      // vanished between listing and stat
    }
  }
  entries.sort((a, b) => (a.kind === b.kind ? a.name.localeCompare(b.name) : a.kind === 'folder' ? -1 : 1));
  const relative = path.relative(jail.root, absolute);
  return {
    dir: relative,
    absolute,
    parent: relative === '' ? null : path.dirname(relative) === '.' ? '' : path.dirname(relative),
    entries,
  };
}
