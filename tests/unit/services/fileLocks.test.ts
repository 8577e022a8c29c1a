// File locks on real folders: who holds a map, told to whoever opens it next; a lock left by an
// ended process is taken over; a read-only folder opens without one.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DocumentService } from '../../../electron/services/documents.ts';
import { FileLocks, lockFileOf } from '../../../electron/services/fileLocks.ts';
import { writeProject } from '../../../electron/services/projectFile.ts';
import { createDocument } from '../../../shared/templates.ts';
import { tempDir } from './tmp.ts';

function mapFile(): string {
  const file = path.join(tempDir(), 'dealer.cjm');
  writeProject(file, createDocument('car-dealer', 'en'));
  return file;
}

describe('FileLocks', () => {
  it('one window holds a map; another window of the same process, another process and another computer are told who', () => {
    const file = mapFile();
    const here = new FileLocks({ pid: 100, host: 'laptop', user: 'li', alive: () => true });
    expect(here.acquire(file, 'window-a')).toBeNull();
    expect(here.acquire(file, 'window-a')).toBeNull();
    expect(here.acquire(file, 'window-b')).toEqual({ by: 'other-window' });
    expect(new FileLocks({ pid: 200, host: 'laptop', user: 'li', alive: () => true }).acquire(file, 'w')).toMatchObject({ by: 'other-process', user: 'li', host: 'laptop' });
    expect(new FileLocks({ pid: 100, host: 'desk', user: 'wang', alive: () => true }).acquire(file, 'w')).toMatchObject({ by: 'other-computer', user: 'li', host: 'laptop' });
    // Showing another map gives this one up.
    here.release('window-a');
    expect(fs.existsSync(lockFileOf(file))).toBe(false);
    expect(new FileLocks({ pid: 200, host: 'laptop', alive: () => true }).acquire(file, 'w')).toBeNull();
  });

  it('a map reached through a symbolic link is the same map with the same lock', () => {
    const file = mapFile();
    const link = path.join(tempDir(), 'shortcut.cjm');
    fs.symlinkSync(file, link);
    const here = new FileLocks({ pid: 110, host: 'laptop', user: 'li', alive: () => true });
    expect(here.acquire(file, 'window-a')).toBeNull();
    expect(here.acquire(link, 'window-b')).toEqual({ by: 'other-window' });
    expect(here.holds(link, 'window-a')).toBe(true);
    expect(new FileLocks({ pid: 210, host: 'laptop', user: 'li', alive: () => true }).acquire(link, 'w')).toMatchObject({ by: 'other-process' });
    expect(fs.existsSync(lockFileOf(link))).toBe(false);
  });

  it('takes over a lock whose process ended on this computer, and a damaged lock', () => {
    const file = mapFile();
    new FileLocks({ pid: 300, host: 'laptop', alive: () => true }).acquire(file, 'w');
    expect(new FileLocks({ pid: 301, host: 'laptop', alive: (pid) => pid !== 300 }).acquire(file, 'w')).toBeNull();
    fs.writeFileSync(lockFileOf(file), '{half');
    expect(new FileLocks({ pid: 302, host: 'laptop', alive: () => true }).acquire(file, 'w')).toBeNull();
  });

  it('releaseAll lets go of every map, leaving others\' locks alone', () => {
    const a = mapFile();
    const b = mapFile();
    const locks = new FileLocks({ pid: 400, host: 'laptop', alive: () => true });
    locks.acquire(a, 'w1');
    new FileLocks({ pid: 401, host: 'laptop', alive: () => true }).acquire(b, 'x');
    locks.acquire(b, 'w2');
    locks.releaseAll();
    expect(fs.existsSync(lockFileOf(a))).toBe(false);
    expect(fs.existsSync(lockFileOf(b))).toBe(true);
  });
});

describe('DocumentService with locks', () => {
  it('the second window opens read-only and cannot save over the file; after the first closes, it can', async () => {
    const file = mapFile();
    const documents = new DocumentService({ userDataDir: tempDir(), appVersion: 'test' });
    const first = await documents.open(file, 'window-one');
    expect(first.lockedBy).toBeUndefined();
    const second = await documents.open(file, 'window-two');
    expect(second.lockedBy).toEqual({ by: 'other-window' });
    await expect(documents.save(file, second.doc, second.stamp ?? undefined, 'window-two')).rejects.toThrow(expect.objectContaining({ code: 'locked' }));
    documents.close('window-one');
    await expect(documents.save(file, second.doc, second.stamp ?? undefined, 'window-two')).resolves.toBeDefined();
    expect(documents.locks.holds(file, 'window-two')).toBe(true);
  });
});
