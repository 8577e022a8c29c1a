import { describe, expect, it } from 'vitest';
import { Editor } from '../../shared/editor.ts';
import { scoreOpportunities, valueOf } from '../../shared/opportunities.ts';
import { smallMap } from './ops/harness.ts';

const s = (value: number, reason = '') => ({ value, reason });

function withOpportunities() {
  const editor = new Editor(smallMap());
  editor.apply([
    { type: 'addLane', id: 'opp', kind: 'opportunities', title: 'Opportunities' },
    { type: 'addCard', id: 'o1', laneId: 'opp', sceneId: 'a1', text: 'Answer comments within the hour' },
    { type: 'addCard', id: 'o2', laneId: 'opp', sceneId: 'b1', text: 'Share each booking with the guard' },
    { type: 'addCard', id: 'o3', laneId: 'opp', sceneId: 'b1', text: 'A lounge with a view of the car' },
    { type: 'addCard', id: 'o4', laneId: 'opp', sceneId: 'a2', text: 'Not scored yet' },
  ]);
  return editor;
}

describe('opportunity scores', () => {
  it('value is the weighted mean of need, pain and visibility; feasibility stays apart', () => {
    expect(valueOf({})).toBeNull();
    expect(valueOf({ scores: { feasibility: s(5) } })).toBeNull();
    expect(valueOf({ scores: { need: s(4), pain: s(5), visibility: s(3) } })).toBe(4);
    expect(valueOf({ scores: { need: s(4), pain: s(5), visibility: s(3) } }, { need: 1, pain: 2, visibility: 1 })).toBe(4.25);
    // an unscored criterion does not count as a low one
    expect(valueOf({ scores: { pain: s(5) } })).toBe(5);
  });

  it('rank by value × feasibility: a big idea the dealer cannot do ranks below a small one it can', () => {
    const editor = withOpportunities();
    editor.apply([
      { type: 'setCardFields', id: 'o1', fields: { scores: { need: s(3), pain: s(3), visibility: s(3), feasibility: s(5) } } },
      { type: 'setCardFields', id: 'o2', fields: { scores: { need: s(4), pain: s(5), visibility: s(3), feasibility: s(4) } } },
      { type: 'setCardFields', id: 'o3', fields: { scores: { need: s(5), pain: s(4), visibility: s(5), feasibility: s(1) } } },
    ]);
    const byId = Object.fromEntries(scoreOpportunities(editor.doc).map((o) => [o.cardId, o]));
    expect(byId.o2).toMatchObject({ value: 4, feasibility: 4, score: 16, rank: 1 });
    expect(byId.o1).toMatchObject({ value: 3, score: 15, rank: 2 });
    expect(byId.o3?.rank).toBe(3);
    expect(byId.o4).toMatchObject({ value: null, score: null, rank: null, missing: ['need', 'pain', 'feasibility', 'visibility'] });
  });

  it('equal scores share a rank', () => {
    const editor = withOpportunities();
    const same = { need: s(3), pain: s(3), visibility: s(3), feasibility: s(3) };
    editor.apply([
      { type: 'setCardFields', id: 'o1', fields: { scores: same } },
      { type: 'setCardFields', id: 'o2', fields: { scores: same } },
      { type: 'setCardFields', id: 'o3', fields: { scores: { ...same, feasibility: s(2) } } },
    ]);
    // reading order: o1 (Ads), o4 (Friends), o2 and o3 (Showroom)
    expect(scoreOpportunities(editor.doc).map((o) => [o.cardId, o.rank])).toEqual([
      ['o1', 1],
      ['o4', null],
      ['o2', 1],
      ['o3', 3],
    ]);
  });

  it('setting scores is one undoable step, and the scores survive the schema', () => {
    const editor = withOpportunities();
    editor.apply({ type: 'setCardFields', id: 'o1', fields: { scores: { need: s(4, 'wants the real price') } } });
    expect(editor.doc.cards.o1?.scores?.need).toEqual(s(4, 'wants the real price'));
    editor.undo();
    expect(editor.doc.cards.o1?.scores).toBeUndefined();
    editor.redo();
    expect(editor.doc.cards.o1?.scores?.need?.reason).toBe('wants the real price');
  });
});

describe('opportunity scores from a file', () => {
  it('out of range or unknown scores are left out and said so; the card stays; an over-long reason is cut', async () => {
    const { restoreDocument } = await import('../../shared/validate.ts');
    const editor = withOpportunities();
    for (const bad of [{ need: s(6) }, { need: s(0) }, { need: { value: 2.5, reason: '' } }, { luck: s(3) }]) {
      const doc = structuredClone(editor.doc) as unknown as { cards: Record<string, Record<string, unknown>> };
      doc.cards.o1!.scores = bad;
      const { doc: restored, problems } = restoreDocument(doc as never);
      expect(restored.cards.o1?.text, JSON.stringify(bad)).toBe('Answer comments within the hour');
      expect(restored.cards.o1?.scores, JSON.stringify(bad)).toBeUndefined();
      expect(problems.join('\n'), JSON.stringify(bad)).toMatch(/card 'o1': field 'scores/);
    }
    const doc = structuredClone(editor.doc) as unknown as { cards: Record<string, Record<string, unknown>> };
    doc.cards.o1!.scores = { pain: s(3, 'x'.repeat(501)) };
    const { doc: restored, problems } = restoreDocument(doc as never);
    expect(restored.cards.o1?.scores?.pain).toEqual(s(3, 'x'.repeat(500)));
    expect(problems.join('\n')).toMatch(/card 'o1': field 'scores.pain.reason': cut to 500 characters/);
  });
});

describe('opportunity weights per map', () => {
  it('change the value and the ranking; one undo step; null is back to 1 : 1 : 1', () => {
    const editor = withOpportunities();
    editor.apply([
      { type: 'setCardFields', id: 'o1', fields: { scores: { need: s(5), pain: s(1), visibility: s(3), feasibility: s(4) } } },
      { type: 'setCardFields', id: 'o2', fields: { scores: { need: s(1), pain: s(5), visibility: s(3), feasibility: s(4) } } },
    ]);
    const rankOf = (id: string) => scoreOpportunities(editor.doc).find((o) => o.cardId === id)?.rank;
    expect([rankOf('o1'), rankOf('o2')]).toEqual([1, 1]);
    editor.apply({ type: 'setOpportunityWeights', weights: { need: 1, pain: 3, visibility: 1 } });
    expect(editor.doc.map.opportunityWeights).toEqual({ need: 1, pain: 3, visibility: 1 });
    expect([rankOf('o1'), rankOf('o2')]).toEqual([2, 1]);
    expect(scoreOpportunities(editor.doc).find((o) => o.cardId === 'o2')?.value).toBeCloseTo(19 / 5);
    editor.undo();
    expect(editor.doc.map.opportunityWeights).toBeUndefined();
    editor.redo();
    editor.apply({ type: 'setOpportunityWeights', weights: null });
    expect(editor.doc.map.opportunityWeights).toBeUndefined();
  });

  it('from a file: broken weights are left out (the defaults apply) and said so', async () => {
    const { restoreDocument } = await import('../../shared/validate.ts');
    for (const bad of [{ need: -1, pain: 1, visibility: 1 }, { need: 1, pain: 1 }, { need: 1, pain: 1, visibility: 1, luck: 2 }, 'heavy']) {
      const doc = structuredClone(withOpportunities().doc) as unknown as { map: Record<string, unknown> };
      doc.map.opportunityWeights = bad;
      const { doc: restored, problems } = restoreDocument(doc as never);
      expect(restored.map.opportunityWeights, JSON.stringify(bad)).toBeUndefined();
      expect(problems.join('\n'), JSON.stringify(bad)).toMatch(/opportunityWeights/);
    }
  });
});
