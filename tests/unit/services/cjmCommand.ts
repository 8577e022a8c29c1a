// Runs the installed `cjm` command (bin/cjm.js) as a user would, for the CLI tests.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const repo = path.resolve(import.meta.dirname, '../../..');

export const cjm = (...args: string[]) => {
  const result = spawnSync(process.execPath, [path.join(repo, 'bin/cjm.js'), ...args], { encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
};
