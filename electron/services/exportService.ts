// Exports as jobs: `run` answers when the file is written; meanwhile the renderer asks for
// progress and may cancel. The file appears whole or not at all (written beside, renamed over).
import { ApiError, type ExportDone, type ExportProgressInfo } from '../../shared/api.ts';
import type { EmbeddedImage } from '../../shared/export/embeddedImage.ts';
import type { ExportOptions } from '../../shared/export/options.ts';
import type { JourneyDoc } from '../../shared/model.ts';
import { DocumentInvalidError, parseDocument } from '../../shared/validate.ts';
import { writeFileAtomic } from './atomicFile.ts';
import { exportMap } from './export/exporter.ts';
import type { ViewerBundle } from './export/html.ts';
import type { OpenRenderHost } from './export/renderHost.ts';
import { ioFailure } from './projectFile.ts';

interface Job {
  controller: AbortController;
  progress: ExportProgressInfo;
}

export class ExportService {
  readonly #jobs = new Map<string, Job>();
  readonly #openHost: OpenRenderHost;
  readonly #appVersion: string;
  readonly #viewer: (() => Promise<ViewerBundle>) | undefined;

  /** viewer: the HTML viewer to inline (default: the built one, out/viewer) */
  constructor({ openHost, appVersion, viewer }: { openHost: OpenRenderHost; appVersion: string; viewer?: () => Promise<ViewerBundle> }) {
    this.#openHost = openHost;
    this.#appVersion = appVersion;
    this.#viewer = viewer;
  }

  async run({ jobId, path, doc: payload, options, images }: { jobId: string; path: string; doc: unknown; options: ExportOptions; images?: ReadonlyMap<string, EmbeddedImage> }): Promise<ExportDone> {
    if (this.#jobs.has(jobId)) throw new ApiError({ code: 'invalid-request', message: `export job ${jobId} is already running` });
    let doc: JourneyDoc;
    try {
      doc = parseDocument(payload);
    } catch (error) {
      if (error instanceof DocumentInvalidError) throw new ApiError({ code: 'invalid-document', message: `nothing was exported: ${error.message}` });
      throw error;
    }
    const job: Job = { controller: new AbortController(), progress: { done: 0, total: 1 } };
    this.#jobs.set(jobId, job);
    try {
      const result = await exportMap(doc, options, {
        openHost: this.#openHost,
        appVersion: this.#appVersion,
        signal: job.controller.signal,
        onProgress: (progress) => (job.progress = progress),
        images,
        ...(this.#viewer && { viewer: this.#viewer }),
      });
      if (job.controller.signal.aborted) throw new ApiError({ code: 'cancelled', message: 'the export was cancelled' });
      try {
        writeFileAtomic(path, result.bytes, { createFolder: false });
      } catch (error) {
        ioFailure(path, error);
      }
      return { path, bytes: result.bytes.length, pages: result.pages, pixelWidth: result.pixelWidth, pixelHeight: result.pixelHeight };
    } finally {
      this.#jobs.delete(jobId);
    }
  }

  progress(jobId: string): ExportProgressInfo | null {
    return this.#jobs.get(jobId)?.progress ?? null;
  }

  cancel(jobId: string): { cancelled: boolean } {
    const job = this.#jobs.get(jobId);
    job?.controller.abort();
    return { cancelled: Boolean(job) };
  }
}
