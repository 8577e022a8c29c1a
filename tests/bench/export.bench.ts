// Export of the car-dealer template and a generated 60-scene × 10-lane map: PDF (fit on A1) and
// PNG (2×), from the document to the finished bytes, browser start included (as a user waits
// for it). Peak memory is the whole process tree (Node and Chromium, proportional set size so
// pages shared between Chromium's processes count once), sampled every 100 ms in a separate
// run. The PNG floor is the same browser photographing a blank page of the same size in the
// same strips. `export-network` counts what one `cjm export` does on the network, seen in the
// system calls of the whole process tree.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PNG_LIMITS, exportMap } from '../../electron/services/export/exporter.ts';
import { openChromiumHost } from '../../electron/services/export/chromiumHost.ts';
import { ExportOptionsSchema } from '../../shared/export/options.ts';
import type { JourneyDoc } from '../../shared/model.ts';
import { renderSvg } from '../../shared/export/svg.ts';
import { createDocument } from '../../shared/templates.ts';
import { straceUnavailable, traceNetwork } from '../unit/services/networkTrace.ts';
import { generateMap } from './generateMap.ts';
import { line, median } from './measure.ts';

const RUNS = 3;

/** Memory of this process and all its descendants, in MB (Linux /proc; 0 elsewhere). */
export function treeMemoryMb(): number {
  if (!fs.existsSync('/proc/self/smaps_rollup')) return 0;
  const parents = new Map<number, number>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // the process ended while we looked
    }
  }
  let kb = 0;
  for (const pid of parents.keys()) {
    let p: number | undefined = pid;
    while (p && p > 1 && p !== process.pid) p = parents.get(p);
    if (p !== process.pid) continue;
    try {
      kb += Number(/^Pss:\s+(\d+)/m.exec(fs.readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? 0);
    } catch {
      // ended, or not ours to read
    }
  }
  return kb / 1024;
}

/** The floor for a PNG: photographing a blank page of the same size, in the same strips. */
async function pngFloor(width: number, height: number, scale: number): Promise<number> {
  const host = await openChromiumHost();
  try {
    await host.load(`<!doctype html><html><body style="margin:0;overflow:hidden"><div id="map" style="width:${width}px;height:${height}px;background:#fff"></div></body></html>`);
    const strip = Math.floor(PNG_LIMITS.maxCapturePixels / (width * scale * scale));
    const samples: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      for (let y = 0; y < height; y += strip) await host.capture({ x: 0, y, width, height: Math.min(strip, height - y) }, scale, false);
      samples.push(performance.now() - start);
    }
    return median(samples);
  } finally {
    await host.close();
  }
}

async function measure(doc: JourneyDoc, input: object): Promise<{ median: number; peak: number }> {
  const options = ExportOptionsSchema.parse(input);
  const run = () => exportMap(doc, options, { openHost: openChromiumHost, appVersion: 'bench' });
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  // Memory in a run of its own: reading /proc for every process costs enough to skew the times.
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, treeMemoryMb())), 100);
  try {
    await run();
  } finally {
    clearInterval(sampler);
  }
  return { median: median(samples), peak };
}

function benchNetwork(): void {
  const unavailable = straceUnavailable();
  if (unavailable) {
    process.stdout.write(`export-network: skipped (${unavailable})\n`);
    return;
  }
  const cli = [process.execPath, '--experimental-strip-types', '--no-warnings', path.resolve(import.meta.dirname, '../../electron/cli/main.ts')];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cjm-bench-'));
  try {
    const map = path.join(dir, 'map.cjm');
    spawnSync(cli[0] as string, [...cli.slice(1), 'new', map, '--template', 'car-dealer']);
    const trace = traceNetwork(cli[0] as string, [...cli.slice(1), 'export', map, '--format', 'pdf', '--out', path.join(dir, 'map.pdf'), '--quiet']);
    line('export-network', { dns_lookups: trace.dnsLookups, connects: trace.connects.length, sends: trace.sends.length, google_names: trace.googleNames.length });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchExport(): Promise<void> {
  benchNetwork();
  const maps: [string, JourneyDoc][] = [
    ['template', createDocument('car-dealer', 'zh-CN')],
    ['60x10', generateMap({ scenes: 60, lanes: 10, cards: 600 })],
  ];
  for (const [name, doc] of maps) {
    const pdf = await measure(doc, { format: 'pdf', page: { size: 'A1', mode: 'fit' } });
    line(`export-pdf-${name}`, { median: Math.round(pdf.median), peak_mb: Math.round(pdf.peak) });
    const png = await measure(doc, { format: 'png', scale: 2 });
    const { width, height } = renderSvg(doc);
    const floor = await pngFloor(width, height, 2);
    line(`export-png-${name}`, { median: Math.round(png.median), peak_mb: Math.round(png.peak), floor: Math.round(floor), ratio: png.median / floor });
  }
}
