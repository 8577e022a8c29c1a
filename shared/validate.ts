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

function parseMap(raw: unknown, problems: string[]): MapInfo | undefined {
  const parsed = RecordSchemas.map.safeParse(raw);
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
    if (!doc.stages[scene.stageId]) drop('scenes', scene.id, `field 'stageId': no stage '${scene.stageId}'`);
  }
  for (const card of Object.values(doc.cards)) {
    if (!doc.lanes[card.laneId]) drop('cards', card.id, `field 'laneId': no lane '${card.laneId}'`);
    else if (!doc.scenes[card.sceneId]) drop('cards', card.id, `field 'sceneId': no scene '${card.sceneId}'`);
  }
  for (const point of Object.values(doc.emotionPoints)) {
    if (!doc.scenes[point.sceneId]) drop('emotionPoints', point.id, `field 'sceneId': no scene '${point.sceneId}'`);
    else if (!doc.curves[point.curveId]) drop('emotionPoints', point.id, `field 'curveId': no curve '${point.curveId}'`);
    else if (point.cardId && !doc.cards[point.cardId]) {
      // The feeling is still worth keeping without its card.
      problems.push(`emotion point '${point.id}': field 'cardId': no card '${point.cardId}' (kept without it)`);
      delete point.cardId;
    }
  }
  for (const link of Object.values(doc.links)) {
    if (!doc.cards[link.fromCardId]) drop('links', link.id, `field 'fromCardId': no card '${link.fromCardId}'`);
    else if (!doc.cards[link.toCardId]) drop('links', link.id, `field 'toCardId': no card '${link.toCardId}'`);
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
    for (const [key, value] of entriesOf(raw[collection])) {
      const parsed = schema.safeParse(value);
      const label = recordLabel(collection, value, key);
      if (!parsed.success) {
        problems.push(`${label}: ${parsed.error.issues.map(describeIssue).join('; ')}`);
      } else if (!Array.isArray(raw[collection]) && key !== parsed.data.id) {
        problems.push(`${label}: field 'id': does not match its key '${key}'`);
      } else if (target[parsed.data.id]) {
        problems.push(`${label}: field 'id': used twice`);
      } else {
        target[parsed.data.id] = parsed.data;
      }
    }
  }
  problems.push(...dropDangling(doc));
  return { doc, problems };
}

/** Parses a document that must be entirely valid (IPC payloads); throws naming every problem. */
export function parseDocument(raw: unknown): JourneyDoc {
  if (typeof raw !== 'object' || raw === null) throw new DocumentInvalidError(['document: expected an object']);
  const { doc, problems } = restoreDocument(raw as RawDocument);
  if (problems.length > 0) throw new DocumentInvalidError(problems);
  return doc;
}
