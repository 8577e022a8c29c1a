// An image on the clipboard (a screenshot, "Copy image" in a browser) pasted onto the map.
// Text wins when there is some: a spreadsheet puts a picture of its cells next to their text,
// and the text is what the user meant; so do this app's own cards.
import { CLIPBOARD_MIME } from '../../shared/clipboard.ts';
import { message } from '../state/message.ts';
import { session } from '../state/session.ts';
import { addImages } from './addImage.ts';
import { pasteTarget, putImages } from './imageActions.ts';

/** The image files a paste carries when it carries no text (none: []). */
export function pastedImageFiles(data: DataTransfer | null): File[] {
  if (!data || data.types.includes(CLIPBOARD_MIME) || data.getData('text/plain').trim() !== '') return [];
  return [...data.items].filter((item) => item.kind === 'file' && item.type.startsWith('image/')).flatMap((item) => item.getAsFile() ?? []);
}

/** Handles a paste of images; false when it carries none (the paste is someone else's). */
export function pasteImages(event: ClipboardEvent): boolean {
  const files = pastedImageFiles(event.clipboardData);
  if (files.length === 0) return false;
  const target = pasteTarget();
  if (!target) {
    session.set({ notice: { kind: 'warning', message: message('images.noTarget') } });
    return true;
  }
  void addImages(files).then((ids) => putImages(target, ids));
  return true;
}

/**
 * Paste from a context menu, where there is no paste event: the clipboard's images when it
 * holds images and no text (as a paste event would decide); false when it does not, or
 * cannot be read here (a browser that asks for permission first, and was refused).
 */
export async function pasteImagesFromMenu(): Promise<boolean> {
  let items: ClipboardItems;
  try {
    items = (await navigator.clipboard?.read?.()) ?? [];
  } catch {
    return false;
  }
  if (items.some((item) => item.types.includes('text/plain'))) return false;
  const images = await Promise.all(items.flatMap((item) => item.types.filter((type) => type.startsWith('image/')).slice(0, 1).map((type) => item.getType(type))));
  if (images.length === 0) return false;
  const target = pasteTarget();
  if (!target) {
    session.set({ notice: { kind: 'warning', message: message('images.noTarget') } });
    return true;
  }
  putImages(target, await addImages(images));
  return true;
}
