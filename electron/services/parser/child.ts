// The parse process: reads files from outside for the main process, one job at a time, within
// the memory limits set here and the time limit the main process keeps (it kills this process).
// Started by child_process.fork (web shell, cjm, tests) or Electron's utilityProcess.fork.
import { ApiError, type ApiErrorBody } from '../../../shared/api.ts';
import { PARSE_SQLITE_HEAP_BYTES } from '../../../shared/limits.ts';
import { limitSqliteHeap, runJob, type ParseRequest } from './jobs.ts';

export interface ParseReply {
  id: number;
  ok: boolean;
  value?: unknown;
  error?: ApiErrorBody;
  /** this process's peak memory so far, in MB */
  peakMb: number;
}

interface Port {
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
  postMessage(message: unknown): void;
}
const electronPort = (process as unknown as { parentPort?: Port }).parentPort;
// (Electron's parentPort is a process port, not a window: it takes no target origin.)
// oxlint-disable-next-line unicorn/require-post-message-target-origin
const send = (reply: ParseReply) => (electronPort ? electronPort.postMessage(reply) : process.send?.(reply));

limitSqliteHeap(PARSE_SQLITE_HEAP_BYTES);
// pdf-lib reports what it skips in a damaged PDF with console.warn: nobody reads it here.
console.warn = () => undefined;
console.log = () => undefined;

async function answer(message: unknown): Promise<void> {
  const { id, request } = message as { id: number; request: ParseRequest };
  const peakMb = () => Math.round(process.resourceUsage().maxRSS / 1024);
  try {
    send({ id, ok: true, value: await runJob(request), peakMb: peakMb() });
  } catch (error) {
    const body: ApiErrorBody = error instanceof ApiError ? error.toBody() : { code: 'internal', message: error instanceof Error ? error.message : String(error) };
    send({ id, ok: false, error: body, peakMb: peakMb() });
  }
}

// One job at a time: the main process sends the next only after this one's answer.
if (electronPort) electronPort.on('message', (event) => void answer(event.data));
else {
  process.on('message', (message) => void answer(message));
  // The main process is gone: nothing is left to answer.
  process.on('disconnect', () => process.exit(0));
}
