// An image from outside (a dropped file, a paste, a chosen file) into this computer's image
// pool: judged here by its bytes first, so a refused file never crosses to the Node side, then
// made small in a worker for the canvas, then sent with that preview. Node checks it again.
import type { ImageMeta } from '../../shared/api.ts';
import { checkImage, ImageError } from '../../shared/images.ts';
import { toBase64 } from '../../shared/base64.ts';
import { MAX_IMAGE_BYTES } from '../../shared/limits.ts';
import { call } from '../platform/platform.ts';
import type { Message } from '../state/message.ts';
import { session } from '../state/session.ts';
import { notAdded } from './imageMessages.ts';
import { makePreview } from './makePreview.ts';
import { needsPreview } from './previewSize.ts';
import { rememberPreview } from './previews.ts';

/** Adds one image; throws ImageError, PreviewError or ApiError when it is refused. */
export async function addImage(blob: Blob): Promise<ImageMeta> {
  // Before reading it: a 2 GB video dropped by mistake is never loaded into memory.
  if (blob.size > MAX_IMAGE_BYTES) throw new ImageError('too-large', 'too large', { size: blob.size, limit: MAX_IMAGE_BYTES });
  const bytes = new Uint8Array(await blob.arrayBuffer());
  const header = checkImage(bytes);
  const original = new Blob([bytes], { type: header.mime });
  // Made for every image, small ones too: an image that does not decode is refused here, with
  // a reason, rather than drawn as a broken picture later. Only a large one sends it along.
  const made = await makePreview(original, header.width, header.height);
  const preview = needsPreview(header.mime, header.width, header.height) ? made : null;
  const added = await call('image:add', { bytes: toBase64(bytes), preview: preview ? toBase64(new Uint8Array(await preview.arrayBuffer())) : null });
  rememberPreview(added.id, preview ?? original);
  return added;
}

const notify = (refusal: Message) => session.set({ notice: { kind: 'error', message: refusal } });

/**
 * Adds images one after the other and says what was refused and why (by default in the notice
 * bar; a modal dialog, which covers it, says it itself); resolves to the ids of those added, in
 * order (an image added twice is one id).
 */
export async function addImages(files: readonly (File | Blob)[], refused: (refusal: Message) => void = notify): Promise<string[]> {
  const ids: string[] = [];
  for (const file of files) {
    try {
      ids.push((await addImage(file)).id);
    } catch (error) {
      refused(notAdded(file instanceof File ? file.name : '', error));
    }
  }
  return ids;
}
