import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exportPageKey, exportRequestAllowed } from '../../../electron/services/export/exportRequests.ts';

describe('exportRequestAllowed', () => {
  const page = path.join('/tmp', 'journey-mapper-export-abc123', 'export.html');
  const pages = new Set([exportPageKey(page)]);

  it('lets the export page load itself and its inline data', () => {
    expect(exportRequestAllowed(pathToFileURL(page).href, pages)).toBe(true);
    expect(exportRequestAllowed(`${pathToFileURL(page).href}?x#y`, pages)).toBe(true);
    expect(exportRequestAllowed('file://localhost/tmp/journey-mapper-export-abc123/export.html', pages)).toBe(true);
    expect(exportRequestAllowed('data:image/png;base64,iVBORw0KGgo=', pages)).toBe(true);
    expect(exportRequestAllowed('about:blank', pages)).toBe(true);
  });

  it('refuses every other file, the network, shares and other schemes', () => {
    for (const url of [
      pathToFileURL('/etc/passwd').href,
      pathToFileURL('/tmp/journey-mapper-export-abc123/other.html').href,
      pathToFileURL('/tmp/journey-mapper-export-abc123/export.html.evil').href,
      pathToFileURL('/tmp/journey-mapper-export-abc123').href,
      pathToFileURL('/tmp/journey-mapper-export-abc1234/export.html').href,
      'file:///tmp/journey-mapper-export-abc123/sub/../../journey-mapper-export-xyz/export.html',
      'file://server/tmp/journey-mapper-export-abc123/export.html',
      'https://example.com/',
      'http://127.0.0.1:8080/',
      'ws://example.com/',
      'wss://example.com/',
      'ftp://example.com/',
      'blob:https://example.com/1234',
      'chrome-extension://abc/x.js',
      'javascript:alert(1)',
      'not a url',
      '',
    ]) {
      expect(exportRequestAllowed(url, pages), url).toBe(false);
    }
  });

  it('allows nothing of a closed window (its page has left the set)', () => {
    expect(exportRequestAllowed(pathToFileURL(page).href, new Set())).toBe(false);
  });

  it('resolves dot segments before comparing', () => {
    expect(exportRequestAllowed('file:///tmp/x/../journey-mapper-export-abc123/./export.html', pages)).toBe(true);
  });
});
