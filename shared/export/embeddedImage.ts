// An image an export draws at full resolution: the original bytes as stored in the map.
import type { ImageMime } from '../images.ts';

export interface EmbeddedImage {
  mime: ImageMime;
  width: number;
  height: number;
  bytes: Uint8Array;
}
