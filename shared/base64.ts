// Base64 of bytes without Buffer or btoa over a giant string: shared code runs in the renderer
// and in Node alike, and an image's data: URL is made from its original bytes.
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const CODES = Array.from(ALPHABET, (c) => c.charCodeAt(0));
/** the output is built in slices of this many characters, so no argument list grows with the input */
const SLICE = 3 * 16_384;

/** The standard (RFC 4648, padded) base64 text of `bytes`. */
export function toBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += SLICE) {
    const end = Math.min(bytes.length, start + SLICE);
    const out = new Uint8Array(Math.ceil((end - start) / 3) * 4);
    let o = 0;
    for (let i = start; i < end; i += 3) {
      const a = bytes[i] as number;
      const b = i + 1 < end ? (bytes[i + 1] as number) : 0;
      const c = i + 2 < end ? (bytes[i + 2] as number) : 0;
      out[o++] = CODES[a >> 2] as number;
      out[o++] = CODES[((a & 3) << 4) | (b >> 4)] as number;
      out[o++] = i + 1 < end ? (CODES[((b & 15) << 2) | (c >> 6)] as number) : 61;
      out[o++] = i + 2 < end ? (CODES[c & 63] as number) : 61;
    }
    parts.push(String.fromCharCode(...out));
  }
  return parts.join('');
}

/** A data: URL of bytes of this type. */
export const dataUrl = (mime: string, bytes: Uint8Array): string => `data:${mime};base64,${toBase64(bytes)}`;
