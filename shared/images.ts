// Images from outside (a dropped site photo, a pasted screenshot, a row of a .cjm) are judged by
// their bytes, never by a file name or a declared type: the magic bytes say which of the four
// accepted formats it is, and the header says its size in pixels, read with bounded parsing so a
// truncated or malformed header is a clear error and a decompression bomb is refused before
// anything decodes it. Pure: no Node, no DOM.
import { MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS, MAX_JPEG_SEGMENTS } from './limits.ts';

export const IMAGE_MIMES = ['image/png', 'image/jpeg', 'image/webp', 'image/gif'] as const;
export type ImageMime = (typeof IMAGE_MIMES)[number];

export interface ImageHeader {
  mime: ImageMime;
  width: number;
  height: number;
}

export type ImageProblemCode = 'empty' | 'not-an-image' | 'truncated' | 'malformed' | 'no-size' | 'too-large' | 'too-many-pixels' | 'map-full';

/** Why an image was refused: a code and parameters for the UI's message, and an English message. */
export class ImageError extends Error {
  readonly code: ImageProblemCode;
  readonly params: Record<string, string | number>;
  constructor(code: ImageProblemCode, message: string, params: Record<string, string | number> = {}) {
    super(message);
    this.name = 'ImageError';
    this.code = code;
    this.params = params;
  }
}

const NAMES: Record<ImageMime, string> = { 'image/png': 'PNG', 'image/jpeg': 'JPEG', 'image/webp': 'WebP', 'image/gif': 'GIF' };
const MB = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
const megapixels = (pixels: number) => `${Math.round(pixels / 1e5) / 10}`;

const startsWith = (bytes: Uint8Array, at: number, signature: readonly number[]) => signature.every((b, i) => bytes[at + i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const RIFF = ascii('RIFF');
const WEBP = ascii('WEBP');
const GIF87 = ascii('GIF87a');
const GIF89 = ascii('GIF89a');

/** Which accepted format the bytes are, by their magic bytes alone (null: none of them). */
export function sniffImageType(bytes: Uint8Array): ImageMime | null {
  if (startsWith(bytes, 0, PNG)) return 'image/png';
  if (startsWith(bytes, 0, JPEG)) return 'image/jpeg';
  if (startsWith(bytes, 0, RIFF) && startsWith(bytes, 8, WEBP)) return 'image/webp';
  if (startsWith(bytes, 0, GIF87) || startsWith(bytes, 0, GIF89)) return 'image/gif';
  return null;
}

/** Reads fixed-width numbers, refusing any read past the end as a truncated header. */
class Reader {
  readonly #bytes: Uint8Array;
  readonly #kind: string;
  constructor(bytes: Uint8Array, kind: string) {
    this.#bytes = bytes;
    this.#kind = kind;
  }
  need(at: number, length: number): void {
    if (at < 0 || at + length > this.#bytes.length) {
      throw new ImageError('truncated', `the ${this.#kind} image is truncated: its header ends early`, { type: this.#kind });
    }
  }
  u8(at: number): number {
    this.need(at, 1);
    return this.#bytes[at] as number;
  }
  u16be(at: number): number {
    return (this.u8(at) << 8) | this.u8(at + 1);
  }
  u16le(at: number): number {
    return this.u8(at) | (this.u8(at + 1) << 8);
  }
  u24le(at: number): number {
    return this.u16le(at) + this.u8(at + 2) * 0x10000;
  }
  u32be(at: number): number {
    return this.u16be(at) * 0x10000 + this.u16be(at + 2);
  }
  u32le(at: number): number {
    return this.u16le(at) + this.u16le(at + 2) * 0x10000;
  }
  is(at: number, signature: readonly number[]): boolean {
    this.need(at, signature.length);
    return startsWith(this.#bytes, at, signature);
  }
}

const malformed = (kind: string, what: string): never => {
  throw new ImageError('malformed', `the ${kind} image is malformed: ${what}`, { type: kind, what });
};

function png(r: Reader): { width: number; height: number } {
  // Signature, then the IHDR chunk first: length 13, type, width, height (big-endian).
  if (r.u32be(8) !== 13 || !r.is(12, ascii('IHDR'))) malformed('PNG', 'its first chunk is not the image header (IHDR)');
  const width = r.u32be(16);
  const height = r.u32be(20);
  r.need(24, 5);
  if (width > 0x7fffffff || height > 0x7fffffff) malformed('PNG', 'its size is out of range');
  return { width, height };
}

const isSof = (marker: number) => marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;

function jpeg(r: Reader): { width: number; height: number } {
  // Segments after SOI: FF, marker, a 2-byte length counting itself, its data. The size is in
  // the first start-of-frame segment; the walk is bounded by a step count, and a length under 2
  // (which would walk in place) is malformed.
  let at = 2;
  for (let step = 0; step < MAX_JPEG_SEGMENTS; step++) {
    if (r.u8(at) !== 0xff) malformed('JPEG', `no segment marker at byte ${at}`);
    const marker = r.u8(at + 1);
    if (marker === 0xff) {
      at += 1; // a fill byte
      continue;
    }
    if (marker === 0xd8 || marker === 0x00) malformed('JPEG', `an unexpected marker at byte ${at}`);
    if (marker === 0xd9 || marker === 0xda) malformed('JPEG', 'the image data starts before any frame header');
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2; // a marker without a length
      continue;
    }
    const length = r.u16be(at + 2);
    if (length < 2) malformed('JPEG', `a segment at byte ${at} has length ${length}`);
    if (isSof(marker)) {
      if (length < 8) malformed('JPEG', 'its frame header is too short');
      r.need(at + 4, 6);
      return { height: r.u16be(at + 5), width: r.u16be(at + 7) };
    }
    at += 2 + length;
  }
  throw new ImageError('malformed', `the JPEG image is malformed: no frame header within its first ${MAX_JPEG_SEGMENTS} segments`, { type: 'JPEG', what: 'too many segments' });
}

function webp(r: Reader): { width: number; height: number } {
  // RIFF size WEBP, then the first chunk: VP8 (lossy), VP8L (lossless) or VP8X (extended).
  if (r.u32le(4) < 4 + 8) malformed('WebP', 'its RIFF size is too small');
  if (r.is(12, ascii('VP8 '))) {
    // A 3-byte frame tag, the start code 9D 01 2A, then 14-bit width and height.
    if (!r.is(23, [0x9d, 0x01, 0x2a])) malformed('WebP', 'the VP8 start code is missing');
    if ((r.u8(20) & 1) !== 0) malformed('WebP', 'its first VP8 frame is not a key frame');
    return { width: r.u16le(26) & 0x3fff, height: r.u16le(28) & 0x3fff };
  }
  if (r.is(12, ascii('VP8L'))) {
    if (r.u8(20) !== 0x2f) malformed('WebP', 'the VP8L signature is missing');
    const bits = r.u32le(21);
    if (bits >>> 29 !== 0) malformed('WebP', 'the VP8L version is not 0');
    return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  if (r.is(12, ascii('VP8X'))) {
    if (r.u32le(16) < 10) malformed('WebP', 'its VP8X chunk is too short');
    return { width: r.u24le(24) + 1, height: r.u24le(27) + 1 };
  }
  return malformed('WebP', 'its first chunk is not VP8, VP8L or VP8X');
}

function gif(r: Reader): { width: number; height: number } {
  // The logical screen descriptor: width, height (little-endian), then flags, background, aspect.
  r.need(6, 7);
  return { width: r.u16le(6), height: r.u16le(8) };
}

/**
 * The format and size of an image, from its bytes. Throws ImageError: 'empty', 'not-an-image'
 * (not a PNG, JPEG, WebP or GIF), 'truncated', 'malformed' or 'no-size' (a zero width or height).
 * Reads only the header (a few hundred bytes in all but odd JPEGs); decodes nothing.
 */
export function readImageHeader(bytes: Uint8Array): ImageHeader {
  if (bytes.length === 0) throw new ImageError('empty', 'the image is empty (0 bytes)');
  const mime = sniffImageType(bytes);
  if (!mime) throw new ImageError('not-an-image', 'not a PNG, JPEG, WebP or GIF image');
  const kind = NAMES[mime];
  const r = new Reader(bytes, kind);
  const read = { 'image/png': png, 'image/jpeg': jpeg, 'image/webp': webp, 'image/gif': gif }[mime];
  const { width, height } = read(r);
  if (width === 0 || height === 0) {
    throw new ImageError('no-size', `the ${kind} image declares a size of ${width}×${height} pixels`, { type: kind, width, height });
  }
  return { mime, width, height };
}

/**
 * An image this app accepts: at most MAX_IMAGE_BYTES, one of the four formats by its content,
 * a header that reads, and at most MAX_IMAGE_PIXELS pixels. Throws ImageError naming the limit.
 */
export function checkImage(bytes: Uint8Array): ImageHeader & { size: number } {
  if (bytes.length > MAX_IMAGE_BYTES) {
    throw new ImageError('too-large', `the image is ${MB(bytes.length)}; images may be at most ${MB(MAX_IMAGE_BYTES)} each`, { size: bytes.length, limit: MAX_IMAGE_BYTES });
  }
  const header = readImageHeader(bytes);
  const pixels = header.width * header.height;
  if (pixels > MAX_IMAGE_PIXELS) {
    throw new ImageError(
      'too-many-pixels',
      `the ${NAMES[header.mime]} image is ${header.width}×${header.height} pixels (${megapixels(pixels)} megapixels); images may have at most ${megapixels(MAX_IMAGE_PIXELS)} megapixels`,
      { type: NAMES[header.mime], width: header.width, height: header.height, limit: MAX_IMAGE_PIXELS },
    );
  }
  return { ...header, size: bytes.length };
}

/** The English message for a map whose images would pass the total cap. */
export function mapFullError(total: number, adding: number, limit: number): ImageError {
  return new ImageError(
    'map-full',
    `the map's images would take ${MB(total + adding)}; a map may hold at most ${MB(limit)} of images (it holds ${MB(total)})`,
    { total, size: adding, limit },
  );
}

/** An image id: the SHA-256 of its original bytes, in lower-case hex. */
export const IMAGE_ID = /^[0-9a-f]{64}$/;
