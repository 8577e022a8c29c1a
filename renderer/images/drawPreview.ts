// The preview itself: decode at the preview's size (the browser decodes a JPEG scaled down, and
// off the page's thread), draw, encode. Used by the worker, and in the window only when no
// worker can start.
import type { PreviewJob, PreviewResult } from './previewSize.ts';

export async function drawPreview({ blob, width, height, type, quality }: PreviewJob): Promise<PreviewResult> {
  try {
    const bitmap = await createImageBitmap(blob, { resizeWidth: width, resizeHeight: height, resizeQuality: 'high' });
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d context');
    context.drawImage(bitmap, 0, 0);
    bitmap.close();
    return { ok: true, blob: await canvas.convertToBlob({ type, quality }), width: canvas.width, height: canvas.height };
  } catch (error) {
    return { ok: false, error: String(error) };
  }
}
