// A hostile .cjm aimed at the records of format 6: metric cards, the pain-point loop, persona
// goals and quote, curves of a persona, the title block's personas. Each broken field goes with
// a clear problem, its card or persona stays with the rest, nothing else is lost, no prototype
// is touched, and `cjm info`'s summary of what is left is sound.
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { DocumentService } from '../../../electron/services/documents.ts';
import { writeProject } from '../../../electron/services/projectFile.ts';
import { summarize } from '../../../shared/summary.ts';
import { createDocument } from '../../../shared/templates.ts';
import { parseDocument } from '../../../shared/validate.ts';
import { brokenInvariants } from '../ops/properties.ts';
import { tempDir } from './tmp.ts';

const documents = new DocumentService({ userDataDir: tempDir(), appVersion: 'test' });
afterAll(() => documents.dispose());
const doc = createDocument('car-dealer', 'zh-CN');

const NPS = 'card-follow-call-metrics-1';
const BOOKING = 'card-choose-visit-metrics-1';
const CALLBACK = 'card-choose-compare-metrics-1';
const NOBODY = 'card-choose-visit-painpoints-1';
const ASKED = 'card-choose-visit-painpoints-2';
const FEES = 'card-buy-negotiate-painpoints-1';
const SCRIPT = 'card-follow-call-painpoints-1';

describe('hostile metric, loop and persona fields', () => {
  it('bad JSON, NaN-ish values, huge arrays and prototype keys: a clear problem each, nothing else lost, in bounded time', async () => {
    const file = path.join(tempDir(), 'format6.cjm');
    writeProject(file, doc);
    const db = new Database(file);
    const setCard = (column: string, value: unknown, id: string) => db.prepare(`UPDATE cards SET ${column} = ? WHERE id = ?`).run(value, id);
    const metric = structuredClone(doc.cards[BOOKING]!.metric!);
    setCard('metric', 'not json', NPS);
    setCard('metric', JSON.stringify({ ...metric, target: 'NaN', values: [{ period: 'p', value: 'Infinity' }] }).replace('"NaN"', '1e999'), BOOKING);
    setCard('metric', JSON.stringify({ ...metric, values: Array.from({ length: 100_000 }, (_, i) => ({ period: `${i}`, value: i })) }), CALLBACK);
    setCard('loop', '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},"status":"closed","owner":"","plan":"","check":"","history":[]}', NOBODY);
    setCard('loop', JSON.stringify({ ...doc.cards[ASKED]!.loop, status: 'fixed' }), ASKED);
    setCard('loop', JSON.stringify({ ...doc.cards[FEES]!.loop, history: Array.from({ length: 100_000 }, () => ({ status: 'found', by: 'x', at: '2026-01-01' })) }), FEES);
    setCard('loop', 42, SCRIPT);
    db.prepare("UPDATE personas SET goals = ?, quote = ? WHERE id = 'persona-1'").run('x'.repeat(100_000), 42);
    db.prepare("UPDATE curves SET persona_id = '__proto__'").run();
    db.prepare('UPDATE map SET title_personas = ?').run('["persona-1","persona-1","constructor"]');
    db.close();

    const start = performance.now();
    const { doc: got, problems } = await documents.open(file);
    expect(performance.now() - start).toBeLessThan(15_000);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(brokenInvariants(got)).toEqual([]);
    expect(() => parseDocument(structuredClone(got))).not.toThrow();
    // every card is there, with its text; only the broken fields went
    expect(Object.keys(got.cards).sort()).toEqual(Object.keys(doc.cards).sort());
    for (const id of Object.keys(doc.cards)) expect(got.cards[id]?.text, id).toBe(doc.cards[id]!.text);
    const said = problems.join('\n');
    for (const id of [NPS, BOOKING, CALLBACK]) {
      expect(got.cards[id]?.metric, id).toBeUndefined();
    }
    expect(said).toMatch(new RegExp(`card '${ASKED}': field 'loop.status': Invalid option`));
    expect(said).toMatch(new RegExp(`card '${FEES}': field 'loop.history': Too big`));
    expect(said).toMatch(new RegExp(`card '${SCRIPT}': field 'loop': Invalid input`));
    for (const id of [ASKED, FEES, SCRIPT]) {
      expect(got.cards[id]?.loop, id).toBeUndefined();
      expect(got.cards[id]?.severity, id).toBe(doc.cards[id]!.severity);
    }
    // prototype keys are kept as plain data, if at all, never as the loop's prototype
    expect(Object.getPrototypeOf(got.cards[NOBODY]?.loop ?? {})).toBe(Object.prototype);
    expect(got.cards[NOBODY]?.loop?.status).toBe('closed');
    // the persona keeps its name and description; the curve is nobody's; the title shows the persona once
    expect(got.personas['persona-1']).toMatchObject({ name: doc.personas['persona-1']!.name, description: doc.personas['persona-1']!.description });
    // 100,000 characters of goals are cut to the 5,000 allowed; a number bound into the quote's TEXT column reads as SQLite's text of it
    expect(got.personas['persona-1']?.goals).toBe('x'.repeat(5000));
    expect(said).toMatch(/persona 'persona-1': field 'goals': cut to 5000 characters/);
    expect(got.personas['persona-1']?.quote).toBe('42.0');
    expect(got.curves['curve-current']?.personaId).toBeUndefined();
    expect(said).toMatch(/curve 'curve-current': field 'personaId': no persona '__proto__'/);
    expect(got.map.titlePersonas).toEqual(['persona-1']);
    expect(said).toMatch(/map: field 'titlePersonas': personas repeated or missing/);
    // the rest of the template is intact
    expect(got.relations).toEqual(doc.relations);
    expect(got.emotionPoints).toEqual(doc.emotionPoints);
    // cjm info reads what is left
    const summary = summarize(got, '2026-12-01');
    expect(summary.metrics).toEqual([]);
    expect(summary.painLoop.counts.closed).toBe(1);
    expect(JSON.stringify(problems).length).toBeLessThan(100_000);
  });
});
