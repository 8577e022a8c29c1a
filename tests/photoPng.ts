// Photo-like PNGs made in the tests: a colour gradient with a dark disc (so a rendered page
// shows where the image sits) plus noise; with full noise a PNG barely compresses, as a photo
// would not, so its size on disk is about width × height × 3 bytes.
import zlib from 'node:zlib';

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(data, zlib.crc32(head.subarray(4))) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/** `noise` 0…255: how much random noise each channel gets; `seed` makes each image distinct. */
export function photoPng(width: number, height: number, { seed = 1, noise = 0 }: { seed?: number; noise?: number } = {}): Buffer {
  let state = seed >>> 0 || 1;
  const random = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) & 0xff;
  };
  const stride = width * 3 + 1;
  const raw = Buffer.alloc(stride * height);
  const r2 = (Math.min(width, height) / 4) ** 2;
  for (let y = 0; y < height; y++) {
    raw[y * stride] = 0;
    for (let x = 0; x < width; x++) {
      const disc = (x - width / 2) ** 2 + (y - height / 2) ** 2 < r2;
      const base = disc ? [30, 40, 60] : [(255 * x) / width, (255 * y) / height, 160];
      for (let c = 0; c < 3; c++) {
        const value = (base[c] as number) + (noise ? (random() * noise) / 255 - noise / 2 : 0);
        raw[y * stride + 1 + x * 3 + c] = Math.max(0, Math.min(255, Math.round(value)));
      }
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw, { level: noise > 128 ? 0 : 6 })), chunk('IEND', Buffer.alloc(0))]);
}
