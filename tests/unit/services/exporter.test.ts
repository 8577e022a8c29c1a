// The export pipeline with a stand-in for the browser that "photographs" a known pattern, so the
// strip and piece arithmetic (rounding, seams, limits) is checked pixel by pixel. The real
// Chromium runs in the end-to-end tests of `cjm export`.
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { exportMap, largestPngScale } from '../../../electron/services/export/exporter.ts';
import { extractMap, pixels } from '../../../electron/services/export/png.ts';
import type { Region, RenderHost } from '../../../electron/services/export/renderHost.ts';
import { readProjectBytes } from '../../../electron/services/projectFile.ts';
import { ExportOptionsSchema } from '../../../shared/export/options.ts';
import { exportSvg, exportedDocument } from '../../../shared/export/svg.ts';
import { createDocument } from '../../../shared/templates.ts';

/** Device pixel (x, y) of the whole map always has this colour. */
const colour = (x: number, y: number) => [x & 255, y & 255, ((x >> 8) + 7 * (y >> 8)) & 255];

function patternPng(region: Region, scale: number): Buffer {
  const x0 = Math.round(region.x * scale);
  const y0 = Math.round(region.y * scale);
  const width = Math.round(region.width * scale);
  const height = Math.round(region.height * scale);
  const rows = Buffer.alloc(height * (width * 3 + 1));
  for (let y = 0; y < height; y++) {
    for (let x = 0, o = y * (width * 3 + 1) + 1; x < width; x++, o += 3) {
      rows[o] = x0 + x;
      rows[o + 1] = y0 + y;
      rows[o + 2] = ((x0 + x) >> 8) + 7 * ((y0 + y) >> 8);
    }
  }
  const chunk = (type: string, data: Buffer) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length);
    head.write(type, 4, 'latin1');
    return Buffer.concat([head, data, Buffer.alloc(4)]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

function fakeHost(log: string[]): () => Promise<RenderHost> {
  return async () => ({
    load: async (html) => void log.push(html.includes('id="map"') ? 'load raster page' : 'load print page'),
    pdf: async () => new Uint8Array(),
    capture: async (region, scale) => {
      log.push('capture');
      return patternPng(region, scale);
    },
    placeImage: async (id) => void log.push(`image ${id.slice(0, 4)}`),
    close: async () => void log.push('close'),
  });
}

// Two stages of the template keep the images small enough for a fast test.
const doc = exportedDocument(createDocument('car-dealer', 'zh-CN'), { stages: ['stage-aware', 'stage-choose'] });

describe('PNG export in strips and pieces', () => {
  for (const [scale, limits] of [
    [1, { maxCapturePixels: 300_000, maxCaptureWidth: 100_000 }],
    [2, { maxCapturePixels: 600_000, maxCaptureWidth: 1_500 }],
    [1.37, { maxCapturePixels: 400_000, maxCaptureWidth: 1_000 }],
  ] as const) {
    it(`at ${scale}× with ${JSON.stringify(limits)}: every device pixel in place, no seams`, async () => {
      const log: string[] = [];
      const progress: number[] = [];
      const options = ExportOptionsSchema.parse({ format: 'png', scale });
      const result = await exportMap(doc, options, { openHost: fakeHost(log), appVersion: 'test', limits, onProgress: (p) => progress.push(p.done / p.total) });
      const { width, height } = exportSvg(doc, options);
      expect([result.pixelWidth, result.pixelHeight]).toEqual([Math.round(width * scale), Math.round(height * scale)]);
      const image = await pixels(Buffer.from(result.bytes), 3);
      expect([image.width, image.height]).toEqual([result.pixelWidth, result.pixelHeight]);
      const wrong: string[] = [];
      for (let y = 0; y < image.height; y++) {
        const row = image.rows[y]!;
        for (let x = 0; x < image.width; x++) {
          const [r, g, b] = colour(x, y);
          if (row[x * 3] !== r || row[x * 3 + 1] !== g || row[x * 3 + 2] !== b) wrong.push(`${x},${y}`);
        }
      }
      expect(wrong.slice(0, 5)).toEqual([]);
      expect(log[0]).toBe('load raster page');
      expect(log.filter((l) => l === 'capture').length).toBeGreaterThan(1);
      expect(log.at(-1)).toBe('close');
      expect(progress.at(-1)).toBe(1);
      expect(progress).toEqual([...progress].sort((a, b) => a - b));
    });
  }

  it('carries the exported map (only the chosen lanes) inside the PNG', async () => {
    const lanes = Object.values(doc.lanes).filter((l) => l.kind !== 'service-actions').map((l) => l.id);
    const options = ExportOptionsSchema.parse({ format: 'png', scale: 1, lanes });
    const result = await exportMap(doc, options, { openHost: fakeHost([]), appVersion: 'test' });
    const carried = readProjectBytes(extractMap(Buffer.from(result.bytes))!, 'map.png');
    expect(carried.doc).toEqual(exportedDocument(doc, { lanes }));
    expect(Object.values(carried.doc.cards).some((c) => c.laneId === 'lane-service-actions')).toBe(false);
  });

  it('refuses a PNG larger than an image can be, naming the largest possible scale', async () => {
    const options = ExportOptionsSchema.parse({ format: 'png', scale: 16 });
    const { width, height } = exportSvg(doc, options);
    const error = await exportMap(doc, options, { openHost: fakeHost([]), appVersion: 'test', limits: { maxPixels: 50_000_000 } }).catch((e: unknown) => e);
    const largest = largestPngScale(width, height, { maxSide: 65_535, maxPixels: 50_000_000, maxCapturePixels: 1, maxCaptureWidth: 1 });
    expect(error).toMatchObject({ code: 'too-large', params: { largest } });
    expect(largest * width * largest * height).toBeLessThanOrEqual(50_000_000);
    expect((largest + 0.1) ** 2 * width * height).toBeGreaterThan(50_000_000);
  });

  it('stops when cancelled, and closes the browser', async () => {
    const log: string[] = [];
    const controller = new AbortController();
    const openHost = async () => {
      const host = await fakeHost(log)();
      return { ...host, capture: async (r: Region, s: number) => (controller.abort(), host.capture(r, s, false)) };
    };
    const options = ExportOptionsSchema.parse({ format: 'png', scale: 2 });
    const error = await exportMap(doc, options, { openHost, appVersion: 'test', signal: controller.signal, limits: { maxCapturePixels: 500_000 } }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'cancelled' });
    expect(log.filter((l) => l === 'capture')).toHaveLength(1);
    expect(log.at(-1)).toBe('close');
  });
});
