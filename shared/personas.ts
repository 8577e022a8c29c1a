// Who the map is about: the personas in their order, the ones the title block shows, the line
// the title block prints under a name, and a curve's label with its persona. Pure, so the
// canvas, the export and `cjm info` say the same thing.
import type { Curve, JourneyDoc, Persona } from './model.ts';
import { sortOrdered } from './order.ts';

/** How long each field of a persona may be: the numbers of the persona schema (shared/model.ts). */
export const PERSONA_LIMITS = {
  name: 500,
  description: 20_000,
  goals: 5000,
  quote: 2000,
} as const;

/** How many personas the title block can show at most (the schema's cap on `titlePersonas`). */
export const MAX_TITLE_PERSONAS = 20;

/** The title block's line under a name is cut to about this many characters. */
export const TITLE_LINE_CHARS = 90;

export const personasInOrder = (doc: JourneyDoc): Persona[] => sortOrdered(Object.values(doc.personas));

/** The personas the title block shows, in the map's persona order: the chosen ones, or the first. */
export function titlePersonas(doc: JourneyDoc): Persona[] {
  const all = personasInOrder(doc);
  const chosen = doc.map.titlePersonas?.filter((id) => doc.personas[id]);
  if (!chosen || chosen.length === 0) return all.slice(0, 1);
  const wanted = new Set(chosen);
  return all.filter((p) => wanted.has(p.id));
}

/** The ids the title block shows (what `setTitlePersonas` would write to keep it as it is). */
export const titlePersonaIds = (doc: JourneyDoc): string[] => titlePersonas(doc).map((p) => p.id);

/** `text` cut to about `max` characters at a word or a CJK character, with an ellipsis. */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  if (chars.length <= max) return flat;
  const head = chars.slice(0, max).join('');
  // Latin text breaks at its last space if one is near the end; CJK text anywhere.
  const space = head.lastIndexOf(' ');
  const cut = space > max * 0.5 ? head.slice(0, space) : head;
  return `${cut.replace(/[\s,.;:，。；：、]+$/u, '')}…`;
}

const QUOTED = /^["“”「『‘']/u;

/**
 * What the title block prints under a persona's name: the quote, in quotation marks, or else the
 * first sentence of the description; null when the persona has neither.
 */
export function personaLine(persona: Pick<Persona, 'description' | 'quote'>, max = TITLE_LINE_CHARS): { text: string; kind: 'quote' | 'description' } | null {
  const quote = persona.quote?.trim();
  if (quote) {
    const text = shorten(quote, max);
    return { text: QUOTED.test(text) ? text : `“${text}”`, kind: 'quote' };
  }
  const description = persona.description.trim();
  if (!description) return null;
  // The first sentence (Latin or Chinese full stop), when the description has more than one.
  const sentence = /^(.+?(?:[.!?](?=\s|$)|[。！？]))/su.exec(description)?.[1] ?? description;
  return { text: shorten(sentence, max), kind: 'description' };
}

/** The persona a curve draws the feelings of, if it still exists. */
export const curvePersona = (doc: JourneyDoc, curve: Pick<Curve, 'personaId'>): Persona | undefined =>
  curve.personaId ? doc.personas[curve.personaId] : undefined;

/** A curve as its legend names it: "Li Wei — Current experience", or its own name alone. */
export function curveLabel(doc: JourneyDoc, curve: Pick<Curve, 'name' | 'personaId'>): string {
  const persona = curvePersona(doc, curve)?.name.trim();
  const name = curve.name.trim();
  if (!persona) return curve.name;
  return name ? `${persona} — ${name}` : persona;
}

/** The curves that belong to a persona, in their order. */
export const curvesOfPersona = (doc: JourneyDoc, personaId: string): Curve[] =>
  sortOrdered(Object.values(doc.curves).filter((c) => c.personaId === personaId));

/** Whether the legend is worth drawing: two curves or more, or one that belongs to someone. */
export const legendShown = (doc: JourneyDoc, curves: Pick<Curve, 'personaId'>[]): boolean =>
  curves.length > 1 || curves.some((c) => Boolean(curvePersona(doc, c)));
