// Makes a preview in a worker, a fresh one per image: a decode that hangs is ended by
// terminating its worker, which takes nothing else down. At most two run at once (the machine
// may have two cores, and the window needs one).
import { drawPreview } from './drawPreview.ts';
import { fitWithin, PREVIEW_QUALITY, PREVIEW_TIMEOUT_MS, PREVIEW_TYPE, type PreviewJob, type PreviewResult } from './previewSize.ts';

/** Why no preview came: the image did not decode, or took too long. */
export class PreviewError extends Error {
  readonly reason: 'decode' | 'timeout';
  constructor(reason: 'decode' | 'timeout', message: string) {
    super(message);
    this.name = 'PreviewError';
    this.reason = reason;
  }
}

const RUNNING_AT_MOST = 2;
let running = 0;
const waiting: (() => void)[] = [];

async function slot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= RUNNING_AT_MOST) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await work();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

/** The worker could not start (a page where workers are not allowed): the job runs here instead. */
function inWindow(job: PreviewJob, timeoutMs: number): Promise<Blob> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new PreviewError('timeout', `the image took longer than ${timeoutMs / 1000} s to decode`)), timeoutMs);
    void drawPreview(job).then((result) => {
      clearTimeout(timer);
      if (result.ok) resolve(result.blob);
      else reject(new PreviewError('decode', result.error));
    });
  });
}

function runWorker(job: PreviewJob, timeoutMs: number): Promise<Blob> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./previewWorker.ts', import.meta.url), { type: 'module' });
    } catch {
      inWindow(job, timeoutMs).then(resolve, reject);
      return;
    }
    const timer = setTimeout(() => {
      worker.terminate();
      reject(new PreviewError('timeout', `the image took longer than ${timeoutMs / 1000} s to decode`));
    }, timeoutMs);
    const end = () => {
      clearTimeout(timer);
      worker.terminate();
    };
    // A decode that fails is a message; an error event is the worker itself failing (it did not load).
    worker.addEventListener('message', (event: MessageEvent<PreviewResult>) => {
      end();
      if (event.data.ok) resolve(event.data.blob);
      else reject(new PreviewError('decode', event.data.error));
    });
    worker.addEventListener('error', (event) => {
      end();
      event.preventDefault();
      inWindow(job, timeoutMs).then(resolve, reject);
    });
    // A worker has no origin to name; the second argument is what is transferred (nothing).
    worker.postMessage(job, []);
  });
}

/** A preview of an image of this size, at most PREVIEW_SIDE on its long side. Throws PreviewError. */
export function makePreview(blob: Blob, width: number, height: number, timeoutMs = PREVIEW_TIMEOUT_MS): Promise<Blob> {
  const size = fitWithin(width, height);
  return slot(() => runWorker({ blob, ...size, type: PREVIEW_TYPE, quality: PREVIEW_QUALITY }, timeoutMs));
}
