// What a save sends along for the map's images (doc:save and version:save, shared/api.ts).
import type { Request } from '../../shared/api.ts';
import type { JourneyDoc } from '../../shared/model.ts';
import { editor } from '../state/editor.ts';
import { session } from '../state/session.ts';
import { imagesToKeep } from './historyImages.ts';

type ImageSaveFields = Pick<Request<'doc:save'>, 'from' | 'keepImages'>;

/**
 * `from`: the file the map was read from or last saved to, when the save goes elsewhere (Save
 * As), so its images are copied over; `keepImages`: what undo or redo could bring back that
 * `doc`, the map being saved, does not show. (The file's thumbnail: mapPicture/mapThumbnail.ts.)
 */
export function imageSaveFields(path: string, doc: JourneyDoc = editor.doc): ImageSaveFields {
  const previous = session.get().path;
  const keepImages = imagesToKeep(doc, editor.historyPatches());
  return {
    ...(previous && previous !== path ? { from: previous } : {}),
    ...(keepImages.length > 0 ? { keepImages } : {}),
  };
}
