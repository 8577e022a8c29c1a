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
