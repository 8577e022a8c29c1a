// The images undo or redo could bring back: named in the editor's history but not in the map as
// it is. A save keeps them in the file (doc:save's keepImages), so an undo after a save still
// finds its picture. Pure: reads patches, which hold the values an edit replaced or set.
import type { Patch } from 'immer';
import { imageIdsOf } from '../../shared/imageRefs.ts';
import { IMAGE_ID } from '../../shared/images.ts';
import type { JourneyDoc } from '../../shared/model.ts';

// Where image ids live in a map: a card's images, a persona's photo.
const IMAGE_KEYS = new Set(['images', 'photo']);

function collect(value: unknown, key: string | number | undefined, into: Set<string>): void {
  if (typeof value === 'string') {
    if (typeof key === 'string' && IMAGE_KEYS.has(key) && IMAGE_ID.test(value)) into.add(value);
  } else if (Array.isArray(value)) {
    // The items of an images array are named by the array's key, not their index.
    for (const item of value) collect(item, key, into);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) collect(v, k, into);
  }
}

/** Image ids that patches set or replace. */
export function imagesInPatches(patches: Iterable<Patch>): Set<string> {
  const found = new Set<string>();
  for (const patch of patches) {
    // A patch of one item (cards.x.images.2) names its array two steps up.
    const path = patch.path;
    const last = path.at(-1);
    const key = typeof last === 'number' ? path.at(-2) : last;
    collect(patch.value, key, found);
  }
  return found;
}

/** What undo or redo could bring back that the map does not show. */
export function imagesToKeep(doc: JourneyDoc, history: Iterable<Patch>): string[] {
  const shown = imageIdsOf(doc);
  return [...imagesInPatches(history)].filter((id) => !shown.has(id)).sort();
}
