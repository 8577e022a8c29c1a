import { createHash } from 'node:crypto';
import { readImage } from '../../../electron/services/imageStore.ts';
import { png } from '../imageBytes.ts';
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, checkMigrations, migrate, migrations, type Migration } from '../../../electron/services/migrations.ts';
import { APPLICATION_ID, readProject, writeProject } from '../../../electron/services/projectFile.ts';
import { tempDir } from './tmp.ts';

describe('migrations', () => {
  it('run in order, once each, recording the version after each', () => {
    const ran: number[] = [];
    const list: Migration[] = [1, 2, 3].map((version) => ({
      version,
      name: `m${version}`,
      up: (db) => {
        ran.push(version);
        expect(db.pragma('user_version', { simple: true })).toBe(version - 1);
        db.exec(`CREATE TABLE t${version} (x)`);
      },
    }));
    const db = new Database(':memory:');
    expect(migrate(db, list.slice(0, 1))).toEqual([1]);
    expect(migrate(db, list)).toEqual([2, 3]);
    expect(migrate(db, list)).toEqual([]);
    expect(ran).toEqual([1, 2, 3]);
    expect(db.pragma('user_version', { simple: true })).toBe(3);
  });

  it('a failing migration rolls back its own changes and stops there', () => {
    const db = new Database(':memory:');
    const list: Migration[] = [
      { version: 1, name: 'ok', up: (d) => d.exec('CREATE TABLE a (x)') },
      {
        version: 2,
        name: 'fails',
        up: (d) => {
          d.exec('CREATE TABLE b (x)');
          throw new Error('boom');
        },
      },
    ];
    expect(() => migrate(db, list)).toThrow('boom');
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'b'").get()).toBeUndefined();
  });

  it('must be numbered 1, 2, 3…', () => {
    expect(() => checkMigrations([{ version: 1, name: 'a', up: () => {} }, { version: 3, name: 'c', up: () => {} }])).toThrow(/expected 2/);
    expect(() => checkMigrations(migrations)).not.toThrow();
  });

  it('a file of format 1 is migrated in memory when opened (the file is not changed) and upgraded when saved', () => {
    const file = path.join(tempDir(), 'old.cjm');
    const db = new Database(file);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    migrate(db, migrations.slice(0, 1));
    db.prepare("INSERT INTO map (id, title, description, locale, scale) VALUES (1, 'Old map', '', 'en', '-2..+2')").run();
    db.prepare("INSERT INTO stages (id, ord, title) VALUES ('s', 'a0', 'Aware')").run();
    db.prepare("INSERT INTO lanes (id, ord, kind, title, hidden) VALUES ('l', 'a0', 'needs', 'Needs', 0)").run();
    db.close();
    const before = fs.readFileSync(file);
    const { doc } = readProject(file);
    expect(doc.map.title).toBe('Old map');
    expect(doc.stages.s?.title).toBe('Aware');
    expect(doc.lanes.l).toEqual({ id: 'l', order: 'a0', kind: 'needs', title: 'Needs', hidden: false });
    expect(fs.readFileSync(file).equals(before)).toBe(true);

    // Saving brings the file itself up to date.
    doc.lanes.l!.collapsed = true;
    writeProject(file, doc);
    const upgraded = new Database(file, { readonly: true });
    expect(upgraded.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    upgraded.close();
    expect(readProject(file).doc.lanes.l?.collapsed).toBe(true);
  });
});

describe('migration 3: emotion curves', () => {
  it('a map saved in format 2 opens with its points on a "current experience" curve', () => {
    const file = path.join(tempDir(), 'format2.cjm');
    const db = new Database(file);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    migrate(db, migrations.slice(0, 2));
    db.prepare("INSERT INTO map (id, title, description, locale, scale) VALUES (1, '首次到店', '', 'zh-CN', '-2..+2')").run();
    db.prepare("INSERT INTO stages (id, ord, title) VALUES ('s', 'a0', '选车')").run();
    db.prepare("INSERT INTO scenes (id, stage_id, ord, title, channel) VALUES ('sc', 's', 'a0', '到店', 'offline')").run();
    db.prepare("INSERT INTO emotion_points (id, scene_id, ord, score, note) VALUES ('p', 'sc', 'a0', -2, '没人接待')").run();
    db.close();
    const before = fs.readFileSync(file);

    const { doc, problems } = readProject(file);
    expect(problems).toEqual([]);
    expect(doc.curves).toEqual({ 'curve-current': { id: 'curve-current', order: 'a0', name: '当前体验', colour: '#db2777', hidden: false } });
    expect(doc.emotionPoints.p).toEqual({ id: 'p', curveId: 'curve-current', sceneId: 'sc', order: 'a0', score: -2, note: '没人接待' });
    expect(fs.readFileSync(file).equals(before)).toBe(true);

    writeProject(file, doc);
    const saved = new Database(file, { readonly: true });
    expect(saved.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    saved.close();
    expect(readProject(file).doc).toEqual(doc);
  });
});

describe('migration 5: opportunity scores, service actions and relations', () => {
  it('a map saved in format 4 keeps its scores and weights (moved out of the unknown fields) and can then hold relations', () => {
    const file = path.join(tempDir(), 'format4.cjm');
    const db = new Database(file);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    migrate(db, migrations.slice(0, 4));
    const weights = { need: 2, pain: 1, visibility: 0.5 };
    const scores = { pain: { value: 4, reason: '等太久' }, feasibility: { value: 5, reason: '' } };
    db.prepare("INSERT INTO map (id, title, description, locale, scale, extra) VALUES (1, '首次到店', '', 'zh-CN', '-2..+2', ?)").run(JSON.stringify({ opportunityWeights: weights, future: 1 }));
    db.prepare("INSERT INTO stages (id, ord, title) VALUES ('s', 'a0', '选车')").run();
    db.prepare("INSERT INTO scenes (id, stage_id, ord, title, channel) VALUES ('sc', 's', 'a0', '到店', 'offline')").run();
    db.prepare("INSERT INTO lanes (id, ord, kind, title, hidden) VALUES ('lo', 'a0', 'opportunities', '机会点', 0), ('lp', 'a1', 'painpoints', '痛点', 0)").run();
    db.prepare("INSERT INTO cards (id, lane_id, scene_id, ord, text, extra) VALUES ('o', 'lo', 'sc', 'a0', '迎宾', ?), ('bad', 'lo', 'sc', 'a1', '坏', '{not json')").run(JSON.stringify({ scores, keepMe: 'x' }));
    db.prepare("INSERT INTO cards (id, lane_id, scene_id, ord, text, severity) VALUES ('p', 'lp', 'sc', 'a0', '没人接待', 3)").run();
    db.close();
    const before = fs.readFileSync(file);

    const { doc, problems } = readProject(file);
    expect(doc.cards.o).toMatchObject({ scores, keepMe: 'x' });
    expect(doc.map.opportunityWeights).toEqual(weights);
    expect((doc.map as Record<string, unknown>).future).toBe(1);
    expect(doc.relations).toEqual({});
    // the unreadable extra is said, not fatal; the card keeps its text
    expect(problems.join('\n')).toMatch(/cards row 'bad', column 'extra'/);
    expect(doc.cards.bad?.text).toBe('坏');
    expect(fs.readFileSync(file).equals(before)).toBe(true);

    doc.relations.r = { id: 'r', kind: 'addresses', fromCardId: 'o', toCardId: 'p' };
    writeProject(file, doc);
    const saved = new Database(file, { readonly: true });
    expect(saved.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(saved.prepare("SELECT scores, extra FROM cards WHERE id = 'o'").get()).toEqual({ scores: JSON.stringify(scores), extra: JSON.stringify({ keepMe: 'x' }) });
    expect(saved.prepare('SELECT kind, from_card, to_card, to_point FROM relations').all()).toEqual([{ kind: 'addresses', from_card: 'o', to_card: 'p', to_point: null }]);
    saved.close();
    expect(readProject(file).doc).toEqual(doc);
  });
});

describe('migration 6: metrics, the closed loop, persona details', () => {
  it('a map saved in format 5 opens unchanged and then keeps metrics, loops, persona goals and a curve of a persona', () => {
    const file = path.join(tempDir(), 'format5.cjm');
    const db = new Database(file);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    migrate(db, migrations.slice(0, 5));
    db.prepare("INSERT INTO map (id, title, description, locale, scale) VALUES (1, 'Dealer', '', 'en', '-2..+2')").run();
    db.prepare("INSERT INTO stages (id, ord, title) VALUES ('s', 'a0', 'Buy')").run();
    db.prepare("INSERT INTO scenes (id, stage_id, ord, title, channel) VALUES ('sc', 's', 'a0', 'Showroom', 'offline')").run();
    db.prepare("INSERT INTO lanes (id, ord, kind, title, hidden) VALUES ('lp', 'a0', 'painpoints', 'Pains', 0), ('lm', 'a1', 'metrics', 'Metrics', 0)").run();
    db.prepare("INSERT INTO cards (id, lane_id, scene_id, ord, text, severity) VALUES ('p', 'lp', 'sc', 'a0', 'Nobody greets me', 3), ('m', 'lm', 'sc', 'a0', 'NPS', NULL)").run();
    db.prepare("INSERT INTO curves (id, ord, name, colour, hidden) VALUES ('c', 'a0', 'Now', '#db2777', 0)").run();
    db.prepare("INSERT INTO personas (id, ord, name, description) VALUES ('li', 'a0', 'Li Wei', '32')").run();
    db.close();

    const { doc, problems } = readProject(file);
    expect(problems).toEqual([]);
    expect(doc.personas.li).toEqual({ id: 'li', order: 'a0', name: 'Li Wei', description: '32' });
    doc.cards.p!.loop = { status: 'planned', owner: 'Service manager', due: '2026-12-20', plan: 'Greeter at the door', check: '', history: [{ status: 'planned', by: 'Li', at: '2026-12-01T10:00:00Z' }] };
    doc.cards.m!.metric = { nps: true, type: 'outcome', definition: 'Would you recommend us?', unit: '', department: 'Service', source: 'Survey', period: 'month', target: 40, direction: 'higher', display: 'trend', values: [{ period: '2026-11', promoters: 50, passives: 30, detractors: 20 }] };
    doc.personas.li!.goals = 'A safe family car';
    doc.curves.c!.personaId = 'li';
    doc.map.titlePersonas = ['li'];
    writeProject(file, doc);
    const saved = new Database(file, { readonly: true });
    expect(saved.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(saved.prepare("SELECT extra FROM cards WHERE id = 'p'").get()).toEqual({ extra: null });
    saved.close();
    expect(readProject(file).doc).toEqual(doc);
  });

  it('a map saved in format 6 keeps its stored images and then holds images on cards, a persona photo and a thumbnail', () => {
    const file = path.join(tempDir(), 'format6.cjm');
    const db = new Database(file);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    migrate(db, migrations.slice(0, 6));
    db.prepare("INSERT INTO map (id, title, description, locale, scale) VALUES (1, 'Dealer', '', 'en', '-2..+2')").run();
    db.prepare("INSERT INTO stages (id, ord, title) VALUES ('s', 'a0', 'Buy')").run();
    db.prepare("INSERT INTO scenes (id, stage_id, ord, title, channel) VALUES ('sc', 's', 'a0', 'Showroom', 'offline')").run();
    db.prepare("INSERT INTO lanes (id, ord, kind, title, hidden) VALUES ('li', 'a0', 'images', 'Photos', 0)").run();
    db.prepare("INSERT INTO cards (id, lane_id, scene_id, ord, text) VALUES ('photo', 'li', 'sc', 'a0', 'Entrance')").run();
    db.prepare("INSERT INTO personas (id, ord, name, description) VALUES ('p', 'a0', 'Li Wei', '32')").run();
    const bytes = png(9, 7);
    const image = { id: createHash('sha256').update(bytes).digest('hex') };
    db.prepare("INSERT INTO images (id, mime, width, height, size, bytes, preview, created_at) VALUES (?, 'image/png', 9, 7, ?, ?, NULL, 't')").run(image.id, bytes.length, bytes);
    db.close();

    const { doc, problems } = readProject(file);
    expect(problems).toEqual([]);
    expect(doc.cards.photo).not.toHaveProperty('images');
    doc.cards.photo!.images = [image.id];
    doc.personas.p!.photo = image.id;
    doc.scenes.sc!.personaIds = ['p'];
    writeProject(file, doc);
    const saved = new Database(file, { readonly: true });
    expect(saved.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(saved.prepare("SELECT images, extra FROM cards WHERE id = 'photo'").get()).toEqual({ images: JSON.stringify([image.id]), extra: null });
    expect(saved.prepare('SELECT count(*) AS n FROM thumbnail').get()).toEqual({ n: 0 });
    expect(saved.prepare("SELECT persona_ids, extra FROM scenes WHERE id = 'sc'").get()).toEqual({ persona_ids: '["p"]', extra: null });
    saved.close();
    expect(readProject(file).doc).toEqual(doc);
    expect(readImage(file, image.id)).toMatchObject({ width: 9, height: 7 });
  });

  it('a map saved in format 7 opens with no views or comments and then holds them, one row each', () => {
    const file = path.join(tempDir(), 'format7.cjm');
    const db = new Database(file);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    migrate(db, migrations.slice(0, 7));
    db.prepare("INSERT INTO map (id, title, description, locale, scale) VALUES (1, '试驾', '', 'zh-CN', '-2..+2')").run();
    db.prepare("INSERT INTO stages (id, ord, title) VALUES ('s', 'a0', '到店')").run();
    db.prepare("INSERT INTO scenes (id, stage_id, ord, title, channel) VALUES ('sc', 's', 'a0', '展厅', 'offline')").run();
    db.prepare("INSERT INTO lanes (id, ord, kind, title, hidden) VALUES ('l', 'a0', 'metrics', '指标', 0)").run();
    db.prepare("INSERT INTO cards (id, lane_id, scene_id, ord, text) VALUES ('c', 'l', 'sc', 'a0', 'NPS')").run();
    db.close();

    const { doc, problems } = readProject(file);
    expect(problems).toEqual([]);
    expect(doc.views).toEqual({});
    expect(doc.comments).toEqual({});
    doc.views.v = { id: 'v', order: 'a0', name: '客户视图', stagesLeftOut: [], lanesLeftOut: ['l'], curvesLeftOut: [] };
    doc.comments.k = { id: 'k', target: 'card', targetId: 'c', author: '王经理', text: '这个指标谁来统计？', createdAt: '2026-12-02T01:00:00.000Z', resolved: false };
    doc.comments.r = { id: 'r', target: 'card', targetId: 'c', replyTo: 'k', author: 'Li', text: '售后经理', createdAt: '2026-12-02T01:05:00.000Z', resolved: false };
    writeProject(file, doc);
    const saved = new Database(file, { readonly: true });
    expect(saved.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(saved.prepare("SELECT name, lanes_left_out, extra FROM views WHERE id = 'v'").get()).toEqual({ name: '客户视图', lanes_left_out: '["l"]', extra: null });
    expect(saved.prepare('SELECT id, target, target_id, reply_to, resolved FROM comments ORDER BY id').all()).toEqual([
      { id: 'k', target: 'card', target_id: 'c', reply_to: null, resolved: 0 },
      { id: 'r', target: 'card', target_id: 'c', reply_to: 'k', resolved: 0 },
    ]);
    saved.close();
    expect(readProject(file).doc).toEqual(doc);
  });
});
