import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { MAP_KEYWORD, PngWriter, extractMap, mapChunk, pixels, readChunks } from '../../../electron/services/export/png.ts';
import { MAX_EMBEDDED_MAP_BYTES } from '../../../shared/limits.ts';

/** A PNG encoder for the tests: every row gets the filter `filterOf(y)` (0–4). */
function encode(width: number, height: number, channels: 3 | 4, pixel: (x: number, y: number) => number[], filterOf: (y: number) => number): Buffer {
  const stride = width * channels;
  const raw = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) raw.set(pixel(x, y).slice(0, channels), y * stride + x * channels);
  const out = Buffer.alloc(height * (stride + 1));
  for (let y = 0; y < height; y++) {
    const f = filterOf(y);
    out[y * (stride + 1)] = f;
    for (let i = 0; i < stride; i++) {
      const x = raw[y * stride + i] as number;
      const a = i >= channels ? (raw[y * stride + i - channels] as number) : 0;
      const b = y > 0 ? (raw[(y - 1) * stride + i] as number) : 0;
      const c = y > 0 && i >= channels ? (raw[(y - 1) * stride + i - channels] as number) : 0;
      const p = a + b - c;
      const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      const predictor = [0, a, b, (a + b) >> 1, paeth][f] as number;
      out[y * (stride + 1) + 1 + i] = (x - predictor) & 255;
    }
  }
  const chunk = (type: string, data: Buffer) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length);
    head.write(type, 4, 'latin1');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(Buffer.concat([head.subarray(4), data])) >>> 0);
    return Buffer.concat([head, data, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = channels === 4 ? 6 : 2;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(out)), chunk('IEND', Buffer.alloc(0))]);
}

const colour = (x: number, y: number) => [(x * 7 + y * 3) & 255, (x * y) & 255, (x + 5 * y) & 255, (x * 3 + y) & 255];

async function expectImage(png: Buffer, width: number, height: number, channels: 3 | 4) {
  const image = await pixels(png, channels);
  expect([image.width, image.height]).toEqual([width, height]);
  for (let y = 0; y < height; y++) {
    const expected = Buffer.alloc(width * channels);
    for (let x = 0; x < width; x++) expected.set(colour(x, y).slice(0, channels), x * channels);
    if (channels === 4 && image.rows[y]) for (let x = 0; x < width; x++) expected[x * 4 + 3] = image.rows[y]![x * 4 + 3] as number;
    expect(image.rows[y]!.equals(expected), `row ${y}`).toBe(true);
  }
}

describe('PNG stitching', () => {
  it('joins strips whose first rows refer to the row above (Up, Average, Paeth) without a seam', async () => {
    const writer = new PngWriter({ width: 37, height: 30, alpha: false, scale: 2, title: '旅程', chunks: [] });
    for (let top = 0, f = 0; top < 30; top += 10, f++) {
      await writer.addStrip([encode(37, 10, 3, (x, y) => colour(x, y + top), (y) => (y === 0 ? [2, 3, 4][f]! : (y + f) % 5))]);
    }
    const png = await writer.finish();
    await expectImage(png, 37, 30, 3);
    const types = readChunks(png).map((c) => c.type);
    expect(types.slice(0, 3)).toEqual(['IHDR', 'pHYs', 'tEXt']);
    // 2 device pixels per CSS pixel = 192 dpi, in pixels per metre.
    expect(readChunks(png).find((c) => c.type === 'pHYs')!.data.readUInt32BE(0)).toBe(Math.round(192 / 0.0254));
  });

  it('joins pieces side by side, and RGB pieces into an RGBA image', async () => {
    const writer = new PngWriter({ width: 25, height: 8, alpha: true, scale: 1, title: 'map', chunks: [] });
    for (const top of [0, 4]) {
      const left = encode(10, 4, 4, (x, y) => colour(x, y + top), (y) => y % 5);
      const right = encode(15, 4, 3, (x, y) => colour(x + 10, y + top), (y) => (y + 2) % 5);
      await writer.addStrip([left, right]);
    }
    const png = await writer.finish();
    await expectImage(png, 25, 8, 4);
    const image = await pixels(png, 4);
    expect(image.rows[0]![4 * 12 + 3]).toBe(255); // the RGB piece became opaque RGBA
  });

  it('refuses strips that do not add up to the image', async () => {
    const writer = new PngWriter({ width: 5, height: 6, alpha: false, scale: 1, title: '', chunks: [] });
    await writer.addStrip([encode(5, 4, 3, colour, () => 0)]);
    await expect(writer.finish()).rejects.toThrow(/4 rows, expected 6/);
    writer.destroy();
  });

  it('carries a map in a zTXt chunk and finds it again; a PNG without one has none', async () => {
    const project = Buffer.from('SQLite format 3\0 and more bytes \u0000\u00ff', 'latin1');
    const writer = new PngWriter({ width: 2, height: 2, alpha: false, scale: 1, title: 't', chunks: [mapChunk(project)] });
    await writer.addStrip([encode(2, 2, 3, colour, () => 1)]);
    const png = await writer.finish();
    expect(extractMap(png)).toEqual(project);
    expect(extractMap(encode(2, 2, 3, colour, () => 0))).toBeNull();
    expect(() => extractMap(png.subarray(0, png.length - 20))).toThrow(/truncated/);
    expect(() => extractMap(Buffer.from('GIF89a'))).toThrow(/not a PNG/);
  });

  it('refuses a map chunk that inflates past the largest map a PNG may carry, before unpacking it all', async () => {
    // 200 MB of base64 text (a 150 MB map, past MAX_EMBEDDED_MAP_BYTES) deflated to ~200 kB.
    const deflate = zlib.createDeflate({ level: 9 });
    const parts: Buffer[] = [];
    deflate.on('data', (part: Buffer) => parts.push(part));
    const text = Buffer.alloc(8 * 1024 * 1024, 'A');
    for (let i = 0; i < 25; i++) if (!deflate.write(text)) await new Promise((resolve) => deflate.once('drain', resolve));
    await new Promise((resolve) => {
      deflate.once('end', resolve);
      deflate.end();
    });
    const bomb = Buffer.concat([Buffer.from(MAP_KEYWORD, 'latin1'), Buffer.from([0, 0]), ...parts]);
    expect(bomb.length).toBeLessThan(300 * 1024);
    const head = Buffer.alloc(8);
    head.writeUInt32BE(bomb.length);
    head.write('zTXt', 4, 'latin1');
    const png = encode(2, 2, 3, colour, () => 0);
    const withBomb = Buffer.concat([png.subarray(0, 33), head, bomb, Buffer.alloc(4), png.subarray(33)]);
    const peakBefore = process.resourceUsage().maxRSS;
    expect(() => extractMap(withBomb)).toThrow(new RegExp(`the map in the PNG unpacks to more than ${Math.round((MAX_EMBEDDED_MAP_BYTES * 4) / 3 / 1024 / 1024)} MB`));
    // At most the capped text in memory, never the map it would decode to as well.
    expect((process.resourceUsage().maxRSS - peakBefore) / 1024).toBeLessThan((MAX_EMBEDDED_MAP_BYTES * 4) / 3 / 1024 / 1024 + 100);
  }, 30_000);
});
