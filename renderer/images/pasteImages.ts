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
