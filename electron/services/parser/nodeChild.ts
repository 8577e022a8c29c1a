// The parse process outside Electron: a Node child process running child.ts, its JavaScript
// heap capped. (In Electron, main uses utilityProcess instead: Electron's own binary may not run as Node.)
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { PARSE_HEAP_LIMIT_MB } from '../../../shared/limits.ts';
import type { ParseReply } from './child.ts';
import type { ParseChild } from './parser.ts';

const ENTRY = fileURLToPath(new URL('./child.ts', import.meta.url));

export function nodeParseChild(heapLimitMb = PARSE_HEAP_LIMIT_MB): ParseChild {
  const child = fork(ENTRY, [], {
    serialization: 'advanced',
    stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
    execArgv: ['--experimental-strip-types', '--no-warnings', `--max-old-space-size=${heapLimitMb}`],
  });
  // A send to a process that just died is reported by its exit, not as a crash of ours.
  child.on('error', () => undefined);
  return {
    send: (message) => void child.send(message),
    onMessage: (listener) => void child.on('message', (reply) => listener(reply as ParseReply)),
    onExit: (listener) => void child.on('exit', listener),
    kill: () => void child.kill('SIGKILL'),
    setBusy: (busy) => {
      if (busy) {
        child.ref();
        child.channel?.ref();
      } else {
        child.unref();
        child.channel?.unref();
      }
    },
  };
}
