// `npm start` offline: the electron package's installer fails with a raw network error and a
// stack; none of it reaches the terminal, and the message is one sentence. Real installer
// scripts in a temp folder stand in for the electron package (no network needed or used).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureElectron, OFFLINE_MESSAGE } from '../../scripts/electronBinary.js';
import { tempDir } from './services/tmp.ts';

function fakeElectron(installJs: string, indexJs = "module.exports = '/opt/electron/electron';"): string {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'electron', main: 'index.js' }));
  fs.writeFileSync(path.join(dir, 'install.js'), installJs);
  fs.writeFileSync(path.join(dir, 'index.js'), indexJs);
  return dir;
}

describe('ensureElectron', () => {
  it('offline: reports failure and keeps the installer output to itself', () => {
    const dir = fakeElectron("console.log('Downloading Electron binary...'); console.error('TypeError: fetch failed\\n    at node:internal/deps/undici'); process.exit(1);");
    expect(ensureElectron(dir)).toEqual({ ok: false, output: expect.stringContaining('TypeError: fetch failed') });
  });

  it('installed: the path the electron package names', () => {
    expect(ensureElectron(fakeElectron('process.exit(0);'))).toEqual({ ok: true, path: '/opt/electron/electron' });
  });

  it('a package that still throws when required counts as missing', () => {
    const result = ensureElectron(fakeElectron('process.exit(0);', "throw new Error('Electron failed to install correctly');"));
    expect(result.ok).toBe(false);
  });

  it('the message is one sentence on one line, naming both ways on', () => {
    expect(OFFLINE_MESSAGE).not.toContain('\n');
    expect(OFFLINE_MESSAGE.match(/[.!?](\s|$)/g)).toHaveLength(1);
    expect(OFFLINE_MESSAGE).toContain('npm start');
    expect(OFFLINE_MESSAGE).toContain('npm run web');
    expect(OFFLINE_MESSAGE).not.toMatch(/TypeError|fetch failed/);
  });
});
