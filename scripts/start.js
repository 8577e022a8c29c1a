// `npm start`: build, then run the app in Electron. Where the Electron binary cannot be had
// (no internet on first run, or a locked-down machine), say so in one sentence and point to the web shell.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { ensureElectron, OFFLINE_MESSAGE } from './electronBinary.js';

const root = path.resolve(import.meta.dirname, '..');
const build = spawnSync(process.execPath, [path.join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build', '--logLevel', 'warn'], {
  cwd: root,
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);

// The first start downloads about 100 MB: say so while it runs, on a terminal only, and take the line back after.
const waiting = process.stderr.isTTY;
if (waiting) process.stderr.write('Getting the Electron binary (first start only)…');
const electron = ensureElectron(path.join(root, 'node_modules/electron'));
if (waiting) process.stderr.write('\r\x1b[K');
if (!electron.ok) {
  if (process.env.npm_config_loglevel === 'verbose' || process.env.npm_config_loglevel === 'silly') process.stderr.write(electron.output);
  console.error(OFFLINE_MESSAGE);
  process.exit(1);
}
const child = spawn(electron.path, [root], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
