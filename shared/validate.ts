// Loading untrusted documents (files, IPC payloads). Two modes:
// - restore: keep everything that can be kept; drop a broken record and say why.
// - strict: any problem rejects the whole document (used for IPC payloads to main).
import type { z } from 'zod';
import {
  COLLECTIONS,
  RECORD_NAMES,
  RecordSchemas,
  emptyDoc,
  type Collection,
  type JourneyDoc,
  type MapInfo,
} from './model.ts';
import { KIND_FIELD_SHAPES } from './laneKinds.ts';
import { firstKeys, isUsableKey, sortOrdered } from './order.ts';
import { relationMisfit } from './relations.ts';
import { own } from './collections.ts';

/** A document as it arrives: collections may be arrays (file rows) or id-keyed objects. */
export interface RawDocument {
  map: unknown;
  [collection: string]: unknown;
}

export class DocumentInvalidError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(problems.length === 1 ? problems[0] : `${problems.length} problems: ${problems.slice(0, 5).join('; ')}`);
    this.name = 'DocumentInvalidError';
    this.problems = problems;
  }
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const field = issue.path.length > 0 ? issue.path.map(String).join('.') : '(record)';
  return `field '${field}': ${issue.message}`;
}

function recordLabel(collection: Collection | 'map', raw: unknown, fallback: string): string {
  const id = typeof raw === 'object' && raw !== null && 'id' in raw ? (raw as { id: unknown }).id : undefined;
  const shown = typeof id === 'string' && id.length <= 64 ? id : fallback;
  return collection === 'map' ? 'map' : `${RECORD_NAMES[collection]} '${shown}'`;
}

function entriesOf(value: unknown): [string, unknown][] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value.map((v, i) => [`#${i + 1}`, v]);
  if (typeof value === 'object') return Object.entries(value);
  return [];
}

/**
 * `text` cut to at most `max` UTF-16 units without splitting a surrogate pair: half a character
 * would not survive the file (SQLite stores UTF-8) and the saved map would differ from the open one.
 */
function cutText(text: string, max: number): string {
  const cut = text.slice(0, max);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}

/**
 * Cuts the over-long text at `path` inside a nested field (a step of a list, a measure's "how")
 * of `copy`, cloning that field first; false when there is no text there to cut.
 */
function cutNested(copy: Record<string, unknown>, path: readonly PropertyKey[], max: number, cloned: Set<string>): boolean {
  const [field, ...rest] = path;
  if (typeof field !== 'string' || rest.length === 0) return false;
  let parent: unknown = copy[field];
  for (const key of rest.slice(0, -1)) parent = parent && typeof parent === 'object' ? (parent as Record<PropertyKey, unknown>)[key] : undefined;
  const last = rest.at(-1)!;
  const text = parent && typeof parent === 'object' && Object.hasOwn(parent, last) ? (parent as Record<PropertyKey, unknown>)[last] : undefined;
  if (typeof text !== 'string') return false;
  if (!cloned.has(field)) {
    copy[field] = JSON.parse(JSON.stringify(copy[field])) as unknown;
    cloned.add(field);
    return cutNested(copy, path, max, cloned);
  }
  (parent as Record<PropertyKey, unknown>)[last] = cutText(text, max);
  return true;
}

/**
 * Mends what can be mended in a record before judging it: text over its length limit is cut to
 * the limit (a 1 MB card text keeps its first 100,000 characters instead of vanishing), and for
 * the map record, which cannot be dropped, any other bad field takes its default.
 */
function mend(schema: z.ZodType, raw: unknown, label: () => string, problems: string[], defaults?: Record<string, unknown>): z.ZodSafeParseResult<unknown> {
  const first = schema.safeParse(raw);
  if (first.success || typeof raw !== 'object' || raw === null) return first;
  const copy: Record<string, unknown> = { ...(raw as Record<string, unknown>) };
  const fixed: string[] = [];
  const reset = new Set<string>();
  const cloned = new Set<string>();
  for (const issue of first.error.issues) {
    const field = issue.path[0];
    if (typeof field !== 'string' || reset.has(field)) continue;
    const value = copy[field];
    if (issue.path.length === 1 && issue.code === 'too_big' && typeof value === 'string' && typeof issue.maximum === 'number') {
      copy[field] = cutText(value, Number(issue.maximum));
      fixed.push(`field '${field}': cut to ${String(issue.maximum)} characters`);
    } else if (issue.code === 'too_big' && typeof issue.maximum === 'number' && cutNested(copy, issue.path, issue.maximum, cloned)) {
      // one over-long step among many: that step is cut, the others stay as they are
      fixed.push(`field '${issue.path.map(String).join('.')}': cut to ${String(issue.maximum)} characters`);
    } else if (defaults && field in defaults) {
      // A nested field (the export choices) is judged whole: reset, not patched.
      if (defaults[field] === undefined) delete copy[field];
      else copy[field] = defaults[field];
      reset.add(field);
      fixed.push(`field '${issue.path.map(String).join('.')}': ${issue.message}; reset`);
    }
  }
  const second = fixed.length > 0 ? schema.safeParse(copy) : first;
  if (second.success) problems.push(`${label()}: ${fixed.join('; ')}`);
  return second;
}

/**
 * Fields a broken record loses (or gets back at their default) instead of being dropped whole: a
 * card with a broken score keeps its text, the score is left out (and said so).
 */
const FIELD_DEFAULTS: Partial<Record<Collection, Record<string, unknown>>> = {
  cards: Object.fromEntries([...Object.keys(KIND_FIELD_SHAPES), 'images'].map((field) => [field, undefined])),
  personas: { goals: undefined, quote: undefined, photo: undefined },
  comments: { editedAt: undefined, resolvedAt: undefined, resolvedBy: undefined },
  // a view whose list is broken leaves nothing out of it (reported, not dropped)
  views: { stagesLeftOut: [], lanesLeftOut: [], curvesLeftOut: [] },
};

function parseMap(raw: unknown, problems: string[]): MapInfo | undefined {
  // Optional fields of the map without a default are left out when broken.
  const defaults = { ...emptyDoc('en').map, exportChoices: undefined, opportunityWeights: undefined, titlePersonas: undefined } as unknown as Record<string, unknown>;
  const parsed = mend(RecordSchemas.map, raw, () => 'map', problems, defaults);
  if (parsed.success) return parsed.data as MapInfo;
  problems.push(`map: ${parsed.error.issues.map(describeIssue).join('; ')}`);
  return undefined;
}

/** Drops records whose parents are missing; returns the problems found. */
function dropDangling(doc: JourneyDoc): string[] {
  const problems: string[] = [];
  const drop = (collection: Collection, id: string, why: string) => {
    problems.push(`${RECORD_NAMES[collection]} '${id}': ${why}`);
    delete doc[collection][id];
  };
  for (const scene of Object.values(doc.scenes)) {
    if (!own(doc.stages, scene.stageId)) drop('scenes', scene.id, `field 'stageId': no stage '${scene.stageId}'`);
  }
  for (const card of Object.values(doc.cards)) {
    if (!own(doc.lanes, card.laneId)) drop('cards', card.id, `field 'laneId': no lane '${card.laneId}'`);
    else if (!own(doc.scenes, card.sceneId)) drop('cards', card.id, `field 'sceneId': no scene '${card.sceneId}'`);
  }
  for (const point of Object.values(doc.emotionPoints)) {
    if (!own(doc.scenes, point.sceneId)) drop('emotionPoints', point.id, `field 'sceneId': no scene '${point.sceneId}'`);
    else if (!own(doc.curves, point.curveId)) drop('emotionPoints', point.id, `field 'curveId': no curve '${point.curveId}'`);
    else if (point.cardId && !own(doc.cards, point.cardId)) {
      // The feeling is still worth keeping without its card.
      problems.push(`emotion point '${point.id}': field 'cardId': no card '${point.cardId}' (kept without it)`);
      delete point.cardId;
    }
  }
  for (const link of Object.values(doc.links)) {
    if (!own(doc.cards, link.fromCardId)) drop('links', link.id, `field 'fromCardId': no card '${link.fromCardId}'`);
    else if (!own(doc.cards, link.toCardId)) drop('links', link.id, `field 'toCardId': no card '${link.toCardId}'`);
  }
  for (const scene of Object.values(doc.scenes)) {
    const missing = scene.personaIds?.filter((id) => !own(doc.personas, id)) ?? [];
    if (missing.length === 0 || !scene.personaIds) continue;
    problems.push(`scene '${scene.id}': field 'personaIds': no persona ${missing.map((id) => `'${id}'`).join(', ')} (kept without)`);
    scene.personaIds = scene.personaIds.filter((id) => own(doc.personas, id));
  }
  for (const curve of Object.values(doc.curves)) {
    if (curve.personaId !== undefined && !own(doc.personas, curve.personaId)) {
      problems.push(`curve '${curve.id}': field 'personaId': no persona '${curve.personaId}' (kept without it)`);
      delete curve.personaId;
    }
  }
  if (doc.map.titlePersonas) {
    const shown = [...new Set(doc.map.titlePersonas)].filter((id) => own(doc.personas, id));
    if (shown.length !== doc.map.titlePersonas.length) problems.push(`map: field 'titlePersonas': personas repeated or missing, left out`);
    if (shown.length > 0) doc.map.titlePersonas = shown;
    else delete doc.map.titlePersonas;
  }
  const seen = new Set<string>();
  for (const relation of Object.values(doc.relations)) {
    const misfit = relationMisfit(doc, relation);
    const key = `${relation.kind} ${relation.fromCardId} ${relation.toCardId ?? ''} ${relation.toPointId ?? ''}`;
    if (misfit) drop('relations', relation.id, misfit);
    else if (seen.has(key)) drop('relations', relation.id, 'the same relation is there twice');
    else seen.add(key);
  }
  return problems;
}

/**
 * Repeated ids among the stages and lanes the export choices leave out are kept once. Ids the map
 * no longer has stay: they are ignored wherever the choices are used, and a stage or lane that
 * an undo brings back keeps being left out, as it was.
 */
function pruneExportChoices(doc: JourneyDoc): void {
  const choices = doc.map.exportChoices;
  if (!choices) return;
  choices.stagesLeftOut = [...new Set(choices.stagesLeftOut)];
  choices.lanesLeftOut = [...new Set(choices.lanesLeftOut)];
}

// Which records are ordered among each other: all stages; the scenes of one stage; the cards
// of one cell; the points of one curve in one scene…
const SIBLINGS: [Exclude<Collection, 'links' | 'relations'>, (record: Record<string, unknown>) => string][] = [
  ['stages', () => ''],
  ['scenes', (r) => String(r.stageId)],
  ['lanes', () => ''],
  ['cards', (r) => `${String(r.laneId)} ${String(r.sceneId)}`],
  ['curves', () => ''],
  ['emotionPoints', (r) => `${String(r.curveId)} ${String(r.sceneId)}`],
  ['personas', () => ''],
  ['views', () => ''],
];

/** Renumbers sibling groups whose order keys repeat or cannot be placed between (damaged files). */
function repairOrder(doc: JourneyDoc): string[] {
  const problems: string[] = [];
  for (const [collection, groupOf] of SIBLINGS) {
    const groups = new Map<string, { id: string; order: string }[]>();
    for (const record of Object.values(doc[collection]) as { id: string; order: string }[]) {
      const key = groupOf(record as unknown as Record<string, unknown>);
      const group = groups.get(key);
      if (group) group.push(record);
      else groups.set(key, [record]);
    }
    for (const records of groups.values()) {
      const keys = records.map((r) => r.order);
      if (new Set(keys).size === keys.length && keys.every(isUsableKey)) continue;
      const sorted = sortOrdered(records);
      const fresh = firstKeys(sorted.length);
      sorted.forEach((record, i) => (record.order = fresh[i] as string));
      problems.push(`${RECORD_NAMES[collection]} '${(sorted[0] as { id: string }).id}' and its ${sorted.length - 1} siblings: order keys repeated or unreadable, renumbered in their present order`);
    }
  }
  return problems;
}

export interface RestoreResult {
  doc: JourneyDoc;
  /** One line per record that could not be kept, naming the record and the field. */
  problems: string[];
}

/**
 * Restores a document from untrusted data, keeping every valid record (unknown fields
 * included) and dropping the broken ones with a message. Throws only when the map record
 * itself is unusable, because then there is no document to show.
 */
export function restoreDocument(raw: RawDocument): RestoreResult {
  const problems: string[] = [];
  const map = parseMap(raw.map, problems);
  if (!map) throw new DocumentInvalidError(problems);
  const doc: JourneyDoc = { ...emptyDoc(map.locale), map };
  for (const collection of COLLECTIONS) {
    const schema = RecordSchemas[collection];
    const target = doc[collection] as Record<string, unknown>;
    const rows = Array.isArray(raw[collection]);
    for (const [key, value] of entriesOf(raw[collection])) {
      // Built only for a problem: this runs for every record of a large map.
      const label = () => recordLabel(collection, value, key);
      const parsed = mend(schema, value, label, problems, FIELD_DEFAULTS[collection]) as ReturnType<typeof schema.safeParse>;
      if (!parsed.success) {
        problems.push(`${label()}: ${parsed.error.issues.map(describeIssue).join('; ')}`);
      } else if (!rows && key !== parsed.data.id) {
        problems.push(`${label()}: field 'id': does not match its key '${key}'`);
      } else if (parsed.data.id === '__proto__') {
        // would replace the collection's prototype instead of adding a record
        problems.push(`${label()}: field 'id': '__proto__' is reserved`);
      } else if (Object.hasOwn(target, parsed.data.id)) {
        problems.push(`${label()}: field 'id': used twice`);
      } else {
        target[parsed.data.id] = parsed.data;
      }
    }
  }
  problems.push(...dropDangling(doc), ...repairOrder(doc));
  pruneExportChoices(doc);
  return { doc, problems };
}

/** Parses a document that must be entirely valid (IPC payloads); throws naming every problem. */
export function parseDocument(raw: unknown): JourneyDoc {
  if (typeof raw !== 'object' || raw === null) throw new DocumentInvalidError(['document: expected an object']);
  const { doc, problems } = restoreDocument(raw as RawDocument);
  if (problems.length > 0) throw new DocumentInvalidError(problems);
  return doc;
}
