// How each record type maps to its table: known fields get columns, everything else (fields
// written by a newer app) goes to the `extra` JSON column so it survives a round trip.
import type Database from 'better-sqlite3';
import { parseJson } from '../../shared/json.ts';
import type { Collection } from '../../shared/model.ts';

type Kind = 'text' | 'real' | 'int' | 'bool' | 'json';
interface Column {
  column: string;
  field: string;
  kind: Kind;
}
export interface TableSpec {
  table: string;
  columns: Column[];
}

const col = (column: string, kind: Kind = 'text', field = column): Column => ({ column, field, kind });

export const TABLES: Record<Collection | 'map', TableSpec> = {
  map: {
    table: 'map',
    columns: [col('title'), col('description'), col('locale'), col('scale'), col('curve_gaps', 'text', 'curveGaps'), col('emotion_faces', 'bool', 'emotionFaces'), col('opportunity_weights', 'json', 'opportunityWeights'), col('title_personas', 'json', 'titlePersonas')],
  },
  stages: { table: 'stages', columns: [col('id'), col('ord', 'text', 'order'), col('title')] },
  scenes: {
    table: 'scenes',
    columns: [
      col('id'),
      col('stage_id', 'text', 'stageId'),
      col('ord', 'text', 'order'),
      col('title'),
      col('channel'),
      col('width', 'real'),
      col('persona_ids', 'json', 'personaIds'),
    ],
  },
  lanes: {
    table: 'lanes',
    columns: [
      col('id'),
      col('ord', 'text', 'order'),
      col('kind'),
      col('title'),
      col('height', 'real'),
      col('hidden', 'bool'),
      col('collapsed', 'bool'),
    ],
  },
  cards: {
    table: 'cards',
    columns: [
      col('id'),
      col('lane_id', 'text', 'laneId'),
      col('scene_id', 'text', 'sceneId'),
      col('ord', 'text', 'order'),
      col('text'),
      col('colour'),
      col('channel'),
      col('role'),
      col('severity', 'int'),
      col('tags', 'json'),
      col('scores', 'json'),
      col('roles', 'json'),
      col('steps', 'json'),
      col('series'),
      col('measure', 'json'),
      col('metric', 'json'),
      col('loop', 'json'),
      col('images', 'json'),
    ],
  },
  curves: {
    table: 'curves',
    columns: [col('id'), col('ord', 'text', 'order'), col('name'), col('colour'), col('hidden', 'bool'), col('persona_id', 'text', 'personaId')],
  },
  emotionPoints: {
    table: 'emotion_points',
    columns: [
      col('id'),
      col('curve_id', 'text', 'curveId'),
      col('scene_id', 'text', 'sceneId'),
      col('card_id', 'text', 'cardId'),
      col('ord', 'text', 'order'),
      col('score', 'real'),
      col('note'),
    ],
  },
  links: {
    table: 'links',
    columns: [col('id'), col('from_card', 'text', 'fromCardId'), col('to_card', 'text', 'toCardId'), col('label')],
  },
  relations: {
    table: 'relations',
    columns: [col('id'), col('kind'), col('from_card', 'text', 'fromCardId'), col('to_card', 'text', 'toCardId'), col('to_point', 'text', 'toPointId')],
  },
  personas: {
    table: 'personas',
    columns: [col('id'), col('ord', 'text', 'order'), col('name'), col('description'), col('goals'), col('quote'), col('photo')],
  },
  views: {
    table: 'views',
    columns: [col('id'), col('ord', 'text', 'order'), col('name'), col('stages_left_out', 'json', 'stagesLeftOut'), col('lanes_left_out', 'json', 'lanesLeftOut'), col('curves_left_out', 'json', 'curvesLeftOut')],
  },
  comments: {
    table: 'comments',
    columns: [
      col('id'),
      col('target'),
      col('target_id', 'text', 'targetId'),
      col('reply_to', 'text', 'replyTo'),
      col('author'),
      col('text'),
      col('created_at', 'text', 'createdAt'),
      col('edited_at', 'text', 'editedAt'),
      col('resolved', 'bool'),
      col('resolved_at', 'text', 'resolvedAt'),
      col('resolved_by', 'text', 'resolvedBy'),
    ],
  },
};

type SqlValue = string | number | bigint | null | Buffer;

function encode(value: unknown, kind: Kind): SqlValue {
  if (value === undefined || value === null) return null;
  if (kind === 'bool') return value ? 1 : 0;
  if (kind === 'json') return JSON.stringify(value);
  // A value of the wrong type (only possible from a hand-made document) is kept as JSON text
  // so the write never fails halfway; validation on load names it.
  if (typeof value === 'string' || typeof value === 'number') return value;
  return JSON.stringify(value);
}

const NOT_JSON = Symbol('not JSON');

function decode(value: unknown, kind: Kind): unknown {
  if (value === null || value === undefined) return undefined;
  if (kind === 'bool') return value === 1 || value === 1n;
  if (kind === 'json' && typeof value === 'string') {
    try {
      return parseJson(value);
    } catch {
      return NOT_JSON;
    }
  }
  if (typeof value === 'bigint') return Number(value);
  return value;
}

export function toRow(record: Record<string, unknown>, spec: TableSpec): SqlValue[] {
  const known = new Set(spec.columns.map((c) => c.field));
  const extra: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) if (!known.has(key) && value !== undefined) extra[key] = value;
  const values = spec.columns.map((c) => encode(record[c.field], c.kind));
  values.push(Object.keys(extra).length > 0 ? JSON.stringify(extra) : null);
  return values;
}

/**
 * One record from a row (an array, in the order of `names`). Column positions are looked up once
 * per table: a file may lack a column (an older or damaged file) or have more (a newer one).
 */
function fromRow(row: unknown[], at: Positions, spec: TableSpec, problems: string[]): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  const notJson = (column: string) =>
    problems.push(`${spec.table} row '${String(row[at.id] ?? '?').slice(0, 64)}', column '${column}': not valid JSON (or nested too deeply)`);
  const extraText = row[at.extra];
  if (typeof extraText === 'string') {
    const extra = decode(extraText, 'json');
    if (extra === NOT_JSON) notJson('extra');
    // Unknown fields never override known columns; copied one by one so a "__proto__" key in a
    // hand-edited file is a plain (dropped) field, not a new prototype for the record.
    else if (extra && typeof extra === 'object' && !Array.isArray(extra)) {
      for (const [key, value] of Object.entries(extra)) if (key !== '__proto__') record[key] = value;
    }
  }
  spec.columns.forEach((c, i) => {
    let value = decode(row[at.columns[i] as number], c.kind);
    if (value === NOT_JSON) {
      notJson(c.column);
      value = undefined;
    }
    if (value !== undefined) record[c.field] = value;
    else if (c.field in record) delete record[c.field];
  });
  return record;
}

interface Positions {
  columns: number[];
  extra: number;
  id: number;
}

export function insertSql(spec: TableSpec): string {
  const names = [...spec.columns.map((c) => c.column), 'extra'];
  const id = spec.table === 'map' ? 'id, ' : '';
  const idValue = spec.table === 'map' ? '1, ' : '';
  return `INSERT INTO ${spec.table} (${id}${names.join(', ')}) VALUES (${idValue}${names.map(() => '?').join(', ')})`;
}

export function readTable(db: Database.Database, spec: TableSpec, problems: string[]): Record<string, unknown>[] {
  const statement = db.prepare(`SELECT * FROM ${spec.table}`);
  const names = statement.columns().map((c) => c.name);
  // -1 (a missing column) reads as undefined, like a NULL.
  const at: Positions = { columns: spec.columns.map((c) => names.indexOf(c.column)), extra: names.indexOf('extra'), id: names.indexOf('id') };
  return (statement.raw().all() as unknown[][]).map((row) => fromRow(row, at, spec, problems));
}
