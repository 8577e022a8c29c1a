// An image as an export draws it: the original bytes (full resolution) with their type and size.
// The exporter is handed them by id; the SVG refers to them by id until the bytes go in.
import { toBase64 } from './base64.ts';
import type { ImageMime } from './images.ts';

export interface EmbeddedImage {
  mime: ImageMime;
  width: number;
  height: number;
  bytes: Uint8Array;
}

/** The images an export may draw, by image id (missing ones are drawn as placeholders). */
export type EmbeddedImages = ReadonlyMap<string, EmbeddedImage>;

export const imageDataUrl = (image: Pick<EmbeddedImage, 'mime' | 'bytes'>): string => `data:${image.mime};base64,${toBase64(image.bytes)}`;
