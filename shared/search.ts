// Find in a map: card texts and fields (tags, channel, roles, series, steps), emotion point notes, and stage, scene and lane titles,
// listed in reading order (left to right by scene, top to bottom by lane).
import type { JourneyDoc } from './model.ts';
import { sortOrdered } from './order.ts';

export type FindTarget =
  | { kind: 'card'; id: string; laneId: string; sceneId: string }
  | { kind: 'emotionPoint'; id: string; sceneId: string }
  | { kind: 'stage'; id: string }
  | { kind: 'scene'; id: string }
  | { kind: 'lane'; id: string }
  | { kind: 'map' };

export type FindField = 'text' | 'tag' | 'channel' | 'role' | 'series' | 'step' | 'note' | 'title';

export interface FindResult {
  target: FindTarget;
  field: FindField;
  /** a piece of the field's text around the first match, on one line */
  snippet: string;
  /** where the match is in `snippet` */
  start: number;
  end: number;
}

/** Enough for any workshop map; a search for "e" in a 2,000-card map stays a short list to read. */
export const MAX_RESULTS = 500;
const CONTEXT = 28;

// Case and width insensitive (ｔｏｕｃｈ finds touch), without changing the text's length, so a
// match's position is its position in the original text.
function fold(text: string): string {
  let out = '';
  for (const c of text) {
    const folded = c.normalize('NFKC').toLowerCase();
    const lower = c.toLowerCase();
    out += folded.length === c.length ? folded : lower.length === c.length ? lower : c;
  }
  return out;
}

function snippetOf(text: string, at: number, length: number): Pick<FindResult, 'snippet' | 'start' | 'end'> {
  const from = Math.max(0, at - CONTEXT);
  const to = Math.min(text.length, at + length + CONTEXT);
  const lead = from > 0 ? '…' : '';
  const snippet = `${lead}${text.slice(from, to)}${to < text.length ? '…' : ''}`.replace(/\s/g, ' ');
  const start = lead.length + at - from;
  return { snippet, start, end: start + length };
}

export function findInDoc(doc: JourneyDoc, query: string, limit = MAX_RESULTS): FindResult[] {
  const needle = fold(query.trim());
  if (!needle) return [];
  const results: FindResult[] = [];
  const look = (target: FindTarget, field: FindField, text: string | undefined) => {
    if (!text || results.length >= limit) return;
    const at = fold(text).indexOf(needle);
    if (at >= 0) results.push({ target, field, ...snippetOf(text, at, needle.length) });
  };

  look({ kind: 'map' }, 'title', doc.map.title);
  const stages = sortOrdered(Object.values(doc.stages));
  const scenes = stages.flatMap((stage) => sortOrdered(Object.values(doc.scenes).filter((s) => s.stageId === stage.id)));
  // A hidden lane is out of the map (and of its exports) until shown again: so are its matches.
  const lanes = sortOrdered(Object.values(doc.lanes)).filter((lane) => !lane.hidden);
  for (const stage of stages) look({ kind: 'stage', id: stage.id }, 'title', stage.title);
  for (const scene of scenes) look({ kind: 'scene', id: scene.id }, 'title', scene.title);
  for (const lane of lanes) look({ kind: 'lane', id: lane.id }, 'title', lane.title);

  const laneIndex = new Map(lanes.map((l, i) => [l.id, i]));
  const cards = sortOrdered(Object.values(doc.cards)).filter((c) => laneIndex.has(c.laneId));
  const points = sortOrdered(Object.values(doc.emotionPoints));
  for (const scene of scenes) {
    const here = cards.filter((c) => c.sceneId === scene.id).sort((a, b) => laneIndex.get(a.laneId)! - laneIndex.get(b.laneId)!);
    for (const card of here) {
      const target: FindTarget = { kind: 'card', id: card.id, laneId: card.laneId, sceneId: card.sceneId };
      const before = results.length;
      look(target, 'text', card.text);
      for (const tag of card.tags ?? []) if (results.length === before) look(target, 'tag', tag);
      if (results.length === before) look(target, 'channel', card.channel);
      if (results.length === before) look(target, 'role', card.role);
      for (const role of card.roles ?? []) if (results.length === before) look(target, 'role', role);
      if (results.length === before) look(target, 'series', card.series);
      for (const step of card.steps ?? []) if (results.length === before) look(target, 'step', step);
    }
    for (const point of points.filter((p) => p.sceneId === scene.id)) look({ kind: 'emotionPoint', id: point.id, sceneId: scene.id }, 'note', point.note);
  }
  return results;
}

/** A stable key for a result's target (for highlighting and list keys). */
export function targetKey(target: FindTarget): string {
  return target.kind === 'map' ? 'map' : `${target.kind}:${target.id}`;
}
