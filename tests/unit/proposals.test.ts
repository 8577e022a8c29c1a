// What an opportunity's ties propose for pain and need & emotion, and how proposals stand in
// for scores the user has not given.
import { describe, expect, it } from 'vitest';
import { Editor } from '../../shared/editor.ts';
import { SCALES } from '../../shared/emotion/scale.ts';
import { EMOTION_SCALES } from '../../shared/model.ts';
import { scoreOpportunities } from '../../shared/opportunities.ts';
import { scoresAt } from '../../shared/matrix.ts';
import { pointProposal, proposalsFor, sourceCounts } from '../../shared/proposals.ts';
import { smallMap } from './ops/harness.ts';

const s = (value: number, reason = '') => ({ value, reason });

/** smallMap plus a pain point lane (p1 ●●● in b1, p2 ● in a2, p3 unrated in a1) and two opportunities. */
function tied() {
  const editor = new Editor(smallMap());
  editor.apply([
    { type: 'addLane', id: 'pain', kind: 'painpoints', title: 'Pain points' },
    { type: 'addCard', id: 'p1', laneId: 'pain', sceneId: 'b1', text: 'Nobody looks after me', fields: { severity: 3 } },
    { type: 'addCard', id: 'p2', laneId: 'pain', sceneId: 'a2', text: 'Pushy add-ons', fields: { severity: 1 } },
    { type: 'addCard', id: 'p3', laneId: 'pain', sceneId: 'a1', text: 'Prices hidden' },
    { type: 'addCard', id: 'p4', laneId: 'pain', sceneId: 'a2', text: 'Vague answers', fields: { severity: 2 } },
    { type: 'addLane', id: 'opp', kind: 'opportunities', title: 'Opportunities' },
    { type: 'addCard', id: 'o1', laneId: 'opp', sceneId: 'b1', text: 'Share each booking with the guard' },
    { type: 'addCard', id: 'o2', laneId: 'opp', sceneId: 'a1', text: 'Price on the first page' },
  ]);
  return editor;
}

let next = 0;
const address = (editor: Editor, from: string, to: { toCardId?: string; toPointId?: string }) =>
  editor.apply({ type: 'addRelation', id: `r${++next}`, kind: 'addresses', fromCardId: from, ...to });

describe('proposals', () => {
  it('pain from the severity of the linked pain points: 1 → 2, 2 → 4, 3 → 5, unrated → 3; the largest wins', () => {
    const expectations: [string, number][] = [['p2', 2], ['p4', 4], ['p1', 5], ['p3', 3]];
    for (const [card, pain] of expectations) {
      const editor = tied();
      address(editor, 'o1', { toCardId: card });
      expect(proposalsFor(editor.doc, 'o1'), card).toEqual({ pain: { value: pain, from: [{ kind: 'painpoint', id: card, value: pain }] } });
    }
    const editor = tied();
    address(editor, 'o1', { toCardId: 'p2' });
    address(editor, 'o1', { toCardId: 'p1' });
    const pain = proposalsFor(editor.doc, 'o1').pain!;
    expect(pain.value).toBe(5);
    expect(sourceCounts(pain)).toEqual({ painpoint: 2 });
  });

  it('need from the linked needs: 3 for one, one more for each further need, at most 5', () => {
    const editor = tied();
    editor.apply([
      { type: 'addCard', id: 'c3', laneId: 'needs', sceneId: 'b1', text: 'Be recognised' },
      { type: 'addCard', id: 'c4', laneId: 'needs', sceneId: 'b1', text: 'A coffee while waiting' },
    ]);
    const values: number[] = [];
    for (const need of ['c1', 'c2', 'c3', 'c4']) {
      address(editor, 'o1', { toCardId: need });
      values.push(proposalsFor(editor.doc, 'o1').need!.value);
    }
    expect(values).toEqual([3, 4, 5, 5]);
    expect(sourceCounts(proposalsFor(editor.doc, 'o1').need!)).toEqual({ need: 4 });
    // a touchpoint alone proposes nothing
    address(editor, 'o2', { toCardId: 't1' });
    expect(proposalsFor(editor.doc, 'o2')).toEqual({});
  });

  it('an emotion point: below neutral proposes pain, above proposes need, by how far it sits from neutral; neutral proposes nothing', () => {
    const editor = tied();
    address(editor, 'o1', { toPointId: 'e2' }); // −2 on −2…+2: the bottom
    address(editor, 'o2', { toPointId: 'e1' }); // +1 on −2…+2: half way up
    expect(proposalsFor(editor.doc, 'o1')).toEqual({ pain: { value: 5, from: [{ kind: 'point', id: 'e2', value: 5 }] } });
    expect(proposalsFor(editor.doc, 'o2')).toEqual({ need: { value: 3, from: [{ kind: 'point', id: 'e1', value: 3 }] } });
    editor.apply({ type: 'setEmotion', id: 'e1', score: 0 });
    expect(proposalsFor(editor.doc, 'o2')).toEqual({});
  });

  it('on every emotion scale: the bottom proposes pain 5, the top need 5, neutral nothing, the mood thresholds in between', () => {
    const expected: Record<string, { bad: number; delighted: number }> = {
      '-2..+2': { bad: 3, delighted: 3 },
      moods: { bad: 5, delighted: 5 },
      '1..5': { bad: 3, delighted: 3 },
      '-3..+3': { bad: 2, delighted: 2 },
    };
    for (const scale of EMOTION_SCALES) {
      const info = SCALES[scale];
      expect(pointProposal(info.min, scale), scale).toEqual({ criterion: 'pain', value: 5 });
      expect(pointProposal(info.max, scale), scale).toEqual({ criterion: 'need', value: 5 });
      expect(pointProposal(info.neutral, scale), scale).toBeNull();
      expect(pointProposal(info.bad, scale), scale).toEqual({ criterion: 'pain', value: expected[scale]!.bad });
      expect(pointProposal(info.delighted, scale), scale).toEqual({ criterion: 'need', value: expected[scale]!.delighted });
      // a free value just off neutral is a faint feeling; beyond the scale counts as its end
      expect(pointProposal(info.neutral - 0.1, scale)?.value, scale).toBe(1);
      expect(pointProposal(info.max + 3, scale), scale).toEqual({ criterion: 'need', value: 5 });
    }
    expect(pointProposal(-2, '-3..+3')).toEqual({ criterion: 'pain', value: 4 });
    expect(pointProposal(2, '-3..+3')).toEqual({ criterion: 'need', value: 4 });
  });

  it('follow the map when its scale changes (the points move, their proposals with them)', () => {
    const editor = tied();
    address(editor, 'o1', { toPointId: 'e2' });
    for (const scale of EMOTION_SCALES) {
      editor.apply({ type: 'setEmotionScale', scale });
      expect(proposalsFor(editor.doc, 'o1').pain?.value, scale).toBe(5);
    }
  });

  it('pain points and low points together: the largest; needs and high points together: the largest', () => {
    const editor = tied();
    editor.apply({ type: 'setEmotion', id: 'e2', score: -1 });
    address(editor, 'o1', { toCardId: 'p2' }); // 2
    address(editor, 'o1', { toPointId: 'e2' }); // 3
    address(editor, 'o1', { toCardId: 'c1' }); // need 3
    editor.apply({ type: 'setEmotion', id: 'e1', score: 2 });
    address(editor, 'o1', { toPointId: 'e1' }); // need 5
    const proposals = proposalsFor(editor.doc, 'o1');
    expect(proposals.pain).toEqual({ value: 3, from: [{ kind: 'painpoint', id: 'p2', value: 2 }, { kind: 'point', id: 'e2', value: 3 }] });
    expect(proposals.need).toEqual({ value: 5, from: [{ kind: 'need', id: 'c1', value: 3 }, { kind: 'point', id: 'e1', value: 5 }] });
  });
});

describe('proposals in the scores', () => {
  it('an unscored criterion takes its proposal for value and rank, and says it is proposed', () => {
    const editor = tied();
    editor.apply({ type: 'setCardFields', id: 'o1', fields: { scores: { visibility: s(3), feasibility: s(4) } } });
    const before = scoreOpportunities(editor.doc).find((o) => o.cardId === 'o1')!;
    expect(before).toMatchObject({ value: 3, proposed: [], proposals: {}, missing: ['need', 'pain'] });
    address(editor, 'o1', { toCardId: 'p1' });
    const after = scoreOpportunities(editor.doc).find((o) => o.cardId === 'o1')!;
    expect(after).toMatchObject({ value: 4, score: 16, proposed: ['pain'], missing: ['need'] });
    expect(after.proposals.pain?.value).toBe(5);
  });

  it("the user's score wins over a proposal; cleared, the proposal is back", () => {
    const editor = tied();
    address(editor, 'o1', { toCardId: 'p1' });
    editor.apply({ type: 'setCardFields', id: 'o1', fields: { scores: { pain: s(2, 'only on Saturdays'), feasibility: s(4) } } });
    const mine = () => scoreOpportunities(editor.doc).find((o) => o.cardId === 'o1')!;
    expect(mine()).toMatchObject({ value: 2, proposed: [] });
    // the proposal is still told, for the inspector to show beside the user's score
    expect(mine().proposals.pain?.value).toBe(5);
    editor.apply({ type: 'setCardFields', id: 'o1', fields: { scores: { feasibility: s(4) } } });
    expect(mine()).toMatchObject({ value: 5, proposed: ['pain'] });
  });

  it('the rank changes when a proposal appears, and back when its relation goes', () => {
    const editor = tied();
    editor.apply([
      { type: 'setCardFields', id: 'o1', fields: { scores: { need: s(3), visibility: s(3), feasibility: s(4) } } },
      { type: 'setCardFields', id: 'o2', fields: { scores: { need: s(4), pain: s(3), visibility: s(3), feasibility: s(4) } } },
    ]);
    const ranks = () => Object.fromEntries(scoreOpportunities(editor.doc).map((o) => [o.cardId, o.rank]));
    // o1: 3 × 4 = 12; o2: 3.33 × 4 = 13.3
    expect(ranks()).toEqual({ o1: 2, o2: 1 });
    editor.apply({ type: 'addRelation', id: 'severe', kind: 'addresses', fromCardId: 'o1', toCardId: 'p1' });
    // o1: need 3, pain 5 (proposed), visibility 3 → 3.67 × 4 = 14.7
    expect(ranks()).toEqual({ o1: 1, o2: 2 });
    // two needs propose need 4, but the user said 3: nothing moves
    address(editor, 'o1', { toCardId: 'c1' });
    address(editor, 'o1', { toCardId: 'c2' });
    expect(scoreOpportunities(editor.doc).find((o) => o.cardId === 'o1')?.value).toBeCloseTo(11 / 3);
    editor.apply({ type: 'deleteRelation', id: 'severe' });
    expect(ranks()).toEqual({ o1: 2, o2: 1 });
    editor.undo();
    expect(ranks()).toEqual({ o1: 1, o2: 2 });
    // deleting the pain point takes its relation, and the proposal, with it
    editor.apply({ type: 'deleteCard', id: 'p1' });
    expect(ranks()).toEqual({ o1: 2, o2: 1 });
  });

  it('a drop on the matrix moves a proposed criterion with the others, from its proposal, and stores it', () => {
    // pain proposed 5, need and visibility 3 by the user: value 3.67; dropped one step to the left
    const proposals = { pain: { value: 5, from: [{ kind: 'painpoint' as const, id: 'p1', value: 5 }] } };
    const after = scoresAt({ need: s(3), visibility: s(3), feasibility: s(4) }, 2.67, 4, undefined, proposals);
    expect(after).toEqual({ need: s(2), pain: s(4), visibility: s(2), feasibility: s(4) });
  });
});
