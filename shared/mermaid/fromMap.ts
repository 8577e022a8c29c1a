// A map as a Mermaid journey: stages → sections, scenes → tasks scored from the first visible
// curve (mapped back to 1–5), with the actors each scene keeps. Mermaid holds nothing else, so
// what is left behind is counted for the person exporting.
import { mapScore } from '../emotion/scale.ts';
import type { JourneyDoc } from '../model.ts';
import { sortOrdered } from '../order.ts';
import { MERMAID_SCALE } from './toMap.ts';

export const LEFT_OUT_KINDS = ['lanes', 'cards', 'curves', 'points', 'links', 'relations', 'personaDetails', 'personasUnused', 'unscored', 'characters'] as const;
export type LeftOutKind = (typeof LEFT_OUT_KINDS)[number];
/** One kind of thing Mermaid cannot carry, and how many of them the map has. */
export interface LeftOut {
  kind: LeftOutKind;
  count: number;
}
export interface MermaidExport {
  text: string;
  leftOut: LeftOut[];
}

// What ends a name in Mermaid's grammar (and `%%`, a comment) becomes its full-width look-alike.
const NAME_SWAPS: [RegExp, string][] = [
  [/:/g, '：'],
  [/;/g, '；'],
  [/#/g, '＃'],
  [/%%/g, '％％'],
];

export function mapToMermaid(doc: JourneyDoc): MermaidExport {
  let changedNames = 0;
  const clean = (text: string, extra: [RegExp, string][] = []): string => {
    let out = text.replace(/\r\n|\r|\n/g, '<br>');
    for (const [from, to] of [...NAME_SWAPS, ...extra]) out = out.replace(from, to);
    out = out.trim();
    if (out !== text.replace(/\r\n|\r|\n/g, '<br>').trim()) changedNames++;
    return out;
  };
  const curve = sortOrdered(Object.values(doc.curves)).find((c) => !c.hidden);
  const points = sortOrdered(Object.values(doc.emotionPoints).filter((p) => p.curveId === curve?.id));
  const pointOf = new Map<string, number>();
  // a scene's own point before one of its touchpoints'
  for (const p of [...points.filter((p) => !p.cardId), ...points.filter((p) => p.cardId)]) if (!pointOf.has(p.sceneId)) pointOf.set(p.sceneId, p.score);

  const lines = ['journey'];
  if (doc.map.title.trim()) lines.push(`  title ${clean(doc.map.title, [[/<br>/g, ' ']])}`);
  const description = doc.map.description.replace(/}/g, ')').trim();
  if (description) lines.push('  accDescr {', ...description.split(/\r\n|\r|\n/).map((l) => `    ${l}`), '  }');
  const named = new Set<string>();
  let unscored = 0;
  let exportedPoints = 0;
  sortOrdered(Object.values(doc.stages)).forEach((stage, i) => {
    const scenes = sortOrdered(Object.values(doc.scenes).filter((s) => s.stageId === stage.id));
    const name = clean(stage.title);
    // tasks before any section read back into a stage without a title; a later one needs a name
    if (name || i > 0) lines.push(`  section ${name || '-'}`);
    for (const scene of scenes) {
      const score = pointOf.get(scene.id);
      if (score === undefined) unscored++;
      else exportedPoints++;
      const actors = (scene.personaIds ?? []).flatMap((id) => {
        const persona = doc.personas[id];
        if (!persona) return [];
        named.add(id);
        return [clean(persona.name, [[/,/g, '，']]) || '-'];
      });
      const task = `${clean(scene.title) || '-'}: ${score === undefined ? 3 : mapScore(score, doc.map.scale, MERMAID_SCALE)}`;
      lines.push(`    ${actors.length > 0 ? `${task}: ${actors.join(', ')}` : task}`);
    }
  });

  const personas = Object.values(doc.personas);
  const counts: Record<LeftOutKind, number> = {
    lanes: Object.keys(doc.lanes).length,
    cards: Object.keys(doc.cards).length,
    curves: Object.keys(doc.curves).length - (curve ? 1 : 0),
    points: Object.keys(doc.emotionPoints).length - exportedPoints,
    links: Object.keys(doc.links).length,
    relations: Object.keys(doc.relations).length,
    personaDetails: personas.filter((p) => p.description.trim() || p.goals?.trim() || p.quote?.trim() || p.photo).length,
    personasUnused: personas.filter((p) => !named.has(p.id)).length,
    unscored,
    characters: changedNames,
  };
  const leftOut = LEFT_OUT_KINDS.filter((kind) => counts[kind] > 0).map((kind) => ({ kind, count: counts[kind] }));
  return { text: `${lines.join('\n')}\n`, leftOut };
}
