// Which pages may call the main process: only our own renderer, recognised by its parsed URL
// (never by a string prefix, which `file:///app/index.html.evil` would pass).
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface TrustedOrigins {
  /** the built renderer's index.html, loaded with file:// */
  indexFile: string;
  /** the dev server URL, only while developing */
  devServerUrl?: string;
}

export function isTrustedSenderUrl(url: string | undefined, trusted: TrustedOrigins): boolean {
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'file:') {
    try {
      return path.resolve(fileURLToPath(parsed)) === path.resolve(trusted.indexFile);
    } catch {
      return false;
    }
  }
  if (trusted.devServerUrl) {
    const dev = new URL(trusted.devServerUrl);
    return parsed.origin === dev.origin;
  }
  return false;
}
