// What the export window's page may load: its own export.html and inline data, nothing else.
// The page is the app's, built from a map file that came from anywhere; a request to the
// network, another local file or a share could leak the map or the machine's name.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** How an export page's file is kept in the allowed set (Windows paths compare case-blind). */
export const exportPageKey = (file: string): string => {
  const resolved = path.resolve(file);
  return process.platform === 'win32' ? resolved.toLowerCase() : resolved;
};

/**
 * Whether the export session may make this request: `data:` and `about:` URLs, and a
 * `file:` URL only when it is one of `pages` (keys from exportPageKey), compared as parsed
 * paths, never as strings.
 */
export function exportRequestAllowed(url: string, pages: ReadonlySet<string>): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'data:' || parsed.protocol === 'about:') return true;
  if (parsed.protocol !== 'file:') return false;
  try {
    // a host (file://server/share) throws here on POSIX and names a share on Windows: neither is a page of ours
    return !parsed.host && pages.has(exportPageKey(fileURLToPath(parsed)));
  } catch {
    return false;
  }
}
