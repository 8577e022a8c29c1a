// Electron's binary is not part of `npm install`: the electron package fetches it the first time
// it is required. Its installer then prints the raw network error ("TypeError: fetch failed" and a
// stack), which says nothing to someone who is simply offline; here its output is held back and
// the caller says one sentence instead.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

export const OFFLINE_MESSAGE =
  'Journey Mapper could not start in Electron because its binary is downloaded on the first `npm start` and that download failed (no internet connection?): run `npm start` again once online, or run `npm run web` now and open the address it prints in your browser.';

/**
 * The path of the Electron binary in `electronDir` (the electron package), fetched first when it
 * is missing. Never prints: `output` holds what the installer said, for `npm start --verbose`.
 * @param {string} electronDir
 * @returns {{ ok: true, path: string } | { ok: false, output: string }}
 */
export function ensureElectron(electronDir) {
  // The installer exits at once when the binary is there already.
  const install = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const output = `${install.stdout ?? ''}${install.stderr ?? ''}${install.error ? String(install.error) : ''}`;
  if (install.status !== 0) return { ok: false, output };
  try {
    return { ok: true, path: createRequire(import.meta.url)(electronDir) };
  } catch (error) {
    return { ok: false, output: `${output}${String(error)}` };
  }
}
