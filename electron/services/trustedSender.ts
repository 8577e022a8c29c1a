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

// A dev server the app may load and trust: on this machine only. An ELECTRON_RENDERER_URL
// left in the environment (or planted by another program) must not hand the app's IPC to a
// page from elsewhere.
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * The dev server URL to load, or undefined to load the built files: only in an unpackaged app,
 * and only an http(s) URL on a loopback host (parsed, so `127.0.0.1.evil.com` and
 * `http://127.0.0.1@evil.com` fail), without user name or password.
 */
export function trustedDevServerUrl(envValue: string | undefined, isPackaged: boolean): string | undefined {
  if (isPackaged || !envValue) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(envValue);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  if (parsed.username || parsed.password || !LOOPBACK_HOSTS.has(parsed.hostname)) return undefined;
  return parsed.href;
}
