// Decodes an image and draws it small, away from the window's thread: a large or hostile file
// can take seconds to decode, and the map must stay responsive meanwhile. A GIF gives its first
// frame. WebP keeps a PNG's transparency.
/// <reference lib="webworker" />
import { drawPreview } from './drawPreview.ts';
import type { PreviewJob } from './previewSize.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.addEventListener('message', async (event: MessageEvent<PreviewJob>) => {
  scope.postMessage(await drawPreview(event.data), []);
});
