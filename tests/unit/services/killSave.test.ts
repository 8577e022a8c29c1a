// Saving never leaves a half-written file: a process saving over and over is killed (SIGKILL)
// at random moments, and after each kill the file opens holding one whole save. `npm run bench`
// runs the same with many more kills and prints the figures.
import { expect, it } from 'vitest';
import { killDuringSaves } from '../../crash/killDuringSaves.ts';
import { tempDir } from './tmp.ts';

it('a save killed at any moment leaves the previous or the new map, whole', async () => {
  const report = await killDuringSaves(tempDir(), 12);
  expect(report.failures).toEqual([]);
  // Each kill reopened one whole save.
  expect(report.previous + report.next).toBe(12);
  // The kills did land inside saves (a rollback journal was left behind), or the test proves nothing.
  expect(report.journals).toBeGreaterThan(0);
}, 60_000);
