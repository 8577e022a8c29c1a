// A Mermaid journey as a new map: sections → stages, tasks → scenes with one emotion point each
// on the map's curve, actors → personas (each scene keeps the ones its task named).
import { clampScore, mapScore } from '../emotion/scale.ts';
import type { JourneyDoc, Locale } from '../model.ts';
import { firstKeys } from '../order.ts';
import { CURRENT_CURVE } from '../template.ts';
import { createDocument } from '../templates.ts';
import type { MermaidJourney } from './parse.ts';

/** Mermaid's scores: 1 the worst, 5 the best, 3 neutral. */
export const MERMAID_SCALE = '1..5' as const;

export interface ImportedJourney {
  doc: JourneyDoc;
  /** what did not come over as written (in English, like every reading problem) */
  problems: string[];
}

export function journeyToMap(journey: MermaidJourney, locale: Locale): ImportedJourney {
  const problems: string[] = [];
  // The blank map's lanes and curve, without its stages, scenes and cards.
  const doc = createDocument('blank', locale);
  doc.stages = {};
  doc.scenes = {};
  doc.cards = {};
  doc.emotionPoints = {};
  doc.links = {};
  doc.relations = {};
  const title = journey.title || journey.accTitle;
  if (title) doc.map.title = title.slice(0, 500);
  if (journey.accTitle && journey.title && journey.accTitle !== journey.title) problems.push(`accTitle “${journey.accTitle}” is not kept (the map has one title: “${journey.title}”)`);
  doc.map.description = journey.accDescr.slice(0, 20_000);

  const actors = [...new Set(journey.sections.flatMap((s) => s.tasks.flatMap((t) => t.actors)))];
  const personaOf = new Map<string, string>();
  if (actors.length > 0) {
    doc.personas = {};
    const keys = firstKeys(actors.length);
    actors.forEach((name, i) => {
      const id = `persona-${i + 1}`;
      personaOf.set(name, id);
      doc.personas[id] = { id, order: keys[i] as string, name: name.slice(0, 500), description: '' };
    });
    const curve = doc.curves[CURRENT_CURVE];
    // the curve is one actor's only when there is only one
    if (curve) {
      if (actors.length === 1) curve.personaId = 'persona-1';
      else delete curve.personaId;
    }
    if (doc.map.titlePersonas) doc.map.titlePersonas = [...personaOf.values()].slice(0, 20);
  }

  const stageKeys = firstKeys(journey.sections.length);
  journey.sections.forEach((section, i) => {
    const stageId = `stage-${i + 1}`;
    doc.stages[stageId] = { id: stageId, order: stageKeys[i] as string, title: section.name.slice(0, 500) };
    const sceneKeys = firstKeys(section.tasks.length);
    section.tasks.forEach((task, j) => {
      const sceneId = `scene-${i + 1}-${j + 1}`;
      const personaIds = [...new Set(task.actors.map((a) => personaOf.get(a) as string))];
      doc.scenes[sceneId] = {
        id: sceneId,
        stageId,
        order: sceneKeys[j] as string,
        title: task.name.slice(0, 500),
        channel: 'offline',
        ...(personaIds.length > 0 && { personaIds }),
      };
      const clamped = clampScore(task.score, MERMAID_SCALE);
      if (clamped !== task.score) problems.push(`task “${task.name}”: score ${task.score} is outside Mermaid's 1–5 and counts as ${clamped}`);
      else if (!Number.isInteger(task.score)) problems.push(`task “${task.name}”: score ${task.score} is rounded to the map's scale`);
      const pointId = `point-${i + 1}-${j + 1}`;
      doc.emotionPoints[pointId] = { id: pointId, curveId: CURRENT_CURVE, sceneId, order: 'a0', score: mapScore(clamped, MERMAID_SCALE, doc.map.scale), note: '' };
    });
  });
  return { doc, problems };
}
