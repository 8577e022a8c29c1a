// One layout per document version, view and day, shared by the canvas and the keyboard commands.
// The layout is of the map as the shown view shows it (shared/views.ts); its boxes keep the
// records' ids, so what a gesture finds in it is edited in the whole map.
import { layoutMap, type MapLayout } from '../../shared/layout.ts';
import type { JourneyDoc } from '../../shared/model.ts';
import { viewedDocument } from '../../shared/views.ts';
import { localToday } from '../today.ts';
import { session } from './session.ts';

const viewed = new WeakMap<JourneyDoc, { view: unknown; doc: JourneyDoc }>();
const cache = new WeakMap<JourneyDoc, { today: string; layout: MapLayout }>();

/** The map as the shown view shows it (the map itself when no view is shown). */
export function viewedOf(doc: JourneyDoc): JourneyDoc {
  const viewId = session.get().shownViewId;
  const view = viewId ? doc.views[viewId] : undefined;
  let kept = viewed.get(doc);
  if (!kept || kept.view !== view) {
    kept = { view, doc: viewedDocument(doc, view) };
    viewed.set(doc, kept);
  }
  return kept.doc;
}

export function layoutOf(doc: JourneyDoc): MapLayout {
  const today = localToday();
  const shown = viewedOf(doc);
  let kept = cache.get(shown);
  if (!kept || kept.today !== today) {
    kept = { today, layout: layoutMap(shown, doc, { today }) };
    cache.set(shown, kept);
  }
  return kept.layout;
}
