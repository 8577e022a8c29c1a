// Decodes an image and draws it small, away from the window's thread: a large or hostile file
// can take seconds to decode, and the map must stay responsive meanwhile. A GIF gives its first
// frame. WebP keeps a PNG's transparency.
/// <reference lib="webworker" />
import type { PreviewJob, PreviewResult } from './previewSize.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.addEventListener('message', async (event: MessageEvent<PreviewJob>) => {
  const { blob, width, height, type, quality } = event.data;
  let result: PreviewResult;
  try {
    const bitmap = await createImageBitmap(blob, { resizeWidth: width, resizeHeight: height, resizeQuality: 'high' });
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d context');
    context.drawImage(bitmap, 0, 0);
    bitmap.close();
    result = { ok: true, blob: await canvas.convertToBlob({ type, quality }), width: canvas.width, height: canvas.height };
  } catch (error) {
    result = { ok: false, error: String(error) };
  }
  scope.postMessage(result, []);
});
