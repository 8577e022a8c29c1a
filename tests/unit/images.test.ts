// Images are recognised by their bytes and measured from their headers, with bounded parsing:
// real tiny images of the four formats read, anything else (or a hostile header) is refused
// with a clear message naming the limit or the flaw, before anything decodes it.
import { describe, expect, it } from 'vitest';
import { ImageError, checkImage, mapFullError, readImageHeader, sniffImageType } from '../../shared/images.ts';
import { MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS, MAX_JPEG_SEGMENTS } from '../../shared/limits.ts';
import { WEBP, gif, jpeg, jpegSegment, png, webpSized } from './imageBytes.ts';

/** Why checkImage refused the bytes (null: it accepted them). */
function refusal(bytes: Uint8Array, check: (bytes: Uint8Array) => unknown = checkImage): { code: string; message: string } | null {
  try {
    check(bytes);
    return null;
  } catch (error) {
    if (!(error instanceof ImageError)) throw error;
    return { code: error.code, message: error.message };
  }
}

describe('image headers', () => {
  it('read the type and size of real PNG, JPEG, GIF and WebP images', () => {
    expect(checkImage(png(3, 2))).toEqual({ mime: 'image/png', width: 3, height: 2, size: png(3, 2).length });
    expect(readImageHeader(jpeg(16, 8))).toEqual({ mime: 'image/jpeg', width: 16, height: 8 });
    expect(readImageHeader(gif(5, 7))).toEqual({ mime: 'image/gif', width: 5, height: 7 });
    for (const kind of ['lossy', 'lossless', 'extended'] as const) {
      expect(readImageHeader(WEBP[kind])).toEqual({ mime: 'image/webp', width: 1, height: 1 });
      expect(readImageHeader(webpSized(kind, 640, 480))).toEqual({ mime: 'image/webp', width: 640, height: 480 });
    }
  });

  it('a JPEG with many segments, fill bytes and a progressive frame still reads', () => {
    const exif = jpegSegment(0xe1, Buffer.alloc(60_000, 0x20));
    const comments = Array.from({ length: 40 }, () => jpegSegment(0xfe, Buffer.from('comment')));
    const photo = jpeg(4032, 3024, [exif, Buffer.from([0xff, 0xff]), ...comments]);
    expect(readImageHeader(photo)).toEqual({ mime: 'image/jpeg', width: 4032, height: 3024 });
    const progressive = Buffer.from(jpeg(8, 8));
    progressive[progressive.indexOf(Buffer.from([0xff, 0xc0])) + 1] = 0xc2;
    expect(readImageHeader(progressive)).toEqual({ mime: 'image/jpeg', width: 8, height: 8 });
  });

  it('are recognised by content, never by a name or a declared type', () => {
    expect(sniffImageType(png(1, 1))).toBe('image/png');
    expect(sniffImageType(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(refusal(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'))).toEqual({ code: 'not-an-image', message: 'not a PNG, JPEG, WebP or GIF image' });
    expect(refusal(Buffer.from('BM6\0\0\0'))).toEqual({ code: 'not-an-image', message: 'not a PNG, JPEG, WebP or GIF image' });
    expect(refusal(Buffer.from('%PDF-1.7\n'))).toEqual({ code: 'not-an-image', message: 'not a PNG, JPEG, WebP or GIF image' });
    // RIFF of another kind (a WAV), a PNG signature with one byte wrong.
    expect(refusal(Buffer.from('RIFF\x24\0\0\0WAVEfmt ', 'latin1'))).toEqual({ code: 'not-an-image', message: 'not a PNG, JPEG, WebP or GIF image' });
    const wrongMagic = Buffer.from(png(2, 2));
    wrongMagic[1] = 0x51;
    expect(refusal(wrongMagic)).toEqual({ code: 'not-an-image', message: 'not a PNG, JPEG, WebP or GIF image' });
  });

  it('zero-length, truncated and malformed headers give a clear error', () => {
    expect(refusal(new Uint8Array(0))).toEqual({ code: 'empty', message: 'the image is empty (0 bytes)' });
    const sof = jpeg(8, 8).indexOf(Buffer.from([0xff, 0xc0]));
    const cuts: string[] = [];
    for (const [name, bytes, header] of [['PNG', png(4, 4), 29], ['JPEG', jpeg(8, 8), sof + 9], ['GIF', gif(4, 4), 13], ['WebP', WEBP.lossy, 30], ['WebP', WEBP.lossless, 25], ['WebP', WEBP.extended, 30]] as const) {
      // Cut anywhere inside the header (past the magic bytes): truncated, never a size read from nothing.
      for (let cut = 12; cut < header; cut++) {
        const start = bytes.subarray(0, cut);
        if (sniffImageType(start) === null) continue;
        cuts.push(`${name} cut at ${cut}: ${refusal(start, readImageHeader)?.code}`);
      }
    }
    expect(cuts.length).toBeGreaterThan(40);
    expect(cuts.filter((c) => !/: (truncated|malformed)$/.test(c))).toEqual([]);
    expect(refusal(png(4, 4).subarray(0, 20))).toEqual({ code: 'truncated', message: 'the PNG image is truncated: its header ends early' });
    expect(refusal(Buffer.from([0xff, 0xd8, 0xff]))).toEqual({ code: 'truncated', message: 'the JPEG image is truncated: its header ends early' });
    expect(refusal(Buffer.from('GIF89a\x10\x00', 'latin1'))).toEqual({ code: 'truncated', message: 'the GIF image is truncated: its header ends early' });
    const notIhdr = Buffer.from(png(4, 4));
    notIhdr.write('IDAT', 12, 'latin1');
    expect(refusal(notIhdr)).toEqual({ code: 'malformed', message: 'the PNG image is malformed: its first chunk is not the image header (IHDR)' });
    const noStartCode = Buffer.from(WEBP.lossy);
    noStartCode[24] = 0;
    expect(refusal(noStartCode)).toEqual({ code: 'malformed', message: 'the WebP image is malformed: the VP8 start code is missing' });
    const otherChunk = Buffer.from(WEBP.lossy);
    otherChunk.write('ALPH', 12, 'latin1');
    expect(refusal(otherChunk)).toEqual({ code: 'malformed', message: 'the WebP image is malformed: its first chunk is not VP8, VP8L or VP8X' });
    // The image data before any frame header; a marker where a segment should start.
    expect(refusal(Buffer.from([0xff, 0xd8, 0xff, 0xda, 0, 2, 0xff, 0xd9]))).toEqual({ code: 'malformed', message: 'the JPEG image is malformed: the image data starts before any frame header' });
    expect(refusal(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 4, 0, 0, 0x12, 0x34]))).toEqual({ code: 'malformed', message: 'the JPEG image is malformed: no segment marker at byte 8' });
  });

  it('a JPEG whose segments loop or never end is refused after a bounded walk', () => {
    // A segment of length 0 would walk in place forever; of length 1 it steps back into itself.
    for (const length of [0, 1]) {
      expect(refusal(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, length, 0, 0]))).toEqual({ code: 'malformed', message: `the JPEG image is malformed: a segment at byte 2 has length ${length}` });
    }
    // Thousands of empty segments, fill bytes or restart markers: the walk stops at its step limit.
    const many = Buffer.concat([Buffer.from([0xff, 0xd8]), ...Array.from({ length: MAX_JPEG_SEGMENTS + 10 }, () => Buffer.from([0xff, 0xfe, 0, 2]))]);
    expect(refusal(many)).toEqual({ code: 'malformed', message: `the JPEG image is malformed: no frame header within its first ${MAX_JPEG_SEGMENTS} segments` });
    const fill = Buffer.concat([Buffer.from([0xff, 0xd8]), Buffer.alloc(1_000_000, 0xff)]);
    expect(refusal(fill)).toEqual({ code: 'malformed', message: expect.stringMatching(/no frame header within/) });
    const restarts = Buffer.concat([Buffer.from([0xff, 0xd8]), ...Array.from({ length: 5000 }, () => Buffer.from([0xff, 0xd0]))]);
    expect(refusal(restarts)).toEqual({ code: 'malformed', message: expect.stringMatching(/no frame header within/) });
  });

  it('a decompression bomb is refused by its declared size, before anything decodes it', () => {
    expect(refusal(png(1, 1, { width: 100_000, height: 100_000 }))).toEqual({ code: 'too-many-pixels', message: 'the PNG image is 100000×100000 pixels (10000 megapixels); images may have at most 100 megapixels' });
    const claim = Buffer.from(jpeg(8, 8));
    const sof = claim.indexOf(Buffer.from([0xff, 0xc0]));
    claim.writeUInt16BE(65535, sof + 5);
    claim.writeUInt16BE(65535, sof + 7);
    expect(refusal(claim)).toEqual({ code: 'too-many-pixels', message: expect.stringMatching(/JPEG image is 65535×65535 pixels \(4294.8 megapixels\); images may have at most 100 megapixels/) });
    expect(refusal(gif(65535, 65535))).toEqual({ code: 'too-many-pixels', message: expect.stringMatching(/GIF image is 65535×65535 pixels/) });
    expect(refusal(webpSized('extended', 16384, 16384))).toEqual({ code: 'too-many-pixels', message: expect.stringMatching(/WebP image is 16384×16384 pixels \(268.4 megapixels\)/) });
    expect(refusal(webpSized('lossless', 16384, 16384))).toEqual({ code: 'too-many-pixels', message: expect.stringMatching(/WebP/) });
    // Exactly at the cap is accepted; one row more is not.
    expect(MAX_IMAGE_PIXELS).toBe(10_000 * 10_000);
    expect(checkImage(gif(10_000, 10_000)).width).toBe(10_000);
    expect(refusal(gif(10_000, 10_001))).toEqual({ code: 'too-many-pixels', message: expect.stringMatching(/at most 100 megapixels/) });
  });

  it('an image of no size (0×0, a zero width, a JPEG leaving its height to later) is refused', () => {
    expect(refusal(gif(0, 0))).toEqual({ code: 'no-size', message: 'the GIF image declares a size of 0×0 pixels' });
    expect(refusal(png(1, 1, { width: 0, height: 5 }))).toEqual({ code: 'no-size', message: 'the PNG image declares a size of 0×5 pixels' });
    expect(refusal(jpeg(8, 0))).toEqual({ code: 'no-size', message: 'the JPEG image declares a size of 8×0 pixels' });
    expect(refusal(webpSized('lossy', 0, 0))).toEqual({ code: 'no-size', message: 'the WebP image declares a size of 0×0 pixels' });
  });

  it('a file over the per-image limit is refused by its length, naming the limit', () => {
    const big = Buffer.alloc(MAX_IMAGE_BYTES + 1);
    png(2, 2).copy(big);
    expect(refusal(big)).toEqual({ code: 'too-large', message: 'the image is 20 MB; images may be at most 20 MB each' });
    const bigger = Buffer.alloc(25 * 1024 * 1024);
    jpeg(8, 8).copy(bigger);
    expect(refusal(bigger)).toEqual({ code: 'too-large', message: 'the image is 25 MB; images may be at most 20 MB each' });
    const full = mapFullError(499 * 1024 * 1024, 3 * 1024 * 1024, 500 * 1024 * 1024);
    expect(full.code).toBe('map-full');
    expect(full.message).toBe("the map's images would take 502 MB; a map may hold at most 500 MB of images (it holds 499 MB)");
  });
});
