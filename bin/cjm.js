#!/usr/bin/env node
// Launcher for the `cjm` command: checks the Node version before any TypeScript is loaded.
// Node 22.12–22.17 strip TypeScript types only behind a flag, so re-run with it there.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

createRequire(import.meta.url)('../scripts/check-node.cjs');
if (process.features.typescript) {
  await import('../electron/cli/main.ts');
} else {
  const cli = new URL('../electron/cli/main.ts', import.meta.url).pathname;
  const result = spawnSync(process.execPath, ['--experimental-strip-types', '--no-warnings', cli, ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  process.exitCode = result.status ?? 1;
}
