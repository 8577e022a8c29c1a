// A save that cannot happen fails with a clear message and leaves the file on disk as it was:
// the file changed or deleted by someone else since it was read here, a read-only folder, a
// full disk, a folder that vanished. Read-only and full disks are real tmpfs mounts (root only;
// CI runs as root, elsewhere those two cases are skipped and say so).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DocumentService } from '../../../electron/services/documents.ts';
import { readProject, writeProject } from '../../../electron/services/projectFile.ts';
import type { JourneyDoc } from '../../../shared/model.ts';
import { createDocument } from '../../../shared/templates.ts';
import { generateMap } from '../../bench/generateMap.ts';
import { tempDir } from './tmp.ts';

const service = () => new DocumentService({ userDataDir: tempDir(), appVersion: 'test' });
const retitled = (doc: JourneyDoc, title: string): JourneyDoc => ({ ...doc, map: { ...doc.map, title } });

const mounts: string[] = [];
function mount(options: string): string | null {
  const dir = tempDir();
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir], { stdio: 'ignore' });
  } catch {
    return null;
  }
  mounts.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of mounts.splice(0)) execFileSync('umount', [dir]);
});
const canMount = (() => {
  const probe = mount('size=64k');
  if (probe) execFileSync('umount', [mounts.pop() as string]);
  return probe !== null;
})();

describe('saving over a file that changed on disk', () => {
  it('is refused with reason "changed", leaving the other version in place; without a stamp (Save As) it goes ahead', async () => {
    const documents = service();
    const file = path.join(tempDir(), 'map.cjm');
    writeProject(file, createDocument('car-dealer', 'en'));
    const { doc, stamp } = await documents.open(file);
    const theirs = retitled(doc, 'Saved on the other laptop');
    writeProject(file, theirs);
    const before = fs.readFileSync(file);
    await expect(documents.save(file, retitled(doc, 'mine'), stamp ?? '')).rejects.toThrow(expect.objectContaining({ code: 'conflict', params: { file: 'map.cjm', reason: 'changed' } }));
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    const saved = await documents.save(file, retitled(doc, 'mine'));
    expect(readProject(file).doc.map.title).toBe('mine');
    // The stamp a save returns is the one the next save sends: no conflict with ourselves.
    await expect(documents.save(file, retitled(doc, 'mine again'), saved.stamp)).resolves.toBeDefined();
  });

  it('is refused with reason "deleted" when the file is gone', async () => {
    const documents = service();
    const file = path.join(tempDir(), 'map.cjm');
    writeProject(file, createDocument('blank', 'en'));
    const { doc, stamp } = await documents.open(file);
    fs.rmSync(file);
    await expect(documents.save(file, doc, stamp ?? '')).rejects.toThrow(expect.objectContaining({ code: 'conflict', params: { file: 'map.cjm', reason: 'deleted' } }));
    expect(fs.existsSync(file)).toBe(false);
  });
});

describe('saving where it cannot be written', () => {
  it('a folder that vanished: a clear message, nothing created', async () => {
    const dir = path.join(tempDir(), 'usb-stick');
    fs.mkdirSync(dir);
    const file = path.join(dir, 'map.cjm');
    writeProject(file, createDocument('blank', 'en'));
    fs.rmSync(dir, { recursive: true });
    await expect(service().save(file, createDocument('blank', 'en'))).rejects.toThrow(expect.objectContaining({ code: 'io', message: 'map.cjm: could not be saved: the folder does not exist' }));
    expect(fs.existsSync(dir)).toBe(false);
  });

  it.skipIf(!canMount)('a read-only folder: a clear message, the file unchanged (needs root for a read-only mount)', async () => {
    const dir = mount('size=1m') as string;
    const file = path.join(dir, 'map.cjm');
    const original = createDocument('car-dealer', 'zh-CN');
    writeProject(file, original);
    const before = fs.readFileSync(file);
    execFileSync('mount', ['-o', 'remount,ro', dir]);
    for (const target of [file, path.join(dir, 'new.cjm')]) {
      await expect(service().save(target, retitled(original, 'changed'))).rejects.toThrow(expect.objectContaining({ code: 'io', message: expect.stringMatching(/read-only/) }));
    }
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.readdirSync(dir)).toEqual(['map.cjm']);
  });

  it.skipIf(!canMount)('a full disk: a clear message, the file still holds the last save whole (needs root for a small mount)', async () => {
    const dir = mount('size=400k') as string;
    const file = path.join(dir, 'map.cjm');
    const original = createDocument('car-dealer', 'en');
    writeProject(file, original);
    const large = generateMap({ scenes: 60, lanes: 10, cards: 3000 });
    for (const target of [file, path.join(dir, 'other.cjm')]) {
      await expect(service().save(target, large)).rejects.toThrow(expect.objectContaining({ code: 'io', message: expect.stringMatching(/disk is full/) }));
    }
    expect(readProject(file).doc).toEqual(original);
    expect(fs.readdirSync(dir)).toEqual(['map.cjm']);

    // The failed save rolled back but touched the file's time: the window's next save (of what
    // fits) with the stamp it opened the file with is no conflict with itself.
    const documents = service();
    const { stamp } = await documents.open(file);
    await expect(documents.save(file, large, stamp ?? undefined)).rejects.toThrow(expect.objectContaining({ code: 'io' }));
    await expect(documents.save(file, retitled(original, 'fits'), stamp ?? undefined)).resolves.toMatchObject({ path: file });
    expect(readProject(file).doc.map.title).toBe('fits');
  });
});
