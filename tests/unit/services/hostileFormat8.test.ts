// A hostile .cjm aimed at the records of format 8: views and review comments. A broken list in a
// view leaves nothing out of it, a comment pinned to nothing or with a made-up time is dropped
// with a clear problem, over-long text is cut, replies that answer each other in a ring load
// without any loop; the rest of the map is untouched.
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { DocumentService } from '../../../electron/services/documents.ts';
import { writeProject } from '../../../electron/services/projectFile.ts';
import { createDocument } from '../../../shared/templates.ts';
import { parseDocument } from '../../../shared/validate.ts';
import { brokenInvariants } from '../ops/properties.ts';
import { tempDir } from './tmp.ts';

const documents = new DocumentService({ userDataDir: tempDir(), appVersion: 'test' });
afterAll(() => documents.dispose());
const doc = createDocument('car-dealer', 'en');
const card = Object.keys(doc.cards)[0] as string;
const AT = '2026-12-02T09:00:00.000Z';

describe('hostile views and comments', () => {
  it('broken lists, prototype keys, missing targets, odd times, huge text and reply rings: a clear problem each, nothing else lost', async () => {
    const file = path.join(tempDir(), 'format8.cjm');
    writeProject(file, doc);
    const db = new Database(file);
    const view = db.prepare('INSERT INTO views (id, ord, name, stages_left_out, lanes_left_out, curves_left_out, extra) VALUES (?, ?, ?, ?, ?, ?, ?)');
    view.run('v1', 'a0', 'Client', '{"__proto__":{"polluted":1}}', '["x"]', 'not json', null);
    view.run('v2', 'a1', 'Huge', JSON.stringify(Array.from({ length: 20_000 }, (_, i) => `s${i}`)), null, null, '{"__proto__":{"polluted":1},"future":"kept"}');
    view.run('__proto__', 'a2', 'Proto', '[]', '[]', '[]', null);
    const comment = db.prepare('INSERT INTO comments (id, target, target_id, reply_to, author, text, created_at, resolved) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
    comment.run('c1', 'card', null, null, 'W', 'pinned to nothing', AT, 0);
    comment.run('c2', 'stage', 'x', null, 'W', 'not a target kind', AT, 0);
    comment.run('c3', 'map', null, null, 'W', 'when?', "1'; DROP TABLE cards; --", 0);
    comment.run('c4', 'card', card, null, 'W', 'x'.repeat(1_000_000), AT, 1);
    comment.run('r1', 'card', card, 'r2', 'A', 'ring', AT, 0);
    comment.run('r2', 'card', card, 'r1', 'B', 'ring', AT, 0);
    db.close();

    const { doc: got, problems } = await documents.open(file);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(brokenInvariants(got)).toEqual([]);
    expect(() => parseDocument(structuredClone(got))).not.toThrow();
    expect(got.cards).toEqual(doc.cards);
    expect(got.views.v1).toMatchObject({ stagesLeftOut: [], lanesLeftOut: ['x'], curvesLeftOut: [] });
    expect(got.views.v2).toMatchObject({ stagesLeftOut: [], future: 'kept' });
    expect(Object.hasOwn(got.views, '__proto__')).toBe(false);
    expect(Object.keys(got.comments).sort()).toEqual(['c4', 'r1', 'r2']);
    expect(got.comments.c4?.text).toHaveLength(20_000);
    const said = problems.join('\n');
    expect(said).toMatch(/view 'v1'.*stagesLeftOut/);
    expect(said).toMatch(/view 'v2'.*stagesLeftOut/);
    expect(said).toMatch(/comment 'c1'.*targetId/);
    expect(said).toMatch(/comment 'c2'.*target/);
    expect(said).toMatch(/comment 'c3'.*createdAt/);
    expect(said).toMatch(/comment 'c4'.*cut to 20000/);
  });
});
