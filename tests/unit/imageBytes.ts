// Real tiny images, built from bytes in the tests (no fixture files): a PNG with real deflate
// data and CRCs, a baseline JPEG of mid-grey 8×8 blocks, a GIF, and the three kinds of WebP
// (lossy VP8, lossless VP8L, extended VP8X: the widely used 1×1 feature-detection images).
import zlib from 'node:zlib';

const u32be = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n >>> 0);
  return b;
};

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  return Buffer.concat([u32be(data.length), body, u32be(zlib.crc32(body))]);
}

/** A width×height RGB PNG, one colour; `ihdr` overrides the declared size (the pixels stay small). */
export function png(width: number, height: number, declared?: { width: number; height: number }): Buffer {
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, 0x7f)]);
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  const ihdr = Buffer.concat([u32be(declared?.width ?? width), u32be(declared?.height ?? height), Buffer.from([8, 2, 0, 0, 0])]);
  return Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

const segment = (marker: number, data: Buffer) => Buffer.concat([Buffer.from([0xff, marker, (data.length + 2) >> 8, (data.length + 2) & 0xff]), data]);

/**
 * A baseline greyscale JPEG, width and height multiples of 8: every block is mid-grey (DC
 * difference 0, then end of block), with one-code Huffman tables. `before` adds segments
 * ahead of the frame header.
 */
export function jpeg(width: number, height: number, before: Buffer[] = []): Buffer {
  const blocks = Math.ceil(width / 8) * Math.ceil(height / 8);
  const bits = '00'.repeat(blocks);
  const padded = bits.padEnd(Math.ceil(bits.length / 8) * 8, '1');
  const scan = Buffer.from(Array.from({ length: padded.length / 8 }, (_, i) => parseInt(padded.slice(i * 8, i * 8 + 8), 2)));
  const oneCode = (tableClass: number) => Buffer.concat([Buffer.from([tableClass << 4]), Buffer.from([1, ...Array(15).fill(0)]), Buffer.from([0])]);
  return Buffer.concat([
    Buffer.from([0xff, 0xd8]),
    segment(0xe0, Buffer.from('4a46494600010100000100010000', 'hex')),
    ...before,
    segment(0xdb, Buffer.concat([Buffer.from([0]), Buffer.alloc(64, 1)])),
    segment(0xc0, Buffer.from([8, height >> 8, height & 0xff, width >> 8, width & 0xff, 1, 1, 0x11, 0])),
    segment(0xc4, oneCode(0)),
    segment(0xc4, oneCode(1)),
    segment(0xda, Buffer.from([1, 1, 0x00, 0, 63, 0])),
    scan,
    Buffer.from([0xff, 0xd9]),
  ]);
}

/** A JPEG segment of any marker and data, for building odd files. */
export const jpegSegment = segment;

/** A GIF89a of one frame, one colour; the logical screen is width×height. */
export function gif(width: number, height: number): Buffer {
  const le = (n: number) => [n & 0xff, n >> 8];
  return Buffer.from([
    ...Buffer.from('GIF89a', 'latin1'), ...le(width), ...le(height), 0x80, 0, 0, 0xff, 0xff, 0xff, 0, 0, 0,
    0x2c, 0, 0, 0, 0, ...le(width), ...le(height), 0, 0x02, 0x02, 0x44, 0x01, 0x00, 0x3b,
  ]);
}

/** The 1×1 WebP images of every kind. */
export const WEBP = {
  lossy: Buffer.from('UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA', 'base64'),
  lossless: Buffer.from('UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==', 'base64'),
  extended: Buffer.from('UklGRkoAAABXRUJQVlA4WAoAAAAQAAAAAAAAAAAAQUxQSAwAAAARBxAR/Q9ERP8DAABWUDggGAAAABQBAJ0BKgEAAQAAAP4AAA3AAP7mtQAAAA==', 'base64'),
};

/** A copy of a WebP with its declared size rewritten (headers only; the pixels stay 1×1). */
export function webpSized(kind: keyof typeof WEBP, width: number, height: number): Buffer {
  const b = Buffer.from(WEBP[kind]);
  if (kind === 'lossy') {
    b.writeUInt16LE(width, 26);
    b.writeUInt16LE(height, 28);
  } else if (kind === 'lossless') {
    const bits = b.readUInt32LE(21) & ~0x0fffffff;
    b.writeUInt32LE((bits | (width - 1) | ((height - 1) << 14)) >>> 0, 21);
  } else {
    b.writeUIntLE(width - 1, 24, 3);
    b.writeUIntLE(height - 1, 27, 3);
  }
  return b;
}
