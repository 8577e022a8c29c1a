// Each test gets its own web shell with its own map folder and user-data folder.
import { test as base } from '@playwright/test';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface Shell {
  url: string;
  origin: string;
  token: string;
  /** the folder the shell may open and save maps in */
  root: string;
  /** its settings, recent files and recovery drafts */
  userData: string;
}

const repo = path.resolve(import.meta.dirname, '../..');

/** A web shell process on its own port; `kill` stops it like a crash (SIGKILL) or like Ctrl+C. */
export async function startShell(root: string, userData: string): Promise<{ url: string; kill: (signal?: NodeJS.Signals) => Promise<void> }> {
  const child = spawn(process.execPath, ['electron/web/main.ts', '--port', '0', '--dir', root, '--user-data', userData], {
    cwd: repo,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /^Web shell: (http:\/\/\S+)$/m.exec(out);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`web shell exited with ${code}: ${stderr}`)));
  });
  const kill = async (signal: NodeJS.Signals = 'SIGINT') => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    await exited;
  };
  return { url, kill };
}

export const test = base.extend<{ shell: Shell }>({
  // oxlint-disable-next-line no-empty-pattern -- Playwright fixtures must destructure their dependencies
  shell: async ({}, use) => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cjm-maps-'));
    const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'cjm-user-'));
    const { url, kill } = await startShell(root, userData);
    const parsed = new URL(url);
    await use({ url, origin: parsed.origin, token: parsed.searchParams.get('token') ?? '', root, userData });
    await kill();
    fs.rmSync(root, { recursive: true, force: true });
    fs.rmSync(userData, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';
