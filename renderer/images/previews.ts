// Stand-in until the renderer's image UI lands with the real previews (same signature): the
// preview of an image as a data: URL, or null when it cannot be read.
import { call } from '../platform/platform.ts';
import { session } from '../state/session.ts';

export async function previewDataUrl(id: string): Promise<string | null> {
  try {
    const read = await call('image:read', { id, path: session.get().path, full: false });
    return `data:${read.dataMime};base64,${read.data}`;
  } catch {
    return null;
  }
}
