// The HTML viewer app as `npm run build` writes it (out/viewer/viewer.js and viewer.css), read once
// and kept: every HTML export inlines it. Main runs from out/main/ (its chunks perhaps a folder
// deeper); the web shell and the command line run from source (electron/…), beside out/.
import fs from 'node:fs';
import path from 'node:path';
import { ApiError } from '../../../shared/api.ts';
import type { ViewerBundle } from './html.ts';

const FILES = { js: 'viewer.js', css: 'viewer.css' } as const;

/** The folders the built viewer may be in, nearest first: out/viewer beside out/main, or below an ancestor. */
export function viewerFolders(from: string = import.meta.dirname): string[] {
  const folders: string[] = [];
  // A few levels up are enough for out/main/…/ and electron/services/export/; further would be outside the app.
  for (let dir = from, level = 0; level < 5; level++, dir = path.dirname(dir)) {
    if (path.basename(dir) === 'out') folders.push(path.join(dir, 'viewer'));
    folders.push(path.join(dir, 'out', 'viewer'));
    if (path.dirname(dir) === dir) break;
  }
  return folders;
}

/** Reads the built viewer from the first folder that has it; none: an error that says how to build it. */
export function readViewerBundle(folders: string[] = viewerFolders()): ViewerBundle {
  const folder = folders.find((dir) => fs.existsSync(path.join(dir, FILES.js)) && fs.existsSync(path.join(dir, FILES.css)));
  if (!folder) {
    throw new ApiError({
      code: 'internal',
      message: `the HTML viewer is not built (no out/viewer/${FILES.js} and ${FILES.css} beside the app): run npm run build, then export again`,
    });
  }
  try {
    return { js: fs.readFileSync(path.join(folder, FILES.js), 'utf8'), css: fs.readFileSync(path.join(folder, FILES.css), 'utf8') };
  } catch (error) {
    throw new ApiError({ code: 'internal', message: `the HTML viewer in ${folder} cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})` });
  }
}

let cached: Promise<ViewerBundle> | null = null;

/** The built viewer, read at the first HTML export; a failed read is tried again at the next. */
export function viewerBundle(): Promise<ViewerBundle> {
  cached ??= Promise.resolve()
    .then(() => readViewerBundle())
    .catch((error: unknown) => {
      cached = null;
      throw error;
    });
  return cached;
}
