// open-images-50: a map with fifty 3 MB photos (each distinct, each with a small preview),
// opened in the web shell in Chromium: how long until its first card, how much memory the page
// and the browser then hold, whether the canvas asked for any original (it must ask for
// previews only: decoding fifty full-size photos would cost gigabytes), and how long a save
// then spends drawing the file's thumbnail.
import { writeMapWithImages } from '../imageMap.ts';
import { photoPng } from '../photoPng.ts';
import { chromiumMemory, metricsReader, withFileInBrowser } from './browser.ts';
import { line } from './measure.ts';

const PHOTOS = 50;
/** 1000 × 1000 noisy RGB pixels stored without compression: about 3 MB, as a phone photo */
const SIDE = 1000;

export async function benchOpenImages(): Promise<void> {
  const start = performance.now();
  const images = Array.from({ length: PHOTOS }, (_, i) => ({ bytes: photoPng(SIDE, SIDE, { seed: i + 1, noise: 255 }), preview: photoPng(160, 160, { seed: i + 1 }) }));
  const originalsMb = images.reduce((sum, image) => sum + image.bytes.length, 0) / 1024 / 1024;
  const made = performance.now() - start;
  const reads = { all: 0, full: 0, previews: 0 };
  await withFileInBrowser(
    (file) => writeMapWithImages(file, images, { title: 'Fifty photos' }),
    'photos.cjm',
    async (page, _browser, opened) => {
      const metrics = await metricsReader(page);
      // What the canvas fetches once it has settled: let any lazy image requests arrive.
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(1500);
      const heap = await page.evaluate(() => (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? Number.NaN);
      const m = await metrics();
      const chromium = chromiumMemory();
      const canvasReads = { ...reads };
      // A save draws the file's thumbnail first (within its 1.5 s budget, else without one).
      const saving = page.waitForRequest((request) => request.url().endsWith('/api/doc:save'));
      const saveStart = performance.now();
      await page.keyboard.press('Control+s');
      const request = await saving;
      const thumbnailMs = performance.now() - saveStart;
      const thumbnail = (request.postDataJSON() as { thumbnail?: string }).thumbnail;
      await request.response();
      const saveMs = performance.now() - saveStart;
      line('open-images-50', {
        photos: PHOTOS,
        originalsMb,
        makeMs: made,
        openMs: opened.ms,
        jsHeapMb: heap / 1024 / 1024,
        cdpJsHeapMb: (m.JSHeapUsedSize ?? Number.NaN) / 1024 / 1024,
        chromiumPssMb: chromium.totalMb,
        rendererPssMb: chromium.largestMb,
        shellRssMb: process.memoryUsage().rss / 1024 / 1024,
        thumbnailMs,
        thumbnailKb: thumbnail ? (thumbnail.length * 3) / 4 / 1024 : 0,
        saveMs,
        imageReads: canvasReads.all,
        imageReadsFull: canvasReads.full,
        imageReadsPreview: canvasReads.previews,
        thumbnailImageReads: reads.all - canvasReads.all,
      });
    },
    // Every image:read the page sends, original (full: true) or preview.
    async (page) => {
      await page.route((url) => url.pathname.endsWith('/api/image:read'), async (route) => {
        const body = (route.request().postDataJSON() ?? {}) as { full?: boolean };
        reads.all++;
        if (process.env.CJM_BENCH_TRACE) process.stderr.write(`image:read ${(performance.now() / 1000).toFixed(3)}\n`);
        if (body.full) reads.full++;
        else reads.previews++;
        await route.continue();
      });
    },
  );
}
