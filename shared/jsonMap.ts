// A map as JSON, for people who script their maps: the document's records as arrays in reading
// order, under a format name and version, described by a published JSON Schema
// (resources/journey-map.schema.json, generated from the zod schemas by jsonMapSchema()). Read
// back through the same checks as a .cjm file: a hand-edited file loses only what is broken,
// and says what. Images travel by id only (the bytes stay in the .cjm).
import { z } from 'zod';
import { parseJson, TooDeepError } from './json.ts';
import { MAX_DOCUMENT_BYTES, MAX_JSON_DEPTH } from './limits.ts';
import { COLLECTIONS, RecordSchemas, type JourneyDoc } from './model.ts';
import { sortOrdered } from './order.ts';
import { DocumentInvalidError, restoreDocument, type RawDocument } from './validate.ts';

export const JSON_MAP_FORMAT = 'journey-mapper/map';
export const JSON_MAP_VERSION = 1;

/** Why a JSON file could not be read as a map (the message is English; `reason` is for the UI). */
export class JsonMapError extends Error {
  readonly reason: 'too-large' | 'not-json' | 'too-deep' | 'not-a-map' | 'too-new' | 'invalid';
  constructor(reason: JsonMapError['reason'], message: string) {
    super(message);
    this.name = 'JsonMapError';
    this.reason = reason;
  }
}

const byId = <T extends { id: string }>(records: T[]) => [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** The map as JSON text (two-space indented, records in order, the unknown fields a newer app wrote kept). */
export function mapToJson(doc: JourneyDoc): string {
  const ordered = <T extends { id: string; order?: string }>(records: Record<string, T>): T[] => {
    const list = Object.values(records);
    return list.every((r) => typeof r.order === 'string') ? sortOrdered(list as (T & { order: string })[]) : byId(list);
  };
  const out: Record<string, unknown> = { format: JSON_MAP_FORMAT, version: JSON_MAP_VERSION, map: doc.map };
  for (const collection of COLLECTIONS) out[collection] = ordered(doc[collection] as Record<string, { id: string; order?: string }>);
  return `${JSON.stringify(out, null, 2)}\n`;
}

/** A JSON map file's text → the document and what was left out of it. Throws JsonMapError. */
export function mapFromJson(text: string): { doc: JourneyDoc; problems: string[] } {
  if (text.length > MAX_DOCUMENT_BYTES) throw new JsonMapError('too-large', `the file is larger than ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB`);
  let raw: unknown;
  try {
    raw = parseJson(text.replace(/^\uFEFF/, ''), MAX_JSON_DEPTH);
  } catch (error) {
    if (error instanceof TooDeepError) throw new JsonMapError('too-deep', `the JSON is ${error.message}`);
    throw new JsonMapError('not-json', `it is not JSON (${(error as Error).message.slice(0, 120)})`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || (raw as { format?: unknown }).format !== JSON_MAP_FORMAT) {
    throw new JsonMapError('not-a-map', `it is JSON but not a journey map (its "format" is not "${JSON_MAP_FORMAT}")`);
  }
  const version = (raw as { version?: unknown }).version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) throw new JsonMapError('invalid', 'its "version" is not a version number');
  if (version > JSON_MAP_VERSION) throw new JsonMapError('too-new', `it is version ${version} of the JSON map format; this app reads version ${JSON_MAP_VERSION}`);
  try {
    return restoreDocument(raw as RawDocument);
  } catch (error) {
    if (error instanceof DocumentInvalidError) throw new JsonMapError('invalid', error.message);
    throw error;
  }
}

/** The JSON Schema of mapToJson's output, from the same zod schemas that check every document. */
export function jsonMapSchema(): Record<string, unknown> {
  const shape = {
    format: z.literal(JSON_MAP_FORMAT),
    version: z.literal(JSON_MAP_VERSION),
    map: RecordSchemas.map,
    ...Object.fromEntries(COLLECTIONS.map((collection) => [collection, z.array(RecordSchemas[collection])])),
  };
  const schema = z.toJSONSchema(z.object(shape).loose(), { target: 'draft-2020-12', unrepresentable: 'any', io: 'input' }) as Record<string, unknown>;
  return {
    ...schema,
    $id: 'https://journey-mapper.local/schemas/journey-map.schema.json',
    title: 'Journey Mapper map (JSON)',
    description: 'A customer journey map as Journey Mapper exports it (File ▸ Export ▸ JSON, or cjm export --format json). Fields not listed are kept as they are.',
  };
}
