// Reading files from outside, off the main process's event loop: jobs go to a parse process
// (kept warm between jobs) one at a time, each with a time limit. A job that runs too long is
// stopped by killing the process; one that needs more memory than allowed ends it. Either way
// the user hears that the file is too large or malformed to open, and the next job gets a
// fresh process.
import path from 'node:path';
import { ApiError } from '../../../shared/api.ts';
import { PARSE_TIME_LIMIT_MS } from '../../../shared/limits.ts';
import type { ParseReply } from './child.ts';
import type { ParseRequest, ParseResults } from './jobs.ts';

/** The parse process as the main process sees it (a Node child process or an Electron utility process). */
export interface ParseChild {
  send(message: { id: number; request: ParseRequest }): void;
  onMessage(listener: (reply: ParseReply) => void): void;
  onExit(listener: () => void): void;
  kill(): void;
  /** While idle the process must not keep a command-line program running. */
  setBusy(busy: boolean): void;
}

export type SpawnParseChild = () => ParseChild;

interface Options {
  spawn: SpawnParseChild;
  timeLimitMs?: number;
}

function tooLarge(file: string, why: string): ApiError {
  const name = path.basename(file);
  return new ApiError({ code: 'too-large', message: `${name}: is too large or malformed to open (${why})`, params: { file: name, reason: why } });
}

export class Parser {
  readonly #spawn: SpawnParseChild;
  readonly #timeLimitMs: number;
  #child: ParseChild | null = null;
  #queue: Promise<unknown> = Promise.resolve();
  #nextId = 1;
  /** the parse process's peak memory after the last job, in MB (for the bench) */
  peakMb = 0;

  constructor({ spawn, timeLimitMs = PARSE_TIME_LIMIT_MS }: Options) {
    this.#spawn = spawn;
    this.#timeLimitMs = timeLimitMs;
  }

  run<J extends ParseRequest['job']>(request: Extract<ParseRequest, { job: J }>): Promise<ParseResults[J]> {
    const result = this.#queue.then(() => this.#runNow(request));
    this.#queue = result.catch(() => undefined);
    return result as Promise<ParseResults[J]>;
  }

  #runNow(request: ParseRequest): Promise<unknown> {
    const child = (this.#child ??= this.#started());
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      let settled = false;
      const settle = (outcome: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        child.setBusy(false);
        outcome();
      };
      const timer = setTimeout(() => {
        this.#stop(child);
        settle(() => reject(tooLarge(request.file, `reading it took longer than ${Math.round(this.#timeLimitMs / 1000)} s`)));
      }, this.#timeLimitMs);
      const pending = (reply: ParseReply) => {
        if (reply.id !== id) return;
        this.peakMb = reply.peakMb;
        settle(() => (reply.ok ? resolve(reply.value) : reject(new ApiError(reply.error ?? { code: 'internal', message: 'no answer' }))));
      };
      this.#listeners.set(child, { message: pending, exit: () => settle(() => reject(tooLarge(request.file, 'reading it needed more memory than allowed'))) });
      child.setBusy(true);
      child.send({ id, request });
    });
  }

  readonly #listeners = new Map<ParseChild, { message: (reply: ParseReply) => void; exit: () => void }>();

  #started(): ParseChild {
    const child = this.#spawn();
    child.onMessage((reply) => this.#listeners.get(child)?.message(reply));
    child.onExit(() => {
      if (this.#child === child) this.#child = null;
      this.#listeners.get(child)?.exit();
      this.#listeners.delete(child);
    });
    child.setBusy(false);
    return child;
  }

  #stop(child: ParseChild): void {
    if (this.#child === child) this.#child = null;
    this.#listeners.delete(child);
    child.kill();
  }

  /** Stops the parse process (the app or shell is closing). */
  dispose(): void {
    if (this.#child) this.#stop(this.#child);
  }
}
