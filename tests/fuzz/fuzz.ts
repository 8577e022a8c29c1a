// Runs the fuzz cases in worker processes and watches them: a worker that dies (a native crash)
// or goes quiet for too long (a hang) is recorded against the case it was on, and a new worker
// goes on after that case.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PARSE_TIME_LIMIT_MS } from '../../shared/limits.ts';

const WORKER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'worker.ts');

export interface FuzzReport {
  cases: number;
  /** how the cases ended: "bytes opened", "sql refused:corrupt", … */
  outcomes: Record<string, number>;
  /** cases that opened an inconsistent map, threw something unclear, or changed the file */
  bad: string[];
  crashes: string[];
  hangs: string[];
  slowest: { case: number; ms: number };
}

interface Options {
  seed: number;
  count: number;
  workers?: number;
  hangMs?: number;
  onCase?: (done: number) => void;
}

function runRange(seed: number, from: number, to: number, hangMs: number, report: FuzzReport, onLine: () => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--experimental-strip-types', '--no-warnings', WORKER, String(seed), String(from), String(to)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let next = from;
    let buffer = '';
    let stderr = '';
    let hung = false;
    let lastAt = performance.now();
    const watchdog = () => setTimeout(() => ((hung = true), child.kill('SIGKILL')), hangMs);
    let timer = watchdog();
    child.stderr.on('data', (data: Buffer) => (stderr = (stderr + data.toString()).slice(-2000)));
    child.stdout.on('data', (data: Buffer) => {
      buffer += data.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        const [n, verdict, how, ...rest] = line.split(' ');
        const now = performance.now();
        if (now - lastAt > report.slowest.ms) report.slowest = { case: Number(n), ms: Math.round(now - lastAt) };
        lastAt = now;
        report.cases++;
        if (verdict === 'ok') report.outcomes[`${how} ${rest.join(' ')}`] = (report.outcomes[`${how} ${rest.join(' ')}`] ?? 0) + 1;
        else report.bad.push(line);
        next = Number(n) + 1;
        clearTimeout(timer);
        timer = watchdog();
        onLine();
      }
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (next >= to) return resolve();
      if (hung) report.hangs.push(`case ${next}: no answer within ${hangMs} ms`);
      else report.crashes.push(`case ${next}: the worker ended (${signal ?? `exit ${code}`}) ${stderr.trim().split('\n').slice(-3).join(' | ')}`);
      report.cases++;
      onLine();
      runRange(seed, next + 1, to, hangMs, report, onLine).then(resolve, reject);
    });
  });
}

// A case is read twice (the app's open and `cjm info`), and each read may legitimately run until
// the parse process is stopped at PARSE_TIME_LIMIT_MS: only past both, plus the time to make the
// case (a mutation may write a 600 MB file), is a case hung.
const HANG_MS = 2 * PARSE_TIME_LIMIT_MS + 10_000;

export async function fuzz({ seed, count, workers = 2, hangMs = HANG_MS, onCase }: Options): Promise<FuzzReport> {
  const report: FuzzReport = { cases: 0, outcomes: {}, bad: [], crashes: [], hangs: [], slowest: { case: -1, ms: 0 } };
  const share = Math.ceil(count / workers);
  const ranges = Array.from({ length: workers }, (_, i) => [i * share, Math.min(count, (i + 1) * share)] as const).filter(([a, b]) => a < b);
  await Promise.all(ranges.map(([from, to]) => runRange(seed, from, to, hangMs, report, () => onCase?.(report.cases))));
  return report;
}
