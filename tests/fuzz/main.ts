// `npm run fuzz [-- --count 10000 --seed 1 --workers 2]`: mutated project files through open and
// `cjm info`; prints what became of them and every case that crashed, hung or failed unclearly.
// Exit code 1 when any did; the same --seed gives the same cases (their numbers are printed).
import { parseArgs } from 'node:util';
import { fuzz } from './fuzz.ts';

const { values } = parseArgs({ options: { count: { type: 'string', default: '10000' }, seed: { type: 'string', default: '1' }, workers: { type: 'string', default: '2' } } });
const count = Number(values.count);
const start = performance.now();
const report = await fuzz({
  seed: Number(values.seed),
  count,
  workers: Number(values.workers),
  onCase: (done) => {
    if (done % 500 === 0) process.stderr.write(`fuzz: ${done} of ${count}\n`);
  },
});
const seconds = (performance.now() - start) / 1000;
const opened = Object.entries(report.outcomes).filter(([k]) => !k.includes('refused')).reduce((n, [, v]) => n + v, 0);
process.stdout.write(`fuzz: cases=${report.cases} opened=${opened} refused=${report.cases - opened - report.bad.length - report.crashes.length - report.hangs.length} bad=${report.bad.length} crashes=${report.crashes.length} hangs=${report.hangs.length} seconds=${seconds.toFixed(1)} slowest_case=${report.slowest.case} slowest_ms=${report.slowest.ms}\n`);
for (const [outcome, n] of Object.entries(report.outcomes).sort((a, b) => b[1] - a[1])) process.stdout.write(`  ${String(n).padStart(6)}  ${outcome}\n`);
for (const line of [...report.bad, ...report.crashes, ...report.hangs]) process.stdout.write(`FAIL ${line}\n`);
process.exitCode = report.bad.length + report.crashes.length + report.hangs.length > 0 ? 1 : 0;
