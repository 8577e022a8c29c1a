// Maps with images written straight to a .cjm with the project-file functions, for the export
// spec and the open bench: a storyboard lane whose cards show the given images.
import { Editor } from '../shared/editor.ts';
import type { JourneyDoc } from '../shared/model.ts';
import { createDocument } from '../shared/templates.ts';
import { insertImage, prepareImage } from '../electron/services/imageStore.ts';
import { writeProject } from '../electron/services/projectFile.ts';

export interface MapImage {
  bytes: Uint8Array;
  /** a small image the canvas shows instead (stored as the row's preview) */
  preview?: Uint8Array;
}

/** A blank map plus a storyboard lane, one card per image (spread over the scenes); returns the doc and the image ids. */
export function writeMapWithImages(file: string, images: MapImage[], { title = 'Storyboard map', locale = 'en' as const } = {}): { doc: JourneyDoc; ids: string[] } {
  const prepared = images.map((image) => ({ ...prepareImage(image.bytes), preview: image.preview }));
  const editor = new Editor(createDocument('blank', locale));
  const scenes = Object.keys(editor.doc.scenes);
  editor.apply({ type: 'setMapTitle', title });
  editor.apply({ type: 'addLane', id: 'storyboard', kind: 'images', title: 'Storyboard', index: 0 });
  prepared.forEach((image, i) =>
    editor.apply({ type: 'addCard', id: `photo-${i + 1}`, laneId: 'storyboard', sceneId: scenes[i % scenes.length] as string, text: `Photo ${i + 1}`, fields: { images: [image.id] } }),
  );
  writeProject(file, editor.doc, { appVersion: 'test' }, (db) => {
    for (const image of prepared) {
      insertImage(db, image);
      if (image.preview) db.prepare('UPDATE images SET preview = ? WHERE id = ?').run(image.preview, image.id);
    }
  });
  return { doc: editor.doc, ids: prepared.map((image) => image.id) };
}
