// The export pages' Content-Security-Policy in a real Chromium: the pages need nothing it
// refuses, the app's own code (page.evaluate here, executeJavaScript in Electron: both run
// outside the page's CSP) still measures and moves the map, and script in the page does not run.
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium, openChromiumHost } from '../../../electron/services/export/chromiumHost.ts';
import { RENDERED_SIGNAL, showRegion } from '../../../electron/services/export/renderHost.ts';
import { buildHandbook } from '../../../shared/export/handbook.ts';
import { handbookHtml } from '../../../shared/export/handbookHtml.ts';
import { planPages } from '../../../shared/export/pages.ts';
import { EXPORT_PAGE_CSP, pdfPageHtml, rasterPageHtml } from '../../../shared/export/printPage.ts';
import { renderSvg } from '../../../shared/export/svg.ts';
import { createDocument } from '../../../shared/templates.ts';
import { serviceActionMap } from './serviceActionMap.ts';

const chromiumPath = (() => {
  try {
    return findChromium();
  } catch {
    return undefined;
  }
})();

const LOGO = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const doc = createDocument('car-dealer', 'zh-CN');
const map = renderSvg(doc, { date: '2026-11-23', logo: LOGO });
const tiled = pdfPageHtml(map, planPages(map.width, map.height, { size: 'A4', landscape: false, margin: 10, mode: 'tile', overlap: 10 }), doc.map.title, 'zh-CN');
const raster = rasterPageHtml(map, doc.map.title, 'zh-CN');
const handbook = handbookHtml(buildHandbook(serviceActionMap('zh-CN'))).html;

describe.skipIf(!chromiumPath)('export page CSP in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: chromiumPath });
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** A page showing `html`, and the CSP complaints it causes. */
  async function show(html: string): Promise<{ page: Page; refused: string[] }> {
    const page = await browser.newPage();
    const refused: string[] = [];
    page.on('console', (message) => {
      if (message.text().includes('Content Security Policy')) refused.push(message.text());
    });
    await page.setContent(html, { waitUntil: 'load' });
    return { page, refused };
  }

  it('every page carries the policy', () => {
    for (const html of [tiled, raster, handbook]) expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${EXPORT_PAGE_CSP}">`);
  });

  it('the pages need nothing the policy refuses, and the measuring code runs', async () => {
    for (const html of [tiled, raster, handbook]) {
      const { page, refused } = await show(html);
      expect(await page.evaluate(RENDERED_SIGNAL)).toBe(true);
      // the logo (a data: image) is drawn, the inline <style> and style="" apply
      const logo = await page.evaluate(`(async () => { const img = new Image(); img.src = ${JSON.stringify(LOGO)}; await img.decode(); return img.naturalWidth; })()`);
      expect(logo).toBe(1);
      expect(await page.evaluate(`getComputedStyle(document.body).margin`)).toBe('0px');
      expect(refused).toEqual([]);
      await page.close();
    }
    const { page } = await show(raster);
    await page.evaluate(showRegion({ x: 10, y: 20, width: 100, height: 100 }));
    expect(await page.evaluate(`getComputedStyle(document.getElementById('map')).transform`)).toBe('matrix(1, 0, 0, 1, -10, -20)');
    await page.close();
  });

  it('refuses script and requests that got into a page', async () => {
    const planted =
      '<script>document.title = "ran"</script><img src="x" onerror="document.title = \'ran\'">' +
      '<img id="remote" src="http://127.0.0.1:9/x.png"><iframe src="data:text/html,hi"></iframe>';
    const { page, refused } = await show(raster.replace('</body>', `${planted}</body>`));
    expect(await page.evaluate('document.title')).toBe(doc.map.title);
    expect(refused.join('\n')).toMatch(/inline script/);
    expect(refused.join('\n')).toMatch(/inline event handler/);
    expect(refused.join('\n')).toMatch(/127\.0\.0\.1:9/);
    expect(refused.join('\n')).toMatch(/Framing/);
    await page.close();
  });

  it('prints and photographs through the real host', async () => {
    const host = await openChromiumHost();
    try {
      await host.load(tiled);
      expect(Buffer.from(await host.pdf()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
      await host.load(raster);
      const png = await host.capture({ x: 0, y: 0, width: 200, height: 100 }, 1, false);
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    } finally {
      await host.close();
    }
  }, 60_000);
});
