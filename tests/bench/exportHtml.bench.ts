// export-html-template: the built-in template map written as one interactive HTML page (the viewer
// from out/viewer, which `npm run bench` builds first), as the exporter runs it: no browser.
// Prints the median of a few runs and the page's size in bytes; nothing is asserted.
import { exportMap } from '../../electron/services/export/exporter.ts';
import { ExportOptionsSchema } from '../../shared/export/options.ts';
import { createDocument } from '../../shared/templates.ts';
import { line, median } from './measure.ts';

const RUNS = 5;
const noBrowser = () => {
  throw new Error('an HTML export needs no browser');
};

export async function benchExportHtml(): Promise<void> {
  const doc = createDocument('car-dealer', 'zh-CN');
  const options = ExportOptionsSchema.parse({ format: 'html' });
  let bytes = 0;
  const samples: number[] = [];
  // one warm-up run first: module loading, the JIT and the first read of the viewer are not what a second export waits for
  for (let i = 0; i <= RUNS; i++) {
    const start = performance.now();
    const result = await exportMap(doc, options, { openHost: noBrowser, appVersion: 'bench' });
    if (i > 0) samples.push(performance.now() - start);
    bytes = result.bytes.length;
  }
  line('export-html-template', { median_ms: Math.round(median(samples)), bytes });
}

// `node --experimental-strip-types tests/bench/exportHtml.bench.ts` runs this case alone (after npm run build).
if (import.meta.filename === process.argv[1]) await benchExportHtml();
