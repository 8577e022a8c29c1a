// The exported page in a real browser: its (stand-in) viewer runs under the page's CSP and reads
// the map from the data block; hostile map text stays text; a script the viewer did not bring
// (an inline one added later, or any file or URL) is refused by the policy. Skipped without Chromium.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { OFFLINE_ARGS, findChromium } from '../../../electron/services/export/chromiumHost.ts';
import { exportMap } from '../../../electron/services/export/exporter.ts';
import { ExportOptionsSchema } from '../../../shared/export/options.ts';
import { createDocument } from '../../../shared/templates.ts';
import { noBrowser } from './noBrowser.ts';
import { tempDir } from './tmp.ts';

const skip = noBrowser();

/** Shows the map's title, then tries what an attacker would: an inline script, an external one, an image from the network. */
const PROBE = `
const data = JSON.parse(document.getElementById('cjm-viewer-data').textContent);
document.getElementById('root').textContent = data.doc.map.title;
const inline = document.createElement('script');
inline.textContent = 'window.injected = true';
document.body.append(inline);
const external = document.createElement('script');
external.src = 'https://example.invalid/x.js';
document.body.append(external);
window.ran = true;`;

describe('the HTML page in a browser', () => {
  it.skipIf(skip !== null)(`runs only its own viewer; map text is text${skip ? ` (skipped: ${skip})` : ''}`, async () => {
    const doc = createDocument('car-dealer', 'en');
    doc.map.title = '</script><script>window.fromTitle = true</script><img src=x onerror="window.fromImg = true">';
    const result = await exportMap(doc, ExportOptionsSchema.parse({ format: 'html' }), {
      openHost: () => {
        throw new Error('no host');
      },
      appVersion: 't',
      viewer: async () => ({ js: PROBE, css: '#root { color: rgb(1, 2, 3); }' }),
    });
    const file = path.join(tempDir(), 'map.html');
    fs.writeFileSync(file, result.bytes);
    const browser = await chromium.launch({ executablePath: findChromium(), args: OFFLINE_ARGS });
    try {
      const page = await browser.newPage();
      const violations: string[] = [];
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
      });
      await page.goto(pathToFileURL(file).href);
      await page.waitForFunction(() => (window as { ran?: boolean }).ran === true);
      const state = await page.evaluate(() => {
        const w = window as { injected?: boolean; fromTitle?: boolean; fromImg?: boolean };
        return {
          root: document.getElementById('root')?.textContent,
          colour: getComputedStyle(document.getElementById('root') as HTMLElement).color,
          injected: w.injected ?? false,
          fromTitle: w.fromTitle ?? false,
          fromImg: w.fromImg ?? false,
          scripts: document.scripts.length,
          title: document.title,
        };
      });
      expect(state).toEqual({ root: doc.map.title, colour: 'rgb(1, 2, 3)', injected: false, fromTitle: false, fromImg: false, scripts: 5, title: doc.map.title });
      // the inline script and the external one, both refused by the policy
      expect(violations.length).toBeGreaterThanOrEqual(2);
    } finally {
      await browser.close();
    }
  }, 60_000);
});
