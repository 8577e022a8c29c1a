// A stand-in for the built HTML viewer (out/viewer/), so the unit tests, which run before
// `npm run build`, can write and read interactive HTML files.
import fs from 'node:fs';
import path from 'node:path';
import type { ViewerBundle } from '../../../electron/services/export/html.ts';

export const FAKE_VIEWER: ViewerBundle = { js: 'document.getElementById("root").textContent = "viewer";', css: '#root { color: #123456; }' };

/** A folder laid out as out/viewer is, holding the stand-in. */
export function fakeViewerFolder(dir: string): string {
  const folder = path.join(dir, 'viewer');
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(path.join(folder, 'viewer.js'), FAKE_VIEWER.js);
  fs.writeFileSync(path.join(folder, 'viewer.css'), FAKE_VIEWER.css);
  return folder;
}
