// A .cjm file's schema is data, never code. What this app's migrations make for each format
// version is known exactly; anything else in a file's sqlite_master (a trigger, a view, a
// foreign key, a generated column, a stranger table) was put there by someone else. Such a
// file is read from the plain rows of our tables only, copied into a clean database, so
// nothing it contains ever runs.
import Database from 'better-sqlite3';
import { migrate, migrations } from './migrations.ts';

export interface SchemaObject {
  type: string;
  name: string;
  tableName: string;
  sql: string | null;
}

interface OurSchema {
  objects: SchemaObject[];
  /** table → its columns, in order */
  columns: Map<string, string[]>;
}

const made = new Map<number, OurSchema>();

/** Exactly what migrations 1…version create (computed once per version, in memory). */
export function ourSchema(version: number): OurSchema {
  let schema = made.get(version);
  if (!schema) {
    const db = new Database(':memory:');
    try {
      migrate(db, migrations.slice(0, version));
      const objects = schemaObjects(db);
      const columns = new Map(
        objects.filter((o) => o.type === 'table').map((o) => [o.name, (db.pragma(`table_info("${o.name}")`) as { name: string }[]).map((c) => c.name)]),
      );
      schema = { objects, columns };
    } finally {
      db.close();
    }
    made.set(version, schema);
  }
  return schema;
}

/** The objects a database's schema names (reading sqlite_master runs nothing it describes). */
export function schemaObjects(db: Database.Database): SchemaObject[] {
  return db.prepare('SELECT type, name, tbl_name AS tableName, sql FROM sqlite_master ORDER BY name').all() as SchemaObject[];
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

function features(sql: string): string[] {
  const found: string[] = [];
  if (/\bREFERENCES\b/i.test(sql)) found.push('a foreign key');
  if (/\bGENERATED\b|\bAS\s*\(/i.test(sql)) found.push('a generated column');
  if (/\bCHECK\s*\(/i.test(sql)) found.push('a CHECK constraint');
  return found.length > 0 ? found : ['a changed definition'];
}

function describe(object: SchemaObject, ours: SchemaObject | undefined): string {
  const name = object.name.slice(0, 80);
  if (object.type === 'trigger') return `a trigger '${name}' on '${object.tableName.slice(0, 80)}'`;
  if (ours?.type === 'table' && object.type !== 'table') return `'${name}' is a ${object.type}, not a table`;
  if (object.type === 'table' && /^\s*CREATE\s+VIRTUAL\b/i.test(object.sql ?? '')) return `a virtual table '${name}'`;
  if (ours && object.type === 'table') return `table '${name}' has ${features(object.sql ?? '').join(' and ')}`;
  if (ours) return `${object.type} '${name}' was changed`;
  return `${/^[aeiou]/.test(object.type) ? 'an' : 'a'} ${object.type} '${name}' this app did not make`;
}

/**
 * What a file's schema holds beyond (or instead of) what this app makes for its format
 * version, one phrase each; empty when the schema is exactly ours.
 */
export function strangers(found: SchemaObject[], version: number): string[] {
  const expected = ourSchema(version).objects;
  const out: string[] = [];
  for (const object of found) {
    const ours = expected.find((o) => same(o.name, object.name));
    const identical = ours && ours.type === object.type && same(ours.tableName, object.tableName) && ours.sql === object.sql;
    if (!identical) out.push(describe(object, ours));
  }
  // (A table's own key index goes with it: said once, for the table.)
  for (const ours of expected) {
    if (!ours.name.startsWith('sqlite_autoindex_') && !found.some((o) => same(o.name, ours.name))) out.push(`${ours.type} '${ours.name}' is missing`);
  }
  return out;
}

/** The file's table of this name, if it is a plain table (not a view, not a virtual table). */
function plainTable(found: SchemaObject[], name: string): SchemaObject | undefined {
  return found.find((o) => o.type === 'table' && same(o.name, name) && !/^\s*CREATE\s+VIRTUAL\b/i.test(o.sql ?? ''));
}

/**
 * Whether the file's images table can be read as it is: a plain table (not a view or a virtual
 * table) holding every column the app reads, none of them generated.
 */
export function plainImagesTable(db: Database.Database, found: SchemaObject[]): boolean {
  const table = plainTable(found, 'images');
  if (!table || table.name !== 'images') return false;
  const columns = db.pragma('table_xinfo("images")') as { name: string; hidden: number }[];
  const wanted = ourSchema(migrations.length).columns.get('images') ?? [];
  return wanted.every((name) => columns.some((c) => c.name === name && c.hidden === 0));
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

export class NotATable extends Error {}

/**
 * A clean in-memory database at `version` holding the plain rows of the file's tables: only
 * columns this app knows, read as stored (generated columns are never computed), into tables
 * without constraints, so even odd rows arrive for the record checks to judge. `required`
 * tables must be plain tables in the file; `skipRows` are created empty.
 */
export function cleanCopy(db: Database.Database, found: SchemaObject[], version: number, required: readonly string[], skipRows: readonly string[] = []): Database.Database {
  const clean = new Database(':memory:');
  try {
    for (const [table, columns] of ourSchema(version).columns) {
      clean.exec(`CREATE TABLE ${quote(table)} (${columns.map(quote).join(', ')})`);
      const source = plainTable(found, table);
      if (!source) {
        const other = found.find((o) => same(o.name, table));
        if (required.includes(table)) throw new NotATable(other ? `'${table}' is a ${other.type === 'table' ? 'virtual table' : other.type}, not a table` : `the table '${table}' is missing`);
        continue;
      }
      if (skipRows.includes(table)) continue;
      const stored = new Set((db.pragma(`table_xinfo(${quote(source.name)})`) as { name: string; hidden: number }[]).filter((c) => c.hidden === 0).map((c) => c.name.toLowerCase()));
      const shared = columns.filter((c) => stored.has(c));
      if (shared.length === 0) continue;
      const insert = clean.prepare(`INSERT INTO ${quote(table)} (${shared.map(quote).join(', ')}) VALUES (${shared.map(() => '?').join(', ')})`);
      const rows = db.prepare(`SELECT ${shared.map(quote).join(', ')} FROM ${quote(source.name)}`).raw();
      clean.transaction(() => {
        for (const row of rows.iterate() as Iterable<unknown[]>) insert.run(...row);
      })();
    }
    clean.pragma(`user_version = ${version}`);
    return clean;
  } catch (error) {
    clean.close();
    throw error;
  }
}
