import { describe, expect, it } from 'vitest';
import { createDocument } from '../../shared/templates.ts';
import { summarize } from '../../shared/summary.ts';
import { DocumentInvalidError, parseDocument, restoreDocument } from '../../shared/validate.ts';
import { ids, smallMap } from './ops/harness.ts';

describe('document schemas', () => {
  it('accepts a valid document unchanged', () => {
    const doc = smallMap();
    expect(parseDocument(structuredClone(doc))).toEqual(doc);
  });

  it('keeps unknown fields on every level it reads', () => {
    const doc = structuredClone(smallMap());
    Object.assign(doc.map, { futureTheme: 'dark' });
    Object.assign(doc.cards.c1 as object, { votes: { up: 3 } });
    const parsed = parseDocument(doc);
    expect(parsed.map).toHaveProperty('futureTheme', 'dark');
    expect(parsed.cards.c1).toHaveProperty('votes', { up: 3 });
  });

  it('names the record and the field of a malformed record', () => {
    const doc = structuredClone(smallMap()) as unknown as { cards: Record<string, Record<string, unknown>> };
    (doc.cards.c1 as Record<string, unknown>).laneId = 42;
    expect(() => parseDocument(doc)).toThrow(/card 'c1': field 'laneId'/);
  });

  it('restore drops a broken record, keeps the rest, and says why', () => {
    const doc = structuredClone(smallMap()) as unknown as { lanes: Record<string, Record<string, unknown>> };
    (doc.lanes.tp as Record<string, unknown>).kind = 'bogus';
    const { doc: restored, problems } = restoreDocument(doc as never);
    expect(restored.lanes.tp).toBeUndefined();
    expect(restored.lanes.needs).toBeDefined();
    // cards of the dropped lane go too, each named
    expect(restored.cards.t1).toBeUndefined();
    expect(problems[0]).toMatch(/lane 'tp': field 'kind'/);
    expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(/card 't1': field 'laneId': no lane 'tp'/)]));
  });

  it('restore reads records from arrays (file rows) and refuses duplicate ids', () => {
    const doc = smallMap();
    const rows = { map: doc.map, stages: [...Object.values(doc.stages), doc.stages.a] };
    const { doc: restored, problems } = restoreDocument(rows);
    expect(Object.keys(restored.stages)).toEqual(['a', 'b']);
    expect(problems).toEqual([expect.stringMatching(/stage 'a': field 'id': used twice/)]);
  });

  it('rejects a record whose key differs from its id, and non-documents', () => {
    const doc = structuredClone(smallMap()) as unknown as { stages: Record<string, unknown> };
    doc.stages.other = doc.stages.a;
    expect(() => parseDocument(doc)).toThrow(/does not match its key 'other'/);
    expect(() => parseDocument('nope')).toThrow(DocumentInvalidError);
    expect(() => parseDocument({ map: { title: 1 } })).toThrow(/map: field 'title'/);
  });

  it('restore cuts over-long text instead of dropping the record, and resets bad map fields', () => {
    const doc = structuredClone(smallMap());
    Object.assign(doc.cards.c1 as object, { text: '长'.repeat(150_000) });
    Object.assign(doc.map, { title: 'T'.repeat(600), scale: 'bogus' });
    const { doc: restored, problems } = restoreDocument(doc as never);
    expect(restored.cards.c1?.text).toBe('长'.repeat(100_000));
    expect(restored.map.title).toBe('T'.repeat(500));
    expect(restored.map.scale).toBe('-2..+2');
    expect(problems).toEqual([
      "map: field 'title': cut to 500 characters; field 'scale': Invalid option: expected one of \"-2..+2\"|\"moods\"|\"1..5\"|\"-3..+3\"; reset",
      "card 'c1': field 'text': cut to 100000 characters",
    ]);
  });

  it('restore renumbers siblings whose order keys repeat or cannot be placed between, keeping their order', () => {
    const doc = structuredClone(smallMap());
    (doc.stages.b as { order: string }).order = (doc.stages.a as { order: string }).order;
    (doc.cards.c2 as { order: string }).order = 'zz';
    const { doc: restored, problems } = restoreDocument(doc as never);
    expect(ids(restored.stages)).toEqual(['a', 'b']);
    expect(restored.stages.a?.order).not.toBe(restored.stages.b?.order);
    expect(ids(restored.cards, (c) => c.laneId === 'needs')).toEqual(['c1', 'c2']);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/stage 'a' and its 1 siblings: order keys repeated or unreadable/);
  });

  it('the shipped templates are valid in both languages', () => {
    for (const template of ['blank', 'car-dealer'] as const) {
      for (const locale of ['en', 'zh-CN'] as const) {
        const doc = createDocument(template, locale);
        expect(parseDocument(structuredClone(doc))).toEqual(doc);
        expect(doc.map.locale).toBe(locale);
      }
    }
  });
});

describe('relations from outside', () => {
  function withOpportunity() {
    const doc = structuredClone(smallMap());
    doc.lanes.opps = { id: 'opps', order: 'a5', kind: 'opportunities', title: 'Opportunities', hidden: false };
    doc.cards.o1 = { id: 'o1', laneId: 'opps', sceneId: 'b1', order: 'a0', text: 'Greet at the door' };
    return doc;
  }

  it('keeps relations that fit, drops the others and says why, keeping every card and point', () => {
    const doc = withOpportunity() as unknown as { relations: Record<string, unknown> };
    doc.relations = {
      ok: { id: 'ok', kind: 'addresses', fromCardId: 'o1', toCardId: 't2' },
      point: { id: 'point', kind: 'addresses', fromCardId: 'o1', toPointId: 'e2', futureField: 1 },
      twice: { id: 'twice', kind: 'addresses', fromCardId: 'o1', toCardId: 't2' },
      dangling: { id: 'dangling', kind: 'addresses', fromCardId: 'o1', toCardId: 'gone' },
      wrongFrom: { id: 'wrongFrom', kind: 'addresses', fromCardId: 'c1', toCardId: 't2' },
      wrongKind: { id: 'wrongKind', kind: 'delivers', fromCardId: 'o1', toCardId: 't2' },
      both: { id: 'both', kind: 'addresses', fromCardId: 'o1', toCardId: 't2', toPointId: 'e2' },
      neither: { id: 'neither', kind: 'addresses', fromCardId: 'o1' },
      alien: { id: 'alien', kind: 'hates', fromCardId: 'o1', toCardId: 't2' },
      proto: { id: '__proto__', kind: 'addresses', fromCardId: 'o1', toCardId: 'c1' },
    };
    const { doc: restored, problems } = restoreDocument(doc as never);
    expect(Object.keys(restored.relations).sort()).toEqual(['ok', 'point']);
    expect(restored.relations.point).toHaveProperty('futureField', 1);
    const said = problems.join('\n');
    expect(said).toMatch(/relation 'twice': the same relation is there twice/);
    expect(said).toMatch(/relation 'dangling': no card 'gone'/);
    expect(said).toMatch(/relation 'wrongFrom': card 'c1' is not in a lane of opportunities/);
    expect(said).toMatch(/relation 'wrongKind': card 'o1' is not in a lane of service-actions/);
    expect(said).toMatch(/relation 'both': field 'toCardId': needs exactly one/);
    expect(said).toMatch(/relation 'neither': field 'toCardId': needs exactly one/);
    expect(said).toMatch(/relation 'alien': field 'kind'/);
    expect(Object.getPrototypeOf(restored.relations)).toBe(Object.prototype);
    expect(Object.keys(restored.cards).sort()).toEqual(Object.keys(withOpportunity().cards).sort());
    expect(Object.keys(restored.emotionPoints).sort()).toEqual(['e1', 'e2']);
  });

  it('a service action keeps broken fields out, not the card: steps that are not a list of texts, a measure of the wrong shape', () => {
    const doc = structuredClone(smallMap()) as unknown as { lanes: Record<string, unknown>; cards: Record<string, unknown> };
    doc.lanes.acts = { id: 'acts', order: 'a5', kind: 'service-actions', title: 'Service actions', hidden: false };
    doc.cards.s1 = { id: 's1', laneId: 'acts', sceneId: 'b1', order: 'a0', text: 'Hand over the pen', steps: 'cap off', roles: [1, 2], measure: { training: 'daily' }, series: 'Greeting' };
    const { doc: restored, problems } = restoreDocument(doc as never);
    expect(restored.cards.s1).toMatchObject({ text: 'Hand over the pen', series: 'Greeting' });
    expect(restored.cards.s1).not.toHaveProperty('steps');
    expect(restored.cards.s1).not.toHaveProperty('roles');
    expect(restored.cards.s1).not.toHaveProperty('measure');
    expect(problems.join('\n')).toMatch(/card 's1'.*steps/);
  });
});

describe('ids that every object inherits', () => {
  it("a relation, link, card or scene pointing at 'constructor' or 'toString' points at nothing", () => {
    const doc = structuredClone(smallMap()) as unknown as Record<string, Record<string, Record<string, unknown>>>;
    doc.lanes!.opps = { id: 'opps', order: 'a5', kind: 'opportunities', title: 'Opportunities', hidden: false };
    doc.cards!.o1 = { id: 'o1', laneId: 'opps', sceneId: 'b1', order: 'a0', text: 'Greet', scores: { feasibility: { value: 3, reason: '' } } };
    doc.cards!.ghost = { id: 'ghost', laneId: 'constructor', sceneId: 'b1', order: 'a1', text: 'no lane' };
    doc.relations = {
      r1: { id: 'r1', kind: 'addresses', fromCardId: 'o1', toPointId: 'constructor' },
      r2: { id: 'r2', kind: 'addresses', fromCardId: 'o1', toCardId: 'toString' },
    };
    doc.links!.l2 = { id: 'l2', fromCardId: 't1', toCardId: 'hasOwnProperty', label: '' };
    doc.scenes!.lost = { id: 'lost', stageId: 'valueOf', order: 'a9', title: 'Lost', channel: 'offline' };
    const { doc: restored, problems } = restoreDocument(doc as never);
    expect(restored.relations).toEqual({});
    expect(restored.links.l2).toBeUndefined();
    expect(restored.cards.ghost).toBeUndefined();
    expect(restored.scenes.lost).toBeUndefined();
    expect(problems.join('\n')).toMatch(/no emotion point 'constructor'/);
    // nothing is proposed from what is not there: the card has no value, so no rank
    expect(summarize(restored).opportunities[0]).toMatchObject({ value: null, rank: null, addresses: [] });
  });
});

describe('cutting over-long text', () => {
  it('never splits a character written as a surrogate pair (half of one would not survive the file)', () => {
    const doc = structuredClone(smallMap());
    doc.map.description = `${'a'.repeat(19_999)}𠀀𠀀`;
    const { doc: restored } = restoreDocument(doc as never);
    expect(restored.map.description).toBe('a'.repeat(19_999));
    expect(/[\ud800-\udbff](?![\udc00-\udfff])/.test(restored.map.description)).toBe(false);
  });
});
