// export-pptx-60x10: a generated map of 60 scenes (six stages of ten, so twelve stage slides of
// five scenes) and 10 lanes to a .pptx, planning and writing, as the exporter will run it.
// Prints the median of a few runs and the deck's size; nothing is asserted.
import { writePptx } from '../../electron/services/slides/pptx.ts';
import { planSlides } from '../../shared/export/slides.ts';
import { generateMap } from './generateMap.ts';
import { line, median } from './measure.ts';

const RUNS = 5;

export async function benchExportPptx(): Promise<void> {
  const doc = generateMap({ scenes: 60, lanes: 10 });
  let bytes = 0;
  let slides = 0;
  const samples: number[] = [];
  // one warm-up run first: module loading and the JIT are not what a second export waits for
  for (let i = 0; i <= RUNS; i++) {
    const start = performance.now();
    const plan = planSlides(doc, {}, doc.map.locale);
    const deck = await writePptx(plan);
    if (i > 0) samples.push(performance.now() - start);
    bytes = deck.length;
    slides = plan.slides.length;
  }
  line('export-pptx-60x10', { median_ms: Math.round(median(samples)), slides, kb: Math.round(bytes / 1024) });
}

// `node --experimental-strip-types tests/bench/exportPptx.bench.ts` runs this case alone.
if (import.meta.filename === process.argv[1]) await benchExportPptx();
