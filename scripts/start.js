// `npm start`: build, then run the app in Electron. Where the Electron binary cannot be had
// (no internet on first run, or a locked-down machine), say so and point to the web shell.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const build = spawnSync(process.execPath, [path.join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build', '--logLevel', 'warn'], {
  cwd: root,
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);

let electron;
try {
  // Requiring the package downloads the binary on first use; offline this throws.
  electron = createRequire(import.meta.url)('electron');
} catch {
  console.error(
    '\nThe Electron binary is not installed and could not be downloaded (this needs internet access the first time).\n' +
      'Run `npm start` again once online to fetch it, or use the web shell right now: `npm run web` opens the same app\n' +
      'in your browser at http://127.0.0.1 and saves maps as .cjm files in ~/JourneyMaps.',
  );
  process.exit(1);
}
const child = spawn(electron, [root], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
