// No file can hang or flood the app: a hostile map inside a PNG or PDF, a FIFO where a map or a
// lock should be, a PDF that takes forever or needs gigabytes, JSON nested 100,000 deep; and
// the smaller items: stale temp files, locks respected without an owner, no folders in errors.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { removeStaleTemps } from '../../../electron/services/atomicFile.ts';
import { DocumentService } from '../../../electron/services/documents.ts';
import { lockFileOf } from '../../../electron/services/fileLocks.ts';
import { createHandlers } from '../../../electron/services/handlers.ts';
import { FolderJail } from '../../../electron/services/pathPolicy.ts';
import { nodeParseChild } from '../../../electron/services/parser/nodeChild.ts';
import { Parser } from '../../../electron/services/parser/parser.ts';
import { writeProject } from '../../../electron/services/projectFile.ts';
import type { ExportService } from '../../../electron/services/exportService.ts';
import { relationMisfit } from '../../../shared/relations.ts';
import { createDocument } from '../../../shared/templates.ts';
import { ENDLESS_VIEW, hostileBytes, pdfCarrying, pngCarrying } from '../../hostile/files.ts';
import { tempDir } from './tmp.ts';

const documents = new DocumentService({ userDataDir: tempDir(), appVersion: 'test' });
afterAll(() => documents.dispose());
const doc = createDocument('car-dealer', 'en');

const endlessMap = () => hostileBytes(ENDLESS_VIEW);

const timed = async <T>(work: () => Promise<T>): Promise<{ value?: T; error?: unknown; ms: number }> => {
  const start = performance.now();
  const outcome = await work().then((value) => ({ value }), (error: unknown) => ({ error }));
  return { ...outcome, ms: performance.now() - start };
};

describe('no file can hang the app', () => {
  it('an endless recursive view inside a .cjm, a PNG and a PDF: refused at once', async () => {
    const dir = tempDir();
    const files = {
      'endless.cjm': endlessMap(),
      'endless.png': pngCarrying(endlessMap()),
      'endless.pdf': Buffer.from(await pdfCarrying(endlessMap())),
    };
    for (const [name, bytes] of Object.entries(files)) {
      fs.writeFileSync(path.join(dir, name), bytes);
      const { error, ms } = await timed(() => documents.open(path.join(dir, name)));
      expect(error, name).toMatchObject({ code: 'corrupt', message: expect.stringContaining("'cards' is a view, not a table") });
      expect(ms, name).toBeLessThan(5000);
    }
  }, 30_000);

  it('a FIFO named like a map is refused at once, without blocking', async () => {
    const dir = tempDir();
    const fifo = path.join(dir, 'x.cjm');
    execFileSync('mkfifo', [fifo]);
    for (const open of [() => documents.open(fifo), () => documents.listVersions(fifo)] as (() => Promise<unknown>)[]) {
      const { error, ms } = await timed(open);
      expect(error).toMatchObject({ code: 'not-a-map', message: 'x.cjm: is not a regular file (a pipe, device or socket), not a journey map' });
      expect(ms).toBeLessThan(5000);
    }
    // Saving over it replaces the FIFO with a map, without ever opening it.
    await documents.save(fifo, doc);
    expect(fs.statSync(fifo).isFile()).toBe(true);
  }, 30_000);

  it('a FIFO in place of the lock file beside a map: the map opens and saves, the FIFO is never read', async () => {
    const file = path.join(tempDir(), 'map.cjm');
    writeProject(file, doc);
    execFileSync('mkfifo', [lockFileOf(file)]);
    const { value, ms } = await timed(() => documents.open(file, 'window-fifo-1'));
    expect(ms).toBeLessThan(5000);
    expect(value?.lockedBy).toBeUndefined();
    await expect(documents.save(file, doc, value?.stamp ?? undefined, 'window-fifo-1')).resolves.toMatchObject({ path: file });
    documents.close('window-fifo-1');
  }, 30_000);

  it('a PDF without its end-of-file trailer is refused before any parsing', async () => {
    const file = path.join(tempDir(), 'garbage.pdf');
    fs.writeFileSync(file, Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(4 * 1024 * 1024, 7)]));
    const { error, ms } = await timed(() => documents.open(file));
    expect(error).toMatchObject({ code: 'corrupt', message: 'garbage.pdf: the PDF file is damaged and cannot be read (it has no end-of-file trailer)' });
    expect(ms).toBeLessThan(2000);
  });

  it('a PDF that takes too long is stopped at the time limit, and the next file opens', async () => {
    const dir = tempDir();
    const slow = path.join(dir, 'slow.pdf');
    // Megabytes of garbage behind a PDF header: pdf-lib searches it for objects for many seconds.
    const garbage = Buffer.alloc(4 * 1024 * 1024);
    for (let i = 0; i < garbage.length; i++) garbage[i] = (i * 2654435761) >>> 24;
    // (With an end-of-file trailer, so it is not refused before pdf-lib starts on it.)
    fs.writeFileSync(slow, Buffer.concat([Buffer.from('%PDF-1.7\n'), garbage, Buffer.from('\nstartxref\n0\n%%EOF\n')]));
    const good = path.join(dir, 'good.cjm');
    writeProject(good, doc);
    const parser = new Parser({ spawn: () => nodeParseChild(), timeLimitMs: 1000 });
    try {
      const { error, ms } = await timed(() => parser.run({ job: 'open', file: slow }));
      expect(error).toMatchObject({ code: 'too-large', message: 'slow.pdf: is too large or malformed to open (reading it took longer than 1 s)' });
      expect(ms).toBeLessThan(4000);
      await expect(parser.run({ job: 'open', file: good })).resolves.toMatchObject({ imported: false });
    } finally {
      parser.dispose();
    }
  }, 30_000);

  it('a PDF that needs more memory than allowed ends only the parse process', async () => {
    const file = path.join(tempDir(), 'many.pdf');
    const parts = ['%PDF-1.7\n'];
    for (let i = 1; i < 300_000; i++) parts.push(`${i} 0 obj\n<< /A [1 2 3 4 5 6 7 8] /B (hello world) >>\nendobj\n`);
    fs.writeFileSync(file, `${parts.join('')}startxref\n0\n%%EOF\n`);
    const parser = new Parser({ spawn: () => nodeParseChild(48), timeLimitMs: 20_000 });
    try {
      await expect(parser.run({ job: 'open', file })).rejects.toMatchObject({ code: 'too-large', message: 'many.pdf: is too large or malformed to open (reading it needed more memory than allowed)' });
      await expect(parser.run({ job: 'versions', file: path.join(tempDir(), 'none.cjm') })).rejects.toMatchObject({ code: 'not-found' });
    } finally {
      parser.dispose();
    }
  }, 30_000);
});

describe('smaller items', () => {
  it('JSON nested 100,000 deep in a record is the ordinary repaired-record message, and the answer can be sent', async () => {
    const file = path.join(tempDir(), 'deep.cjm');
    writeProject(file, doc);
    const db = new Database(file);
    db.prepare('UPDATE cards SET extra = ? WHERE rowid = 1').run(`${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    db.prepare('UPDATE cards SET tags = ? WHERE rowid = 2').run(`${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`);
    db.close();
    const opened = await documents.open(file);
    expect(opened.problems).toHaveLength(2);
    expect(opened.problems[0]).toMatch(/not valid JSON \(or nested too deeply\)/);
    expect(() => JSON.stringify(opened)).not.toThrow();
  });

  it('temp files left by killed saves are removed by the next save; a live writer’s are kept', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'map.cjm');
    writeProject(file, doc);
    const dead = 2 ** 22 + 12_345;
    const left = [`map.cjm.tmp-${dead}-deadbeef`, `map.cjm.tmp-${dead}-deadbeef-journal`, 'map.cjm.tmp-0badf00d', 'map.cjm.tmp-0badf00d-journal'];
    for (const name of left) fs.writeFileSync(path.join(dir, name), 'x');
    const old = new Date(Date.now() - 3_600_000);
    fs.utimesSync(path.join(dir, 'map.cjm.tmp-0badf00d'), old, old);
    fs.utimesSync(path.join(dir, 'map.cjm.tmp-0badf00d-journal'), old, old);
    const live = `map.cjm.tmp-${process.ppid}-12345678`;
    fs.writeFileSync(path.join(dir, live), 'x');
    fs.writeFileSync(path.join(dir, 'other.cjm.tmp-0badf00d'), 'x');
    await documents.save(file, doc);
    expect(fs.readdirSync(dir).sort()).toEqual(['map.cjm', live, 'other.cjm.tmp-0badf00d'].sort());
    expect(removeStaleTemps(file)).toEqual([]);
  });

  it('a save without an owner respects a lock another running program holds', async () => {
    const file = path.join(tempDir(), 'map.cjm');
    writeProject(file, doc);
    // The parent of this test process is alive and is not us: its lock is live.
    fs.writeFileSync(lockFileOf(file), JSON.stringify({ user: 'li', host: (await import('node:os')).hostname(), pid: process.ppid, since: new Date().toISOString() }));
    const before = fs.readFileSync(file);
    await expect(documents.save(file, { ...doc, map: { ...doc.map, title: 'mine' } })).rejects.toMatchObject({ code: 'locked' });
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('errors sent to the window carry no folders, only file names', async () => {
    const root = tempDir();
    const handlers = createHandlers({
      documents,
      exports: {} as ExportService,
      policy: new FolderJail(root),
      appInfo: () => ({ version: 'test', shell: 'web', systemLocale: 'en' }),
      extra: {
        'fs:list': () => {
          throw new Error(`ENOENT: no such file or directory, scandir '${root}/missing/folder'`);
        },
      },
      log: () => undefined,
    });
    fs.mkdirSync(path.join(root, 'sub'));
    fs.writeFileSync(path.join(root, 'sub', 'bad.cjm'), 'not a map');
    const answers = [await handlers.get('fs:list')?.({ dir: '' }), await handlers.get('doc:open')?.({ path: path.join(root, 'sub', 'bad.cjm') })];
    for (const answer of answers) {
      expect(answer?.ok).toBe(false);
      expect(JSON.stringify(answer)).not.toContain(root);
    }
    expect(answers[0]).toMatchObject({ error: { code: 'internal', message: "fs:list: Error: ENOENT: no such file or directory, scandir 'folder'" } });
  });
});

describe('hostile relations and service action fields', () => {
  it('dangling, double, empty, wrong-kind and 100,000 relations, broken steps, roles and measures: a clear problem list, nothing else lost, in bounded time', async () => {
    const file = path.join(tempDir(), 'relations.cjm');
    writeProject(file, doc);
    const opportunity = 'card-choose-visit-opportunities-1';
    const pain = 'card-choose-visit-painpoints-1';
    const action = 'card-choose-visit-service-actions-5';
    const need = 'card-aware-video-needs-1';
    const db = new Database(file);
    const insert = db.prepare('INSERT INTO relations (id, kind, from_card, to_card, to_point, extra) VALUES (?, ?, ?, ?, ?, ?)');
    const hostile: [string, string, string, string | null, string | null, string | null][] = [
      ['h-from-nowhere', 'addresses', 'no-such-card', pain, null, null],
      ['h-to-nowhere', 'delivers', action, 'no-such-card', null, null],
      ['h-to-no-point', 'addresses', opportunity, null, 'no-such-point', null],
      ['h-both', 'addresses', opportunity, 'card-aware-video-touchpoints-1', 'emotion-choose-visit', null],
      ['h-neither', 'addresses', opportunity, null, null, null],
      ['h-no-kind', 'nonsense', opportunity, pain, null, null],
      ['h-wrong-from', 'addresses', need, pain, null, null],
      ['h-wrong-to', 'delivers', action, pain, null, null],
      ['h-point-delivered', 'delivers', action, null, 'emotion-choose-visit', null],
      ['h-again', 'delivers', action, opportunity, null, null],
      // a name that is a valid id but also the name of every object's prototype
      ['__proto__', 'addresses', opportunity, 'card-choose-visit-touchpoints-2', null, '{"__proto__":{"polluted":1}}'],
    ];
    for (const row of hostile) insert.run(...row);
    // 100,000 more from one opportunity to cards of every kind: most do not fit, the rest repeat
    const cardIds = (db.prepare('SELECT id FROM cards ORDER BY id').all() as { id: string }[]).map((c) => c.id);
    db.transaction(() => {
      for (let i = 0; i < 100_000; i++) insert.run(`bulk-${i}`, 'addresses', opportunity, cardIds[i % cardIds.length], null, null);
    })();
    // service action columns that are not what they should be
    const setCard = (column: string, value: string, id: string) => db.prepare(`UPDATE cards SET ${column} = ? WHERE id = ?`).run(value, id);
    setCard('steps', '{"a":1}', 'card-choose-visit-service-actions-1');
    setCard('roles', '"Guard"', 'card-choose-visit-service-actions-2');
    setCard('measure', '[1,2]', 'card-choose-visit-service-actions-3');
    setCard('steps', JSON.stringify(Array.from({ length: 100_000 }, (_, i) => `step ${i}`)), 'card-choose-visit-service-actions-4');
    setCard('measure', '{"__proto__":{"training":{"plan":"x"}},"constructor":{"prototype":{"polluted":1}}}', 'card-choose-visit-service-actions-6');
    setCard('roles', 'not json', 'card-choose-visit-service-actions-7');
    setCard('scores', '{"__proto__":{"value":1},"need":{"value":9,"reason":"x"}}', opportunity);
    db.close();

    const { value: opened, error, ms } = await timed(() => documents.open(file));
    expect(error).toBeUndefined();
    expect(ms).toBeLessThan(15_000);
    const { doc: got, problems } = opened!;
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // every card, and every relation of the template, is still there
    expect(Object.keys(got.cards).sort()).toEqual(Object.keys(doc.cards).sort());
    for (const id of Object.keys(doc.relations)) expect(got.relations[id], id).toEqual(doc.relations[id]);
    for (const relation of Object.values(got.relations)) expect(relationMisfit(got, relation), relation.id).toBeNull();
    // each hostile relation is named with the reason it went
    const said = problems.join('\n');
    expect(said).toMatch(/relation 'h-from-nowhere': no card 'no-such-card'/);
    expect(said).toMatch(/relation 'h-to-nowhere': no card 'no-such-card'/);
    expect(said).toMatch(/relation 'h-to-no-point': no emotion point 'no-such-point'/);
    expect(said).toMatch(/relation 'h-both'.*exactly one/);
    expect(said).toMatch(/relation 'h-neither'.*exactly one/);
    expect(said).toMatch(/relation 'h-no-kind'.*kind/);
    expect(said).toMatch(/relation 'h-wrong-from': card 'card-aware-video-needs-1' is not in a lane of opportunities/);
    expect(said).toMatch(/relation 'h-wrong-to': card '.*' is not in a lane of opportunities/);
    expect(said).toMatch(/relation 'h-point-delivered': delivers cannot point to an emotion point/);
    expect(said).toMatch(/relation 'h-again': the same relation is there twice/);
    // the broken fields go, their cards stay with the rest of what they carry
    expect(said).toMatch(/card 'card-choose-visit-service-actions-1': field 'steps'/);
    expect(said).toMatch(/card 'card-choose-visit-service-actions-4': field 'steps'/);
    expect(got.cards['card-choose-visit-service-actions-1']).toMatchObject({ text: doc.cards['card-choose-visit-service-actions-1']!.text, roles: ['Phone sales'], series: 'Booking hand-over' });
    expect(got.cards['card-choose-visit-service-actions-1']?.steps).toBeUndefined();
    expect(got.cards['card-choose-visit-service-actions-2']?.roles).toBeUndefined();
    expect(got.cards['card-choose-visit-service-actions-2']?.steps).toEqual(doc.cards['card-choose-visit-service-actions-2']!.steps);
    expect(got.cards['card-choose-visit-service-actions-3']?.measure).toBeUndefined();
    expect(got.cards['card-choose-visit-service-actions-4']?.measure).toEqual(doc.cards['card-choose-visit-service-actions-4']!.measure);
    expect(got.cards['card-choose-visit-service-actions-7']?.roles).toBeUndefined();
    expect(Object.getPrototypeOf(got.relations)).not.toHaveProperty('kind');
    // the list stays readable: the bulk is there, but it reads in a few seconds and can be sent to the window
    expect(problems.length).toBeGreaterThan(10);
    expect(() => JSON.stringify(opened)).not.toThrow();
  }, 60_000);
});
