// What the window says when an image is refused: one sentence per reason, in the window's
// language, with the numbers that explain it (sizes in MB, pixels in megapixels). The reasons
// are shared/images.ts's, whether the window found them itself or the Node side did.
import { ApiError } from '../../shared/api.ts';
import { ImageError, type ImageProblemCode } from '../../shared/images.ts';
import { message, type Message, type MessageParam } from '../state/message.ts';
import { PreviewError } from './makePreview.ts';
import { PREVIEW_TIMEOUT_MS } from './previewSize.ts';

const mb = (bytes: unknown) => Math.round((Number(bytes) / 1024 / 1024) * 10) / 10;
const megapixels = (pixels: unknown) => Math.round(Number(pixels) / 1e5) / 10;

const REASONS: readonly string[] = ['empty', 'not-an-image', 'truncated', 'malformed', 'no-size', 'too-large', 'too-many-pixels', 'map-full'] satisfies ImageProblemCode[];

/** Why, as a clause: "it is 31.2 MB; an image may have at most 20 MB". */
export function imageProblem(code: string, params: Record<string, string | number> = {}): Message {
  if (!REASONS.includes(code)) return message('images.problem.unknown');
  const values: Record<string, MessageParam> = {};
  if (params.type !== undefined) values.type = params.type;
  if (params.width !== undefined) values.width = params.width;
  if (params.height !== undefined) values.height = params.height;
  if (code === 'too-large') Object.assign(values, { size: mb(params.size), limit: mb(params.limit) });
  if (code === 'too-many-pixels') Object.assign(values, { pixels: megapixels(Number(params.width) * Number(params.height)), limit: megapixels(params.limit) });
  if (code === 'map-full') Object.assign(values, { total: mb(params.total), size: mb(params.size), limit: mb(params.limit) });
  return message(`images.problem.${code}`, values);
}

/** The reason an attempt to add, read or decode an image failed, from whatever was thrown. */
export function problemOf(error: unknown): Message {
  if (error instanceof ImageError) return imageProblem(error.code, error.params);
  if (error instanceof ApiError && error.code === 'invalid-image') return imageProblem(String(error.params.reason), error.params);
  if (error instanceof PreviewError) return error.reason === 'timeout' ? message('images.problem.timeout', { seconds: PREVIEW_TIMEOUT_MS / 1000 }) : message('images.problem.decode');
  if (error instanceof ApiError) return message('images.problem.service', { message: error.message });
  return message('images.problem.service', { message: String(error) });
}

/** "“site.png” was not added: …" (the name is left out when there is none, as for a paste). */
export function notAdded(name: string, error: unknown): Message {
  const reason = problemOf(error);
  return name ? message('images.notAdded', { name, reason }) : message('images.notAddedUnnamed', { reason });
}
