// Reads are consistent and writers wait: while another process saves the same map over and
// over, every read gets one whole save (never the title of one and the cards of another, never
// a false "damaged"), and two processes saving at once both succeed, one after the other.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { readProject, writeProject } from '../../../electron/services/projectFile.ts';
import { mapWithText } from '../../hostile/files.ts';
import { tempDir } from './tmp.ts';

const LOOP = fileURLToPath(new URL('../../crash/alternateSaves.ts', import.meta.url));

function saver(file: string, saves: number) {
  const child = spawn(process.execPath, ['--experimental-strip-types', '--no-warnings', LOOP, file, String(saves)], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  const first = new Promise<void>((resolve) => child.stdout.on('data', (data: Buffer) => ((out += data.toString()), out.includes('first') && resolve())));
  const ended = new Promise<string>((resolve) => child.on('exit', () => resolve(out.trim().split('\n').pop() ?? '')));
  return { child, first, ended };
}

it('500 reads while another process saves: each read is one whole save, none reported damaged', async () => {
  const file = path.join(tempDir(), 'shared.cjm');
  writeProject(file, mapWithText('start'));
  const other = saver(file, 0);
  await other.first;
  const seen = new Set<string>();
  try {
    for (let i = 0; i < 500; i++) {
      const { doc } = readProject(file);
      const texts = new Set(Object.values(doc.cards).map((card) => card.text));
      expect([...texts], `read ${i}`).toEqual([doc.map.title]);
      seen.add(doc.map.title);
      // Let the saver run between reads, as a window's event loop would.
      await new Promise((resolve) => setImmediate(resolve));
    }
  } finally {
    other.child.kill('SIGKILL');
    await other.ended;
  }
  // Both of its versions were read, or the reads never met a save.
  expect(seen.size).toBeGreaterThanOrEqual(2);
}, 120_000);

it('two processes saving the same map at once both succeed, each save whole', async () => {
  const file = path.join(tempDir(), 'shared.cjm');
  writeProject(file, mapWithText('start'));
  const [one, two] = [saver(file, 60), saver(file, 60)];
  expect(await Promise.all([one.ended, two.ended])).toEqual(['done 60', 'done 60']);
  const { doc } = readProject(file);
  expect(new Set(Object.values(doc.cards).map((card) => card.text))).toEqual(new Set([doc.map.title]));
}, 120_000);
