// Export: the dialog's options go to the Node side with the document; while it works, the
// dialog polls its progress and may cancel it.
import type { ExportDone, ExportProgressInfo } from '../../shared/api.ts';
import type { ExportOptions } from '../../shared/export/options.ts';
import type { ExportChoices } from '../../shared/model.ts';
import { newId } from '../../shared/ids.ts';
import { call } from '../platform/platform.ts';
import { editor } from '../state/editor.ts';
import { session } from '../state/session.ts';
import { chooseFile, suggestedName } from './documentActions.ts';

export function openExportDialog(): void {
  if (session.get().view === 'map') session.set({ exportOpen: true });
}

export interface RunningExport {
  cancel(): void;
  /** resolves with the written file, or null when the user closed the file chooser */
  done: Promise<ExportDone | null>;
}

const POLL_MS = 150;

export function startExport(options: ExportOptions, onProgress: (progress: ExportProgressInfo) => void): RunningExport {
  const jobId = newId('export');
  let stopped = false;
  const done = (async () => {
    const path = await chooseFile('save', suggestedName(options.format), options.format);
    if (!path || stopped) return null;
    const timer = window.setInterval(() => {
      call('export:progress', { jobId }).then((progress) => progress && !stopped && onProgress(progress), () => undefined);
    }, POLL_MS);
    try {
      // source: the map's file, where the images it names are stored once saved.
      return await call('export:run', { jobId, path, doc: editor.doc, options, source: session.get().path });
    } finally {
      stopped = true;
      window.clearInterval(timer);
    }
  })();
  return {
    cancel() {
      stopped = true;
      void call('export:cancel', { jobId }).catch(() => undefined);
    },
    done,
  };
}

/**
 * Keeps what an export chose in the map, for its next export. Outside history: it is no edit of
 * the map, so Undo should not spend a step on it; the map is unsaved until it is saved with it.
 */
export function rememberExportChoices(choices: ExportChoices): void {
  // A map open read-only (someone else holds it) is not changed by exporting it: closing it
  // would otherwise ask to save changes nobody made.
  if (session.get().lockedBy) return;
  editor.applyUncaptured({ type: 'setExportChoices', choices });
}
