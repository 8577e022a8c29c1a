// Kills a process that is saving a map at random moments (SIGKILL: no clean-up runs) and
// reopens the file after each kill: it must open, and hold exactly the last save that finished
// or the one that was under way, never a mixture and never nothing.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readProject, writeProject } from '../../electron/services/projectFile.ts';
import fs from 'node:fs';
import { makeVersions, versionOf } from './versions.ts';

const LOOP = path.join(path.dirname(fileURLToPath(import.meta.url)), 'saveLoop.ts');

export interface KillReport {
  kills: number;
  /** kills that landed while a save was under way (between "saving" and "saved") */
  midSave: number;
  /** kills that left a rollback journal beside the file (inside SQLite's write transaction) */
  journals: number;
  /** reopened files holding the previous save / the interrupted one, finished after all */
  previous: number;
  next: number;
  failures: string[];
}

function runUntilKilled(file: string, versionsFile: string, startAt: number, delayMs: number): Promise<{ last: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--experimental-strip-types', '--no-warnings', LOOP, file, versionsFile, String(startAt)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let buffer = '';
    let last = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout.on('data', (data: Buffer) => {
      buffer += data.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        if (line === 'ready') timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
        else last = line;
      }
    });
    child.on('error', reject);
    child.on('exit', () => {
      clearTimeout(timer);
      resolve({ last });
    });
  });
}

export async function killDuringSaves(dir: string, kills: number, random: () => number = Math.random): Promise<KillReport> {
  const file = path.join(dir, 'killed.cjm');
  const versions = makeVersions();
  const versionsFile = path.join(dir, 'versions.json');
  fs.writeFileSync(versionsFile, JSON.stringify(versions));
  const cardCountOf = (n: number) => Object.keys(versionOf(versions, n).cards).length;
  const report: KillReport = { kills: 0, midSave: 0, journals: 0, previous: 0, next: 0, failures: [] };
  // Version 0 is on disk before the first kill: every kill has a whole save to fall back on.
  writeProject(file, versionOf(versions, 0));
  let finished = 0;
  for (let i = 0; i < kills; i++) {
    // After "ready", saves take 5 ms (small) and 40 ms (large) here: kills land anywhere in a few cycles.
    const { last } = await runUntilKilled(file, versionsFile, finished + 1, random() * 120);
    report.kills++;
    const [state, number] = last.split(' ');
    if (state === 'saving') report.midSave++;
    if (fs.existsSync(`${file}-journal`)) report.journals++;
    const lastFinished = state === 'saved' ? Number(number) : state === 'saving' ? Number(number) - 1 : finished;
    let title: string;
    let cards: number;
    try {
      const { doc } = readProject(file);
      title = doc.map.title;
      cards = Object.keys(doc.cards).length;
    } catch (error) {
      report.failures.push(`kill ${i} after '${last}': ${(error as Error).message}`);
      continue;
    }
    const held = Number(/^version (\d+)$/.exec(title)?.[1] ?? Number.NaN);
    if (held === lastFinished) report.previous++;
    else if (held === lastFinished + 1) report.next++;
    else report.failures.push(`kill ${i} after '${last}': the file holds '${title}'`);
    if (Number.isFinite(held) && cards !== cardCountOf(held)) report.failures.push(`kill ${i}: '${title}' has ${cards} cards, not ${cardCountOf(held)}`);
    finished = Number.isFinite(held) ? held : lastFinished;
  }
  return report;
}
