// Cards copied from one map and pasted into another name images by id; the images themselves are
// in the first map's file (or this computer's image pool). An image the second map cannot read
// is fetched from the file the cards were copied from and added here, so it is saved with them.
import type { ClipboardPayload } from '../../shared/clipboard.ts';
import { call } from '../platform/platform.ts';
import { session } from '../state/session.ts';
import { addImage } from './addImage.ts';
import { fromBase64 } from './base64.ts';

const SOURCE_KEY = 'cjm.clipboard.from';

/** At a copy: the file the cards come from (none: an unsaved map, whose images are in the pool). */
export function rememberCopySource(): void {
  try {
    localStorage.setItem(SOURCE_KEY, session.get().path ?? '');
  } catch {
    // storage full or disabled: a paste into another map may miss images it cannot read
  }
}

const readable = (id: string) => call('image:read', { id, path: session.get().path, full: false }).then(() => true, () => false);

/** After a paste: every image of the pasted cards that this map cannot read is carried over. */
export async function carryImages(payload: ClipboardPayload): Promise<void> {
  const from = localStorage.getItem(SOURCE_KEY);
  if (!from || from === session.get().path) return;
  const ids = [...new Set(payload.cards.flatMap((card) => card.images ?? []))];
  for (const id of ids) {
    if (await readable(id)) continue;
    try {
      const original = await call('image:read', { id, path: from, full: true });
      await addImage(new Blob([fromBase64(original.data)], { type: original.dataMime }));
    } catch {
      // The first file is gone or unreadable: the card shows the image as missing.
    }
  }
}
