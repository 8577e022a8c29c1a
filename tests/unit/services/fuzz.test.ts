// A slice of the fuzzer in every test run: mutated project files through open and `cjm info`
// either open (as a consistent, valid map) or fail with a clear error naming the file; nothing
// crashes, hangs or changes the file. `npm run fuzz` runs 10,000 cases and prints the figures.
import { expect, it } from 'vitest';
import { fuzz } from '../../fuzz/fuzz.ts';

it('300 mutated files: no crash, no hang, no unclear error', async () => {
  // A new seed each run finds new cases; a failure names it (`npm run fuzz -- --seed S` replays it).
  const seed = Date.now() % 100_000;
  const report = await fuzz({ seed, count: 300 });
  expect([...report.bad, ...report.crashes, ...report.hangs], `seed ${seed}`).toEqual([]);
  expect(report.cases).toBe(300);
  // Both ways out were taken, or the mutations are too weak to prove anything.
  const outcomes = Object.keys(report.outcomes).join(' ');
  expect(outcomes).toMatch(/refused:corrupt/);
  expect(outcomes).toMatch(/opened|repaired/);
}, 120_000);
