// Views: named choices of the stages, lanes and curves to show (a client's view leaves out the
// internal service-action and metric lanes). The canvas, presentation, exports and the HTML file
// all show a map through one, so they agree on what "the client view" holds.
import type { JourneyDoc, LaneKind, View } from './model.ts';
import { sortOrdered } from './order.ts';

/** What a view shows, as ids to include (the export options' lists), in the map's order. */
export interface ViewChoice {
  stages: string[];
  lanes: string[];
  curves: string[];
}

export const viewsOf = (doc: JourneyDoc): View[] => sortOrdered(Object.values(doc.views));

/** A view by its name (case-blind, trimmed) or id; the CLI's `--view` and links name views so. */
export function findView(doc: JourneyDoc, nameOrId: string): View | undefined {
  const wanted = nameOrId.trim().toLocaleLowerCase();
  return doc.views[nameOrId] ?? viewsOf(doc).find((view) => view.name.trim().toLocaleLowerCase() === wanted);
}

/** The ids a view shows: every stage, visible lane and visible curve it does not leave out. */
export function viewChoice(doc: JourneyDoc, view: View | null | undefined): ViewChoice {
  const out = (list: string[] | undefined) => new Set(list ?? []);
  const stages = out(view?.stagesLeftOut);
  const lanes = out(view?.lanesLeftOut);
  const curves = out(view?.curvesLeftOut);
  return {
    stages: sortOrdered(Object.values(doc.stages)).filter((s) => !stages.has(s.id)).map((s) => s.id),
    lanes: sortOrdered(Object.values(doc.lanes)).filter((l) => !l.hidden && !lanes.has(l.id)).map((l) => l.id),
    curves: sortOrdered(Object.values(doc.curves)).filter((c) => !c.hidden && !curves.has(c.id)).map((c) => c.id),
  };
}

/**
 * The map as a view shows it: the stages it leaves out are gone (with their scenes and what is
 * in them), the lanes and curves it leaves out are hidden. Ids stay, so an edit made on what is
 * shown applies to the whole map. No view (or one the map lost): the map itself.
 */
export function viewedDocument(doc: JourneyDoc, view: View | null | undefined): JourneyDoc {
  if (!view) return doc;
  const stagesOut = new Set(view.stagesLeftOut);
  const lanesOut = new Set(view.lanesLeftOut);
  const curvesOut = new Set(view.curvesLeftOut);
  const keep = <T extends { id: string }>(records: Record<string, T>, shown: (record: T) => boolean) =>
    Object.fromEntries(Object.values(records).filter(shown).map((r) => [r.id, r]));
  const hide = <T extends { id: string; hidden: boolean }>(records: Record<string, T>, out: Set<string>) =>
    Object.fromEntries(Object.values(records).map((r) => [r.id, out.has(r.id) && !r.hidden ? { ...r, hidden: true } : r]));
  const stages = keep(doc.stages, (s) => !stagesOut.has(s.id));
  const scenes = keep(doc.scenes, (s) => Boolean(stages[s.stageId]));
  const cards = keep(doc.cards, (c) => Boolean(scenes[c.sceneId]));
  return {
    ...doc,
    stages,
    scenes,
    cards,
    lanes: hide(doc.lanes, lanesOut),
    curves: hide(doc.curves, curvesOut),
    emotionPoints: keep(doc.emotionPoints, (p) => Boolean(scenes[p.sceneId])),
    links: keep(doc.links, (l) => Boolean(cards[l.fromCardId] && cards[l.toCardId])),
  };
}

/** Lanes about how the dealer works, not what the customer goes through: left out of a client view. */
export const INTERNAL_LANE_KINDS: readonly LaneKind[] = ['service-actions', 'roles', 'metrics'];

/** What a new client view leaves out: the map's internal lanes. */
export const clientViewLanesLeftOut = (doc: JourneyDoc): string[] =>
  sortOrdered(Object.values(doc.lanes))
    .filter((lane) => INTERNAL_LANE_KINDS.includes(lane.kind))
    .map((lane) => lane.id);
