// One layout per document version, shared by the canvas and the keyboard commands.
import { layoutMap, type MapLayout } from '../../shared/layout.ts';
import type { JourneyDoc } from '../../shared/model.ts';

const cache = new WeakMap<JourneyDoc, MapLayout>();

export function layoutOf(doc: JourneyDoc): MapLayout {
  let layout = cache.get(doc);
  if (!layout) {
    layout = layoutMap(doc);
    cache.set(doc, layout);
  }
  return layout;
}
