// PNG at the chunk level: stitch the strips Chromium photographs into one image without
// decoding every pixel, add the map as a compressed text chunk, and find it again.
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { MAX_EMBEDDED_MAP_BYTES } from '../../../shared/limits.ts';

const inflate = promisify(zlib.inflate);

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** The zTXt keyword under which an exported PNG carries its map (a .cjm file, base64). */
export const MAP_KEYWORD = 'journey-mapper/cjm';
/**
 * The map chunk's text is the map in base64, so it inflates to at most this for the largest map
 * allowed (4 characters for every 3 bytes, the last group padded): a zip bomb stops there.
 */
const MAX_TEXT = Math.ceil(MAX_EMBEDDED_MAP_BYTES / 3) * 4;

export interface Chunk {
  type: string;
  data: Buffer;
}

export interface Header {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
  interlace: number;
}

export const isPng = (bytes: Uint8Array): boolean => Buffer.from(bytes.subarray(0, 8)).equals(SIGNATURE);

/** The chunks of a PNG; throws on anything that is not a well-formed chunk sequence. */
export function readChunks(png: Buffer): Chunk[] {
  if (!isPng(png)) throw new Error('not a PNG image');
  const chunks: Chunk[] = [];
  let offset = 8;
  while (offset + 12 <= png.length) {
    const length = png.readUInt32BE(offset);
    const end = offset + 12 + length;
    if (end > png.length) throw new Error('the PNG is truncated');
    const type = png.toString('latin1', offset + 4, offset + 8);
    chunks.push({ type, data: png.subarray(offset + 8, offset + 8 + length) });
    offset = end;
    if (type === 'IEND') return chunks;
  }
  throw new Error('the PNG is truncated');
}

export function readHeader(chunks: Chunk[]): Header {
  const ihdr = chunks[0];
  if (ihdr?.type !== 'IHDR' || ihdr.data.length !== 13) throw new Error('the PNG has no header');
  return {
    width: ihdr.data.readUInt32BE(0),
    height: ihdr.data.readUInt32BE(4),
    bitDepth: ihdr.data[8] as number,
    colorType: ihdr.data[9] as number,
    interlace: ihdr.data[12] as number,
  };
}

/** One PNG chunk: length, type, data, CRC. */
export function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(data, zlib.crc32(head.subarray(4))) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

function textChunk(keyword: string, text: string): Buffer {
  return chunk('tEXt', Buffer.concat([Buffer.from(keyword, 'latin1'), Buffer.from([0]), Buffer.from(text, 'latin1')]));
}

/** The map as a zTXt chunk: keyword, NUL, method 0 (deflate), the deflated base64 text. */
export function mapChunk(project: Uint8Array): Buffer {
  const text = Buffer.from(Buffer.from(project).toString('base64'), 'latin1');
  return chunk('zTXt', Buffer.concat([Buffer.from(MAP_KEYWORD, 'latin1'), Buffer.from([0, 0]), zlib.deflateSync(text)]));
}

/** The .cjm bytes an exported PNG carries, or null when it carries none. */
export function extractMap(png: Buffer): Buffer | null {
  for (const { type, data } of readChunks(png)) {
    if (type !== 'zTXt') continue;
    const nul = data.indexOf(0);
    if (nul < 0 || data.toString('latin1', 0, nul) !== MAP_KEYWORD || data[nul + 1] !== 0) continue;
    let text: Buffer;
    try {
      text = zlib.inflateSync(data.subarray(nul + 2), { maxOutputLength: MAX_TEXT });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ERR_BUFFER_TOO_LARGE') throw error;
      throw new Error(`the map in the PNG unpacks to more than ${Math.round(MAX_TEXT / 1024 / 1024)} MB`, { cause: error });
    }
    return Buffer.from(text.toString('latin1'), 'base64');
  }
  return null;
}

const paeth = (a: number, b: number, c: number) => {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
};

/** Undoes a row's filter in place; `prior` is the unfiltered row above (or zeros). */
function unfilterRow(filter: number, row: Buffer, prior: Buffer, bpp: number): void {
  const n = row.length;
  // One loop per filter: this runs over every byte of a large image.
  if (filter === 1) for (let i = bpp; i < n; i++) row[i] = (row[i] as number) + (row[i - bpp] as number);
  else if (filter === 2) for (let i = 0; i < n; i++) row[i] = (row[i] as number) + (prior[i] as number);
  else if (filter === 3) {
    for (let i = 0; i < bpp; i++) row[i] = (row[i] as number) + ((prior[i] as number) >> 1);
    for (let i = bpp; i < n; i++) row[i] = (row[i] as number) + (((row[i - bpp] as number) + (prior[i] as number)) >> 1);
  } else if (filter === 4) {
    for (let i = 0; i < bpp; i++) row[i] = (row[i] as number) + (prior[i] as number);
    for (let i = bpp; i < n; i++) row[i] = (row[i] as number) + paeth(row[i - bpp] as number, prior[i] as number, prior[i - bpp] as number);
  }
}

/** The scanlines of a non-interlaced 8-bit RGB/RGBA PNG, still filtered (each row: filter byte + pixels). */
async function filteredRows(png: Buffer): Promise<{ header: Header; data: Buffer }> {
  const chunks = readChunks(png);
  const header = readHeader(chunks);
  if (header.bitDepth !== 8 || header.interlace !== 0 || (header.colorType !== 2 && header.colorType !== 6)) {
    throw new Error(`unexpected PNG from the browser (bit depth ${header.bitDepth}, colour type ${header.colorType})`);
  }
  // Inflating off the main thread lets the browser draw the next strip meanwhile.
  const data = await inflate(Buffer.concat(chunks.filter((c) => c.type === 'IDAT').map((c) => c.data)));
  return { header, data };
}

/** Every row of an 8-bit RGB/RGBA PNG unfiltered, converted to `channels` (3 or 4) per pixel. */
export async function pixels(png: Buffer, channels: 3 | 4): Promise<{ width: number; height: number; rows: Buffer[] }> {
  const { header, data } = await filteredRows(png);
  const bpp = header.colorType === 6 ? 4 : 3;
  const stride = header.width * bpp;
  let prior = Buffer.alloc(stride);
  const rows: Buffer[] = [];
  for (let y = 0; y < header.height; y++) {
    const row = Buffer.from(data.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)));
    unfilterRow(data[y * (stride + 1)] as number, row, prior, bpp);
    prior = row;
    if (bpp === channels) rows.push(row);
    else {
      const out = Buffer.alloc(header.width * channels, 255);
      for (let x = 0; x < header.width; x++) {
        out[x * channels] = row[x * bpp] as number;
        out[x * channels + 1] = row[x * bpp + 1] as number;
        out[x * channels + 2] = row[x * bpp + 2] as number;
      }
      rows.push(out);
    }
  }
  return { width: header.width, height: header.height, rows };
}

export interface PngWriterOptions {
  width: number;
  height: number;
  /** RGBA when the background is transparent, else RGB */
  alpha: boolean;
  /** device pixels per CSS pixel: recorded as the print resolution (pHYs) */
  scale: number;
  title: string;
  /** extra chunks written before the image data (the map) */
  chunks: Buffer[];
}

/**
 * Writes one PNG from horizontal strips, each strip given as pieces side by side. A strip in
 * one piece of the right colour type is copied as filtered rows (only its first row is
 * re-filtered, since its filter may refer to the row above); other strips are decoded.
 */
export class PngWriter {
  readonly #options: PngWriterOptions;
  readonly #channels: 3 | 4;
  readonly #deflate = zlib.createDeflate({ level: 3, chunkSize: 1024 * 1024 });
  readonly #out: Buffer[] = [];
  #rowsWritten = 0;

  constructor(options: PngWriterOptions) {
    this.#options = options;
    this.#channels = options.alpha ? 4 : 3;
    this.#deflate.on('data', (data: Buffer) => this.#out.push(chunk('IDAT', data)));
  }

  get rowsWritten(): number {
    return this.#rowsWritten;
  }

  async addStrip(pieces: Buffer[]): Promise<void> {
    const stride = this.#options.width * this.#channels;
    let rows: Buffer;
    let height: number;
    const fast = pieces.length === 1 ? await filteredRows(pieces[0] as Buffer) : null;
    if (fast && fast.header.colorType === (this.#options.alpha ? 6 : 2) && fast.header.width === this.#options.width) {
      height = fast.header.height;
      rows = fast.data;
      const first = rows.subarray(1, stride + 1);
      unfilterRow(rows[0] as number, first, Buffer.alloc(stride), this.#channels);
      rows[0] = 0;
    } else {
      const decoded = await Promise.all(pieces.map((piece) => pixels(piece, this.#channels)));
      height = decoded[0]?.height ?? 0;
      rows = Buffer.alloc(height * (stride + 1));
      for (let y = 0; y < height; y++) {
        let offset = y * (stride + 1) + 1;
        for (const piece of decoded) {
          const row = piece.rows[y];
          if (!row) throw new Error('the strips of the PNG do not line up');
          row.copy(rows, offset);
          offset += row.length;
        }
        if (offset !== (y + 1) * (stride + 1)) throw new Error('the strips of the PNG do not line up');
      }
    }
    this.#rowsWritten += height;
    if (!this.#deflate.write(rows)) await new Promise((resolve) => this.#deflate.once('drain', resolve));
  }

  async finish(): Promise<Buffer> {
    if (this.#rowsWritten !== this.#options.height) {
      throw new Error(`the PNG has ${this.#rowsWritten} rows, expected ${this.#options.height}`);
    }
    await new Promise<void>((resolve, reject) => {
      this.#deflate.once('end', resolve);
      this.#deflate.once('error', reject);
      this.#deflate.end();
    });
    const { width, height, scale, title } = this.#options;
    const ihdr = Buffer.alloc(13);
    ihdr.writeUInt32BE(width, 0);
    ihdr.writeUInt32BE(height, 4);
    ihdr[8] = 8;
    ihdr[9] = this.#options.alpha ? 6 : 2;
    const phys = Buffer.alloc(9);
    const perMetre = Math.round((scale * 96) / 0.0254);
    phys.writeUInt32BE(perMetre, 0);
    phys.writeUInt32BE(perMetre, 4);
    phys[8] = 1;
    return Buffer.concat([
      SIGNATURE,
      chunk('IHDR', ihdr),
      chunk('pHYs', phys),
      textChunk('Software', 'Journey Mapper'),
      // tEXt is Latin-1: a Chinese title goes into an international text chunk instead.
      chunk('iTXt', Buffer.concat([Buffer.from('Title\0\0\0\0\0', 'latin1'), Buffer.from(title, 'utf8')])),
      ...this.#options.chunks,
      ...this.#out,
      chunk('IEND', Buffer.alloc(0)),
    ]);
  }

  destroy(): void {
    this.#deflate.destroy();
  }
}
