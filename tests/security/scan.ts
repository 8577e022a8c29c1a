// Runs the Electronegativity scanner on a folder and prints its result as one JSON line
// (`RESULT {…}`). A child process of the audit test: the scanner asks the network for
// translation updates when it starts, and offline that request fails later with an uncaught
// error from its HTTP client, which must not reach the test runner.
import { createRequire } from 'node:module';

type Scan = (options: Record<string, unknown>) => Promise<{ errors: unknown[]; issues: unknown[] }>;
const require = createRequire(import.meta.url);

// The scanner's TypeScript parser would find our TypeScript 7 (a native compiler with another
// API) first; hand it the TypeScript 4 the scanner ships with instead.
const scannerRequire = createRequire(require.resolve('@doyensec/electronegativity'));
const parserRequire = createRequire(scannerRequire.resolve('@typescript-eslint/typescript-estree'));
const ownTypeScript = scannerRequire.resolve('typescript');
require(ownTypeScript);
for (const resolve of [parserRequire.resolve, createRequire(parserRequire.resolve('tsutils')).resolve]) {
  require.cache[resolve('typescript')] = require.cache[ownTypeScript];
}
const scan = require('@doyensec/electronegativity') as Scan;

process.on('uncaughtException', (error) => {
  if (/\b(got|p-cancelable)\b/.test(error.stack ?? '')) return; // the translation download, offline
  process.stderr.write(`scan: ${error.stack ?? String(error)}\n`);
  process.exit(1);
});

const [input, electronVersion] = process.argv.slice(2) as [string, string];
const result = await scan({
  input,
  isRelative: true,
  electronVersionOverride: electronVersion,
  // The one check that goes to the network (Electron's release list); the version is pinned in package.json.
  excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
});
process.stdout.write(`RESULT ${JSON.stringify({ errors: result.errors, issues: result.issues })}\n`);
process.exit(0);
