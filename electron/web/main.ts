// `npm run web`: starts the web shell and prints exactly one line with its address.
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import fs from 'node:fs';
import pkg from '../../package.json' with { type: 'json' };
import { startWebShell } from './server.ts';

const USAGE = 'usage: npm run web -- [--port N] [--dir FOLDER] [--user-data FOLDER] [--host 127.0.0.1|localhost]';

function fail(message: string, code: number): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

let values: { port?: string; dir?: string; 'user-data'?: string; host?: string };
try {
  ({ values } = parseArgs({
    options: { port: { type: 'string' }, dir: { type: 'string' }, 'user-data': { type: 'string' }, host: { type: 'string' } },
    strict: true,
  }));
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`, 2);
}

const port = values.port === undefined ? 4780 : Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be a number from 0 to 65535\n${USAGE}`, 2);

const staticDir = path.resolve(import.meta.dirname, '../../out/renderer');
if (!fs.existsSync(path.join(staticDir, 'index.html'))) fail('The renderer is not built yet: run `npm run build` first.', 1);

const locale = Intl.DateTimeFormat().resolvedOptions().locale.startsWith('zh') ? 'zh-CN' : 'en';
try {
  const shell = await startWebShell({
    port,
    host: values.host,
    root: path.resolve(values.dir ?? path.join(os.homedir(), 'JourneyMaps')),
    userDataDir: path.resolve(values['user-data'] ?? path.join(os.homedir(), '.config', 'journey-mapper', 'web-shell')),
    staticDir,
    appVersion: pkg.version,
    systemLocale: locale,
  });
  process.stdout.write(`Web shell: ${shell.url}\n`);
  const stop = () => {
    shell.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') fail(`Port ${port} is already in use: choose another with --port N.`, 1);
  fail(`The web shell could not start: ${(error as Error).message}`, 1);
}
