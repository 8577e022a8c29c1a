// The web shell's file browser on a real folder: maps and folders listed, hidden files and the
// lock files beside open maps (ours, LibreOffice's, Microsoft Office's) never.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isLockFile, listFolder } from '../../../electron/services/folderListing.ts';
import { FileLocks, lockFileOf } from '../../../electron/services/fileLocks.ts';
import { FolderJail } from '../../../electron/services/pathPolicy.ts';
import { tempDir } from './tmp.ts';

describe('listFolder', () => {
  it('lists maps and folders, not lock files or hidden files', () => {
    const root = tempDir();
    for (const name of ['x.cjm', 'b.cjm', '.~lock.x.cjm#', '~lock.b.cjm#', '~$x.cjm', '.hidden.cjm', 'notes.txt']) fs.writeFileSync(path.join(root, name), '');
    fs.mkdirSync(path.join(root, 'Clients'));
    const names = listFolder(new FolderJail(root), '', ['cjm']).entries.map((e) => e.name);
    expect(names).toEqual(['Clients', 'b.cjm', 'x.cjm']);
  });

  it('a map open here leaves its lock beside it, and the lock is not listed', () => {
    const root = tempDir();
    const map = path.join(root, 'dealer.cjm');
    fs.writeFileSync(map, '');
    const locks = new FileLocks();
    expect(locks.acquire(map, 'window-1')).toBeNull();
    expect(fs.existsSync(lockFileOf(map))).toBe(true);
    expect(listFolder(new FolderJail(root), '', ['cjm']).entries.map((e) => e.name)).toEqual(['dealer.cjm']);
    locks.releaseAll();
  });

  it('knows lock names and leaves ordinary ones alone', () => {
    expect(['.~lock.a.cjm#', '~lock.a.cjm#', '~$a.cjm', '.~lock.地图.cjm#'].every(isLockFile)).toBe(true);
    expect(['a.cjm', '~a.cjm', 'lock.cjm', '.~lock.a.cjm', 'a#.cjm'].some(isLockFile)).toBe(false);
  });
});
