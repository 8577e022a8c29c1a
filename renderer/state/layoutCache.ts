// One layout per document version (and day), shared by the canvas and the keyboard commands.
import { layoutMap, type MapLayout } from '../../shared/layout.ts';
import type { JourneyDoc } from '../../shared/model.ts';
import { localToday } from '../today.ts';

const cache = new WeakMap<JourneyDoc, { today: string; layout: MapLayout }>();

export function layoutOf(doc: JourneyDoc): MapLayout {
  const today = localToday();
  let kept = cache.get(doc);
  if (!kept || kept.today !== today) {
    kept = { today, layout: layoutMap(doc, doc, { today }) };
    cache.set(doc, kept);
  }
  return kept.layout;
}
