// export-images-50: the fifty-photo map of open-images-50 exported as PDF (fit on A1) and PNG
// (1×) from its file, as `cjm export` does it: the originals read from the file, embedded at full
// resolution. Wall time and the peak memory of Node plus Chromium (proportional set size); the
// originals alone are `originals_mb`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openChromiumHost } from '../../electron/services/export/chromiumHost.ts';
import { exportMap } from '../../electron/services/export/exporter.ts';
import { readImage } from '../../electron/services/imageStore.ts';
import type { EmbeddedImage } from '../../shared/export/embeddedImage.ts';
import { ExportOptionsSchema } from '../../shared/export/options.ts';
import { writeMapWithImages } from '../imageMap.ts';
import { photoPng } from '../photoPng.ts';
import { treeMemoryMb } from './export.bench.ts';
import { line } from './measure.ts';

export async function benchExportImages(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cjm-bench-images-'));
  try {
    const file = path.join(dir, 'photos.cjm');
    const photos = Array.from({ length: 50 }, (_, i) => ({ bytes: photoPng(1000, 1000, { seed: i + 1, noise: 255 }), preview: photoPng(160, 160, { seed: i + 1 }) }));
    const { doc, ids } = writeMapWithImages(file, photos, { title: 'Fifty photos' });
    const originalsMb = photos.reduce((sum, photo) => sum + photo.bytes.length, 0) / 1024 / 1024;
    photos.length = 0;
    const run = async (input: object) => {
      const images = new Map<string, EmbeddedImage>();
      for (const id of ids) {
        const { mime, width, height, bytes } = readImage(file, id);
        images.set(id, { mime, width, height, bytes });
      }
      return exportMap(doc, ExportOptionsSchema.parse(input), { openHost: openChromiumHost, appVersion: 'bench', images });
    };
    for (const [format, input] of [
      ['pdf', { format: 'pdf', page: { size: 'A1', mode: 'fit' } }],
      ['png', { format: 'png', scale: 1 }],
    ] as const) {
      const start = performance.now();
      const result = await run(input);
      const ms = performance.now() - start;
      // Memory in a run of its own: reading /proc for every process costs enough to skew the time.
      let peak = 0;
      const sampler = setInterval(() => (peak = Math.max(peak, treeMemoryMb())), 250);
      try {
        await run(input);
      } finally {
        clearInterval(sampler);
      }
      line(`export-images-50-${format}`, { ms: Math.round(ms), peak_mb: Math.round(peak), originals_mb: Math.round(originalsMb), out_mb: Math.round(result.bytes.length / 1024 / 1024) });
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
