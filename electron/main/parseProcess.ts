// The parse process in Electron: a utility process (a Node process Electron starts; the app's
// own binary may not be run as Node), its JavaScript heap capped like the Node one's.
import { utilityProcess } from 'electron';
import path from 'node:path';
import { PARSE_HEAP_LIMIT_MB } from '../../shared/limits.ts';
import type { ParseReply } from '../services/parser/child.ts';
import type { ParseChild } from '../services/parser/parser.ts';

// Built beside main.js from electron/services/parser/child.ts (electron.vite.config.ts).
const ENTRY = path.join(import.meta.dirname, 'parseChild.js');

export function electronParseChild(): ParseChild {
  const child = utilityProcess.fork(ENTRY, [], {
    serviceName: 'Journey Mapper file reader',
    stdio: 'ignore',
    execArgv: [`--max-old-space-size=${PARSE_HEAP_LIMIT_MB}`],
  });
  return {
    // (A utility process's port is not a window: it takes no target origin.)
    // oxlint-disable-next-line unicorn/require-post-message-target-origin
    send: (message) => child.postMessage(message),
    onMessage: (listener) => void child.on('message', (reply: unknown) => listener(reply as ParseReply)),
    onExit: (listener) => void child.on('exit', listener),
    kill: () => void child.kill(),
    // A utility process never keeps the app running by itself.
    setBusy: () => undefined,
  };
}
