// The service action system (服务动作体系): the actions of a scene that share a series name form
// one numbered routine (系列化: smile → step forward → greet → handshake → card), in the order
// the cards stand (lane by lane, top to bottom); the roles that carry them out are those named on
// the map. The canvas, the export and the handbook all number actions from here.
import type { Card, JourneyDoc } from './model.ts';
import { sortOrdered } from './order.ts';
import { cardsOfKind } from './readingOrder.ts';
import { perVersion } from './collections.ts';

export interface ServiceSeries {
  sceneId: string;
  /** the series name; '' for an action that belongs to none (a routine of its own) */
  name: string;
  /** its actions, numbered 1… in this order */
  cardIds: string[];
}

export interface SeriesPlace {
  series: string;
  /** 1-based */
  index: number;
  count: number;
}


/** The service action cards of the map: scene by scene in reading order, then lane, then card order. */
export const serviceActionCards = (doc: JourneyDoc): Card[] => cardsOfKind(doc, 'service-actions');

const seriesName = (card: Card) => card.series?.trim() ?? '';

/** Every routine of the map in journey order; within a scene, in the order of their first action. */
export const seriesOf = perVersion((doc: JourneyDoc): ServiceSeries[] => {
  const out: ServiceSeries[] = [];
  const open = new Map<string, ServiceSeries>();
  for (const card of serviceActionCards(doc)) {
    const name = seriesName(card);
    const key = `${card.sceneId}\u0000${name}`;
    const series = name ? open.get(key) : undefined;
    if (series) series.cardIds.push(card.id);
    else {
      const fresh = { sceneId: card.sceneId, name, cardIds: [card.id] };
      out.push(fresh);
      if (name) open.set(key, fresh);
    }
  }
  return out;
});

const places = perVersion((doc: JourneyDoc): Map<string, SeriesPlace> => {
  const out = new Map<string, SeriesPlace>();
  for (const series of seriesOf(doc)) {
    if (series.name) series.cardIds.forEach((id, i) => out.set(id, { series: series.name, index: i + 1, count: series.cardIds.length }));
  }
  return out;
});

/** Where a service action stands in its series (null: it belongs to none). */
export const seriesPlace = (doc: JourneyDoc, cardId: string): SeriesPlace | null => places(doc).get(cardId) ?? null;

/** The series names already used in a scene (offered when naming another action's series). */
export const seriesNamesIn = (doc: JourneyDoc, sceneId: string): string[] =>
  seriesOf(doc)
    .filter((s) => s.sceneId === sceneId && s.name)
    .map((s) => s.name);

/**
 * The staff roles the map names: the role of each touchpoint, each card of a roles lane (its
 * first line) and the roles of service actions, in that order, each once whatever its case.
 */
export function mapRoles(doc: JourneyDoc): string[] {
  const roles: string[] = [];
  // "guard" and "Guard" are one role (as for the handbook's role filter), spelled as first named
  const seen = new Set<string>();
  const add = (role: string | undefined) => {
    const name = role?.trim();
    if (!name || seen.has(name.toLowerCase())) return;
    seen.add(name.toLowerCase());
    roles.push(name);
  };
  const cards = sortOrdered(Object.values(doc.cards));
  const kindOf = (card: Card) => doc.lanes[card.laneId]?.kind;
  for (const card of cards) if (kindOf(card) === 'touchpoints') add(card.role);
  for (const card of cards) if (kindOf(card) === 'roles') add(card.text.split('\n')[0]);
  for (const card of cards) if (kindOf(card) === 'service-actions') card.roles?.forEach(add);
  return roles;
}
