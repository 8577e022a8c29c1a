// What a save sends along for the map's images (doc:save and version:save, shared/api.ts).
import type { Request } from '../../shared/api.ts';
import { editor } from '../state/editor.ts';
import { session } from '../state/session.ts';
import { imagesToKeep } from './historyImages.ts';

type ImageSaveFields = Pick<Request<'doc:save'>, 'from' | 'keepImages' | 'thumbnail'>;

/**
 * `from`: the file the map was read from or last saved to, when the save goes elsewhere (Save
 * As), so its images are copied over; `keepImages`: what undo or redo could bring back.
 * Async, for the file's thumbnail, which is drawn at save time and belongs here too.
 */
export async function imageSaveFields(path: string): Promise<ImageSaveFields> {
  const previous = session.get().path;
  const keepImages = imagesToKeep(editor.doc, editor.historyPatches());
  return {
    ...(previous && previous !== path ? { from: previous } : {}),
    ...(keepImages.length > 0 ? { keepImages } : {}),
  };
}
