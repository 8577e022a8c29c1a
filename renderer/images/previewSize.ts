// How large a preview is and when an image needs one. Pure.

/** A preview's long side, in pixels: sharp on a card at any zoom a workshop uses, and small. */
export const PREVIEW_SIDE = 640;
export const PREVIEW_TYPE = 'image/webp';
export const PREVIEW_QUALITY = 0.85;
/** A decode that takes longer than this is given up (the worker is stopped). */
export const PREVIEW_TIMEOUT_MS = 15_000;

export interface PreviewJob {
  blob: Blob;
  width: number;
  height: number;
  type: string;
  quality: number;
}
export type PreviewResult = { ok: true; blob: Blob; width: number; height: number } | { ok: false; error: string };

/** The size of an image scaled down (never up) to fit `side` on its long side, at least 1×1. */
export function fitWithin(width: number, height: number, side = PREVIEW_SIDE): { width: number; height: number } {
  const scale = Math.min(1, side / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/**
 * An image small enough is its own preview; a GIF never is, since the canvas should show a
 * still first frame rather than an animation.
 */
export function needsPreview(mime: string, width: number, height: number): boolean {
  return mime === 'image/gif' || Math.max(width, height) > PREVIEW_SIDE;
}
