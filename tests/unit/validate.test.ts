import { describe, expect, it } from 'vitest';
import { createDocument } from '../../shared/templates.ts';
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
