// The service action handbook (服务动作手册) as data: for the staff who do the work, scene by scene
// in journey order, each routine (series) with its numbered actions, their step checklists, who
// does them and how they are drilled and checked. For one role or for all. The pages are laid out
// in handbookPages.ts and written as HTML in handbookHtml.ts.
import type { ServiceMeasure } from '../laneKinds.ts';
import type { JourneyDoc, Locale } from '../model.ts';
import { scenesInReadingOrder } from '../readingOrder.ts';
import { mapRoles, seriesOf } from '../serviceActions.ts';
import { appendTo } from '../collections.ts';

export interface HandbookAction {
  cardId: string;
  /** its place in its series, 1-based (among all the series' actions, so a role sees where it comes in) */
  number: number;
  text: string;
  roles: string[];
  steps: string[];
  measure?: ServiceMeasure;
  /** the first lines of the opportunities it delivers: why it is done */
  delivers: string[];
}

export interface HandbookSeries {
  /** '' for an action that belongs to no series */
  name: string;
  /** how many actions the whole series has (a role's handbook may show some of them) */
  count: number;
  actions: HandbookAction[];
}

export interface HandbookScene {
  sceneId: string;
  title: string;
  stageTitle: string;
  series: HandbookSeries[];
}

export interface Handbook {
  title: string;
  locale: Locale;
  /** the role it was made for, as the map spells it; null: every role */
  role: string | null;
  /** the roles of the actions in it, in the map's order */
  roles: string[];
  scenes: HandbookScene[];
}

/** How roles are compared: a role typed "sales consultant " is the map's "Sales Consultant". */
export const sameRole = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

const cleanRoles = (roles: string[] | undefined) => (roles ?? []).map((r) => r.trim()).filter(Boolean);

/** The roles of the map that carry at least one service action (the choices of a handbook for one role). */
export function rolesWithActions(doc: JourneyDoc): string[] {
  const used = seriesOf(doc).flatMap((series) => series.cardIds.flatMap((id) => cleanRoles(doc.cards[id]?.roles)));
  return mapRoles(doc).filter((role) => used.some((r) => sameRole(r, role)));
}

/** The handbook of the map for `role` (absent: every role). Scenes and series without an action for the role are left out. */
export function buildHandbook(doc: JourneyDoc, role?: string): Handbook {
  const wanted = role?.trim() ? role.trim() : null;
  const scenes = new Map(scenesInReadingOrder(doc).map((scene) => [scene.id, scene]));
  const delivers = new Map<string, string[]>();
  for (const relation of Object.values(doc.relations)) {
    const target = relation.kind === 'delivers' && relation.toCardId ? doc.cards[relation.toCardId]?.text.trim().split('\n')[0] : undefined;
    if (target) appendTo(delivers, relation.fromCardId, target);
  }
  const out: HandbookScene[] = [];
  for (const series of seriesOf(doc)) {
    const scene = scenes.get(series.sceneId);
    if (!scene) continue;
    const actions: HandbookAction[] = [];
    series.cardIds.forEach((id, i) => {
      const card = doc.cards[id];
      if (!card) return;
      const roles = cleanRoles(card.roles);
      if (wanted && !roles.some((r) => sameRole(r, wanted))) return;
      actions.push({
        cardId: id,
        number: i + 1,
        text: card.text.trim(),
        roles,
        steps: (card.steps ?? []).map((s) => s.trim()).filter(Boolean),
        ...(card.measure && { measure: card.measure }),
        delivers: delivers.get(id) ?? [],
      });
    });
    if (actions.length === 0) continue;
    let group = out.at(-1);
    if (group?.sceneId !== scene.id) {
      group = { sceneId: scene.id, title: scene.title, stageTitle: doc.stages[scene.stageId]?.title ?? '', series: [] };
      out.push(group);
    }
    group.series.push({ name: series.name, count: series.cardIds.length, actions });
  }
  const used = out.flatMap((s) => s.series.flatMap((series) => series.actions.flatMap((a) => a.roles)));
  const roles = mapRoles(doc).filter((r) => used.some((u) => sameRole(u, r)));
  // The map's spelling of the role, when it has one.
  const named = wanted ? (roles.find((r) => sameRole(r, wanted)) ?? wanted) : null;
  return { title: doc.map.title, locale: doc.map.locale, role: named, roles: named ? [named] : roles, scenes: out };
}

export const handbookActions = (handbook: Handbook): HandbookAction[] => handbook.scenes.flatMap((s) => s.series.flatMap((series) => series.actions));

/** The English sentence for a handbook with nothing in it (the command line and logs; the dialog says it in its own words). */
export function emptyHandbookMessage(doc: JourneyDoc, role: string | null): string {
  if (!role) return 'this map has no service actions: add cards to a Service actions lane first';
  const roles = rolesWithActions(doc);
  return `the role '${role}' has no service actions in this map; ${roles.length ? `roles with actions: ${roles.join(', ')}` : 'no service action names a role yet'}`;
}
