// Mutated project files for the fuzzer, from a few good seeds. Deterministic: case n of a run
// with seed s is always the same file, so a failure can be replayed (`npm run fuzz -- --case n`).
import Database from 'better-sqlite3';
import zlib from 'node:zlib';
import { serializeProject } from '../../electron/services/projectFile.ts';
import { newVersion } from '../../electron/services/versions.ts';
import { createDocument } from '../../shared/templates.ts';
import { generateMap } from '../bench/generateMap.ts';
import { ATTACKS } from '../hostile/files.ts';

/** mulberry32: small, fast and good enough to pick mutations. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function seeds(): Buffer[] {
  return [
    serializeProject(createDocument('car-dealer', 'zh-CN')),
    serializeProject(createDocument('car-dealer', 'en')),
    serializeProject(createDocument('blank', 'en')),
    serializeProject(generateMap({ scenes: 20, lanes: 6, cards: 300 })),
    withVersions(createDocument('car-dealer', 'zh-CN')),
  ];
}

/** A saved map carrying two named versions. */
function withVersions(doc: ReturnType<typeof createDocument>): Buffer {
  const db = new Database(serializeProject(doc));
  try {
    newVersion('工作坊前', doc).write(db);
    newVersion('before', createDocument('blank', 'en')).write(db);
    return db.serialize();
  } finally {
    db.close();
  }
}

type Random = () => number;
const int = (random: Random, below: number) => Math.floor(random() * below);
const choose = <T>(random: Random, list: readonly T[]): T => list[int(random, list.length)] as T;
const PAGE = 4096;

const HOSTILE_TEXT = [
  'x'.repeat(1024 * 1024), // 1 MB of text in one field
  '\u0000\u0001\u0002\u001b[31m\u007f\u0085', // control characters, an ANSI escape
  '\u202E\u200F\u061C مرحبا \u202D', // right-to-left marks and overrides
  "'; DROP TABLE cards; -- \" ` \\ % _ [ ]", // SQL meta-characters
  '\uD800 lone surrogate \uDFFF',
  '𠀀'.repeat(50_000), // astral CJK, 200 kB
];

// 100 MB of spaces in a few kB, made once.
let packedSpaces: Buffer | undefined;
const bomb = () => (packedSpaces ??= zlib.brotliCompressSync(Buffer.alloc(100 * 1024 * 1024, ' '), { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 1 } }));

function deepJson(depth: number): string {
  return `${'{"a":['.repeat(depth)}1${']}'.repeat(depth)}`;
}

const TABLE_NAMES = ['cards', 'stages', 'scenes', 'lanes', 'emotion_points', 'links', 'relations', 'personas', 'curves', 'map', 'file_info', 'versions', 'images', 'thumbnail'];
const TRIGGER_BODIES = ["DELETE FROM cards", "UPDATE cards SET text = 'pay at https://evil.example'", 'INSERT INTO map SELECT * FROM map', "SELECT RAISE(ABORT, 'refused')", "UPDATE stages SET title = 'x'", 'DELETE FROM emotion_points', 'DELETE FROM relations'];

/** A table rebuilt with its rows and a twist in its definition (a foreign key, a CHECK, a generated column). */
function rebuilt(db: Database.Database, table: string, twist: string): void {
  const columns = (db.pragma(`table_info(${table})`) as { name: string }[]).map((c) => c.name);
  db.exec(`ALTER TABLE ${table} RENAME TO ${table}_old;
    CREATE TABLE ${table} (${columns.map((c) => (c === 'id' ? 'id TEXT PRIMARY KEY' : c)).join(', ')}, ${twist});
    INSERT INTO ${table} (${columns.join(', ')}) SELECT ${columns.join(', ')} FROM ${table}_old; DROP TABLE ${table}_old;`);
}

const SCHEMA_MUTATIONS: ((db: Database.Database, random: Random) => void)[] = [
  ...Object.values(ATTACKS).map((sql) => (db: Database.Database) => db.exec(sql)),
  (db, r) => db.exec(`CREATE TRIGGER t${int(r, 1e6)} ${choose(r, ['BEFORE', 'AFTER'])} ${choose(r, ['INSERT', 'DELETE', 'UPDATE'])} ON ${choose(r, TABLE_NAMES)} BEGIN ${choose(r, TRIGGER_BODIES)}; END`),
  (db, r) => {
    const table = choose(r, TABLE_NAMES);
    db.exec(`ALTER TABLE ${table} RENAME TO ${table}_data; CREATE VIEW ${table} AS SELECT * FROM ${table}_data`);
  },
  (db, r) => {
    const table = choose(r, TABLE_NAMES);
    db.exec(`DROP TABLE ${table}; CREATE VIEW ${table} AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT n AS id FROM r`);
  },
  (db, r) => rebuilt(db, choose(r, ['cards', 'scenes', 'lanes', 'emotion_points', 'links']), `FOREIGN KEY (id) REFERENCES ${choose(r, ['personas', 'stages', 'curves'])}(id) ON DELETE CASCADE`),
  (db, r) => rebuilt(db, choose(r, ['cards', 'stages', 'scenes', 'lanes']), choose(r, ['CHECK (0)', 'CHECK (length(id) < 3)', "CHECK (id <> '')"])),
  (db, r) => db.exec(`ALTER TABLE ${choose(r, ['cards', 'stages', 'lanes', 'scenes'])} ADD COLUMN g${int(r, 100)} ${choose(r, ["GENERATED ALWAYS AS (printf('%.50000000c', 'x')) VIRTUAL", 'GENERATED ALWAYS AS (id) VIRTUAL', "DEFAULT 'x'"])}`),
  (db, r) => db.exec(`ALTER TABLE ${choose(r, TABLE_NAMES)} RENAME TO renamed_${int(r, 100)}`),
  (db, r) => db.exec(`ALTER TABLE ${choose(r, ['cards', 'stages', 'lanes'])} RENAME COLUMN ${choose(r, ['title', 'text', 'ord', 'id'])} TO renamed`),
  (db, r) => {
    const table = choose(r, TABLE_NAMES);
    db.exec(`DROP TABLE ${table}; CREATE TABLE ${table} (${choose(r, ['x', 'id TEXT, y BLOB', 'id, ord, title, text, extra, z'])})`);
  },
  (db, r) => db.exec(`DROP TABLE ${choose(r, ['cards', 'personas', 'links'])}; CREATE VIRTUAL TABLE ${choose(r, ['cards', 'personas', 'links'])} USING fts5(id, text)`),
  (db, r) => db.exec(`CREATE INDEX i${int(r, 1e6)} ON ${choose(r, ['cards', 'stages', 'scenes'])} (${choose(r, ['substr(id, 1, 2)', 'id', "id || 'x'"])}) ${choose(r, ['', 'WHERE id > 0'])}`),
  (db) => db.exec('ANALYZE'),
  (db) => db.exec('CREATE TABLE seq (id INTEGER PRIMARY KEY AUTOINCREMENT, x); INSERT INTO seq (x) VALUES (1)'),
];

// Changes made with SQL inside a copy: valid files with hostile or wrong contents.
const SQL_MUTATIONS: ((db: Database.Database, random: Random) => void)[] = [
  (db, r) => db.prepare(`UPDATE ${choose(r, ['cards', 'stages', 'scenes', 'lanes'])} SET title = ? WHERE rowid IN (SELECT rowid FROM ${'cards'} LIMIT 1)`).run(choose(r, HOSTILE_TEXT)),
  (db, r) => db.prepare('UPDATE cards SET text = ?').run(choose(r, HOSTILE_TEXT)),
  (db, r) => db.prepare('UPDATE map SET title = ?, description = ?').run(choose(r, HOSTILE_TEXT), choose(r, HOSTILE_TEXT)),
  (db, r) => db.prepare(`UPDATE ${choose(r, ['cards', 'stages', 'lanes', 'scenes', 'emotion_points'])} SET extra = ?`).run(choose(r, [deepJson(5000), deepJson(100), '{"__proto__":{"polluted":1}}', '{"id":"x","order":"!"}', 'not json', '[1,2,3]', '{"a":"' + 'y'.repeat(100_000) + '"}'])),
  (db) => db.exec("UPDATE cards SET tags = '" + deepJson(3000) + "'"),
  (db, r) => db.exec(`UPDATE cards SET ${choose(r, ['lane_id', 'scene_id', 'ord', 'id'])} = ${choose(r, ["'missing'", 'NULL', "''", '42', "x'00ff'", "'a b'"])}`),
  (db, r) => db.exec(`UPDATE ${choose(r, ['scenes', 'lanes'])} SET ${choose(r, ['width', 'height'])} = ${choose(r, ["'wide'", '-1e308', '1e308', 'NULL', '0'])} WHERE 1`),
  (db, r) => db.exec(`UPDATE lanes SET kind = ${choose(r, ["'nonsense'", 'NULL', "'emotion'"])}, hidden = ${choose(r, ['2', "'yes'", 'NULL'])}`),
  (db) => db.exec("UPDATE map SET locale = 'xx', scale = '0..9'"),
  (db) => db.exec('DELETE FROM map'),
  (db) => db.exec('INSERT INTO map SELECT * FROM map'),
  (db) => db.exec("UPDATE stages SET ord = (SELECT ord FROM stages LIMIT 1), id = id || ''"),
  (db, r) => db.exec(`UPDATE cards SET id = (SELECT id FROM cards LIMIT 1) WHERE rowid % ${1 + int(r, 3)} = 0`),
  (db, r) => db.exec(`DROP TABLE ${choose(r, ['cards', 'stages', 'scenes', 'lanes', 'file_info', 'emotion_points', 'links'])}`),
  (db, r) => db.exec(`ALTER TABLE ${choose(r, ['cards', 'stages', 'lanes'])} DROP COLUMN ${choose(r, ['title', 'text', 'ord', 'extra'])}`),
  (db) => db.exec('CREATE TABLE evil (x); CREATE TRIGGER t AFTER INSERT ON evil BEGIN DELETE FROM cards; END; CREATE VIEW v AS SELECT * FROM cards'),
  (db, r) => db.pragma(`user_version = ${choose(r, [0, 99, -1, 2 ** 31 - 1])}`),
  (db, r) => db.pragma(`application_id = ${choose(r, [0, 1, 0x434a4d30])}`),
  (db) => db.exec("UPDATE emotion_points SET score = 'high', curve_id = 'nowhere'"),
  (db) => db.exec("UPDATE links SET from_card_id = to_card_id, label = NULL"),
  // relations: dangling ends, both or neither target, wrong kinds, repeats, very many
  (db, r) => db.exec(`UPDATE relations SET ${choose(r, ['from_card', 'to_card', 'to_point'])} = ${choose(r, ["'missing'", 'NULL', "''", '42', "x'00ff'", "'__proto__'"])} WHERE rowid % ${1 + int(r, 3)} = 0`),
  (db) => db.exec('UPDATE relations SET to_point = (SELECT id FROM emotion_points LIMIT 1) WHERE to_card IS NOT NULL'),
  (db) => db.exec('UPDATE relations SET to_card = NULL, to_point = NULL'),
  (db, r) => db.exec(`UPDATE relations SET kind = ${choose(r, ["'nonsense'", 'NULL', "CASE kind WHEN 'addresses' THEN 'delivers' ELSE 'addresses' END", "'__proto__'"])}`),
  (db) => db.exec("INSERT INTO relations SELECT id || 'x', kind, from_card, to_card, to_point, extra FROM relations"),
  (db) => db.exec('UPDATE relations SET from_card = to_card, to_card = from_card'),
  (db, r) =>
    db.exec(`INSERT INTO relations (id, kind, from_card, to_card) WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${choose(r, [1000, 20_000])})
      SELECT 'rx' || i, 'addresses', (SELECT id FROM cards ORDER BY id LIMIT 1 OFFSET (i * 7) % (SELECT count(*) FROM cards)), (SELECT id FROM cards ORDER BY id LIMIT 1 OFFSET (i * 13) % (SELECT count(*) FROM cards)) FROM n`),
  (db, r) => db.prepare(`UPDATE relations SET extra = ?`).run(choose(r, ['{"__proto__":{"polluted":1}}', 'not json', deepJson(5000), '[1]'])),
  // service action fields and scores: not arrays, not objects, huge, prototype keys
  (db, r) =>
    db.prepare(`UPDATE cards SET ${choose(r, ['steps', 'roles', 'measure', 'scores', 'series'])} = ? WHERE rowid % ${1 + int(r, 4)} = 0`).run(
      choose(r, [
        '{"a":1}',
        '"just a string"',
        '[1,2,3]',
        'not json',
        '{"__proto__":{"polluted":1}}',
        '{"training":{"__proto__":{"plan":1}},"constructor":{"prototype":{}}}',
        '{"training":{"plan":"p","frequency":"f","owner":"o","extra":1}}',
        '{"need":{"value":9,"reason":"x"},"__proto__":{"value":1}}',
        JSON.stringify(Array.from({ length: 100_000 }, (_, i) => `step ${i}`)),
        JSON.stringify(['x'.repeat(100_000)]),
        deepJson(3000),
        '[]',
        'null',
      ]),
    ),
  // format 6: metrics, the pain-point loop, persona goals and quote, curves of a persona, title-block personas
  (db, r) =>
    db.prepare(`UPDATE cards SET ${choose(r, ['metric', 'loop'])} = ? WHERE rowid % ${1 + int(r, 4)} = 0`).run(
      choose(r, [
        'not json',
        '"NPS"',
        '[1,2,3]',
        'null',
        '{}',
        deepJson(3000),
        '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}}',
        // a metric of NaN-ish values: strings, nulls, out of range, exponent overflow
        '{"type":"process","definition":"d","unit":"%","department":"","source":"","period":"","direction":"higher","display":"number","target":"NaN","values":[{"period":"p","value":"Infinity"},{"period":"q","value":1e999},{"period":"r","value":null}]}',
        '{"nps":true,"type":"outcome","definition":"","unit":"","department":"","source":"","period":"","direction":"higher","display":"trend","target":40,"values":[{"period":"p","promoters":-1,"passives":1.5,"detractors":1e308}]}',
        '{"nps":"yes","type":"outcome","definition":"","unit":"","department":"","source":"","period":"","direction":"sideways","display":"pie","values":{"__proto__":[]}}',
        // loops: unknown status, bad dates, huge history, prototype keys in a change
        '{"status":"fixed","owner":"","plan":"","check":"","history":[]}',
        '{"status":"planned","owner":"x","due":"2026-13-45T99","plan":"","check":"","history":[{"status":"found","by":"a","at":"' + 'x'.repeat(10_000) + '"}]}',
        '{"status":"closed","owner":"","plan":"","check":"","history":[{"__proto__":{"status":"found"},"constructor":{"prototype":{"polluted":1}}}]}',
      ]),
    ),
  // 100,000 periods or changes, on one card (on every card the file grows past 200 MB)
  (db, r) =>
    db
      .prepare(`UPDATE cards SET ${choose(r, ['metric', 'loop'])} = ? WHERE rowid = (SELECT rowid FROM cards ORDER BY rowid LIMIT 1 OFFSET ${int(r, 50)})`)
      .run(
        r() < 0.5
          ? JSON.stringify({ type: 'process', definition: '', unit: '', department: '', source: '', period: '', direction: 'lower', display: 'gauge', values: Array.from({ length: 100_000 }, (_, i) => ({ period: `${i}`, value: i })) })
          : JSON.stringify({ status: 'assessed', owner: '王敏', plan: 'p', check: 'c', history: Array.from({ length: 100_000 }, (_, i) => ({ status: 'found', by: 'x', at: `2026-01-${i}` })) }),
      ),
  (db, r) => db.exec(`UPDATE cards SET ${choose(r, ['metric', 'loop'])} = ${choose(r, ['42', "x'00ff'", '-1e308', "'NaN'", `'[' || replace(hex(zeroblob(50000)), '00', '{},') || '{}]'`])}`),
  (db, r) => db.prepare(`UPDATE personas SET ${choose(r, ['goals', 'quote', 'name', 'description'])} = ?`).run(choose(r, [...HOSTILE_TEXT, deepJson(3000), 42, null, '{"__proto__":{"polluted":1}}'])),
  (db, r) => db.exec(`UPDATE curves SET persona_id = ${choose(r, ["'no-such-persona'", 'NULL', "''", '42', "x'00ff'", "'__proto__'", "'constructor'", '(SELECT id FROM personas LIMIT 1)'])}`),
  (db, r) =>
    db.prepare('UPDATE map SET title_personas = ?').run(
      choose(r, [
        'not json',
        '"persona-1"',
        '{"0":"persona-1"}',
        '[]',
        '["persona-1","persona-1","no-such-persona"]',
        '["__proto__","constructor","toString"]',
        '[1, null, {"__proto__":{"polluted":1}}]',
        JSON.stringify(Array.from({ length: 100_000 }, () => 'persona-1')),
        deepJson(3000),
      ]),
    ),
  (db) => db.exec("INSERT INTO personas (id, ord, name, description) WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000) SELECT 'px' || i, 'a0', 'P', '' FROM n"),
  (db, r) => db.exec(`UPDATE cards SET steps = ${choose(r, ['42', "x'00ff'", '-1e308', `'[' || replace(hex(zeroblob(50000)), '00', '"s",') || '"s"]'`])}`),
  (db) => db.exec('INSERT INTO cards SELECT * FROM cards'),
  // versions: unreadable, hostile or enormous snapshots, wrong columns
  (db, r) => db.prepare('UPDATE versions SET data = ?').run(choose(r, [Buffer.from('not brotli'), Buffer.alloc(0), zlib.brotliCompressSync('[1,2]'), zlib.brotliCompressSync('{"map":null}'), zlib.brotliCompressSync(deepJson(5000))])),
  (db) => db.prepare('UPDATE versions SET data = ?').run(bomb()),
  (db, r) => db.prepare(`UPDATE versions SET ${choose(r, ['name', 'created_at', 'counts', 'id'])} = ?`).run(choose(r, [...HOSTILE_TEXT, deepJson(3000), 42, null])),
  (db, r) => db.exec(`UPDATE versions SET counts = ${choose(r, ["'{\"cards\":-1}'", "'null'", "x'00'", '7'])}`),
  (db) => db.exec('DROP TABLE versions; CREATE TABLE versions (x)'),
  // format 7: images on cards, a persona photo, the thumbnail
  (db, r) =>
    db.prepare(`UPDATE cards SET images = ? WHERE rowid % ${1 + int(r, 4)} = 0`).run(
      choose(r, [
        'not json',
        '"' + 'a'.repeat(64) + '"',
        '["../../etc/passwd"]',
        '["' + 'A'.repeat(64) + '"]',
        JSON.stringify(Array.from({ length: 100_000 }, (_, i) => i.toString(16).padStart(64, '0'))),
        '[{"__proto__":{"polluted":1}}]',
        deepJson(3000),
        '[]',
      ]),
    ),
  (db, r) => db.exec(`UPDATE personas SET photo = ${choose(r, ["'../../etc/passwd'", "'" + 'f'.repeat(64) + "'", '42', "x'00ff'", "'__proto__'", 'NULL', "'file:///etc/passwd'"])}`),
  (db, r) =>
    db.exec(
      choose(r, [
        "INSERT INTO thumbnail VALUES (x'89504e47', 1, 1, 't')",
        `INSERT INTO thumbnail VALUES (zeroblob(${50 * 1024 * 1024}), 100000, 100000, 't')`,
        "INSERT INTO thumbnail WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000) SELECT x'00', i, i, 't' FROM n",
        'DROP TABLE thumbnail; CREATE TABLE thumbnail (x)',
      ]),
    ),
];

function sqlMutation(seed: Buffer, random: Random): Buffer {
  const db = new Database(seed);
  try {
    db.pragma('foreign_keys = OFF');
    for (let i = 0, n = 1 + int(random, 3); i < n; i++) {
      try {
        (choose(random, SQL_MUTATIONS) as (db: Database.Database, r: Random) => void)(db, random);
      } catch {
        // a mutation that does not fit this file (a column already gone) is simply skipped
      }
    }
    // Schema-level, the file's own SQL that must never run (see tests/hostile/files.ts), comes
    // last: a recursive view would make any later mutation run for ever here.
    if (random() < 0.5) {
      try {
        (choose(random, SCHEMA_MUTATIONS) as (db: Database.Database, r: Random) => void)(db, random);
      } catch {
        // does not fit this file
      }
    }
    return db.serialize();
  } finally {
    db.close();
  }
}

// Changes made to the bytes: damaged files.
function byteMutation(seed: Buffer, random: Random): Buffer {
  const bytes = Buffer.from(seed);
  switch (int(random, 6)) {
    case 0: // bit flips anywhere
      for (let i = 0, n = 1 + int(random, 20); i < n; i++) {
        const at = int(random, bytes.length);
        bytes[at] = (bytes[at] as number) ^ (1 << int(random, 8));
      }
      return bytes;
    case 1: // bit flips in the 100-byte header, where SQLite keeps its own settings
      for (let i = 0, n = 1 + int(random, 4); i < n; i++) {
        const at = int(random, 100);
        bytes[at] = (bytes[at] as number) ^ (1 << int(random, 8));
      }
      return bytes;
    case 2: // truncated
      return bytes.subarray(0, int(random, bytes.length));
    case 3: { // one page replaced by noise or zeros
      const page = int(random, Math.max(1, Math.floor(bytes.length / PAGE)));
      const noise = random() < 0.5;
      for (let i = page * PAGE; i < Math.min(bytes.length, (page + 1) * PAGE); i++) bytes[i] = noise ? int(random, 256) : 0;
      return bytes;
    }
    case 4: { // wrong settings written straight into the header (offset: size in bytes)
      const [at, size] = choose(random, [[16, 2], [18, 1], [19, 1], [20, 1], [21, 1], [28, 4], [44, 4], [52, 4], [56, 4], [60, 4], [64, 4], [68, 4]] as const);
      for (let i = 0; i < size; i++) bytes[at + i] = int(random, 256);
      return bytes;
    }
    default: // random pages appended or the file repeated
      return random() < 0.5 ? Buffer.concat([bytes, Buffer.from(Array.from({ length: PAGE * (1 + int(random, 3)) }, () => int(random, 256)))]) : Buffer.concat([bytes, bytes]);
  }
}

/** Case n: a mutated project file (or, now and then, something that is not one at all). */
export function mutatedFile(allSeeds: Buffer[], runSeed: number, n: number): { bytes: Buffer; how: string } {
  const random = prng(runSeed * 1_000_003 + n);
  const seed = choose(random, allSeeds);
  const roll = random();
  if (roll < 0.45) return { bytes: byteMutation(seed, random), how: 'bytes' };
  if (roll < 0.9) return { bytes: sqlMutation(seed, random), how: 'sql' };
  if (roll < 0.95) return { bytes: byteMutation(sqlMutation(seed, random), random), how: 'sql+bytes' };
  return { bytes: Buffer.from(Array.from({ length: int(random, 5000) }, () => int(random, 256))), how: 'noise' };
}
