// Gaps: darkest points and severe pain points no opportunity addresses, highlights none protects.
import { describe, expect, it } from 'vitest';
import { Editor } from '../../shared/editor.ts';
import { findGaps, gapsById } from '../../shared/gaps.ts';
import { smallMap } from './ops/harness.ts';

/** smallMap (e1 +1 in a1, e2 −2 in b1) plus pain points and an opportunity. */
function withPain() {
  const editor = new Editor(smallMap());
  editor.apply([
    { type: 'addLane', id: 'pain', kind: 'painpoints', title: 'Pain points' },
    { type: 'addCard', id: 'p1', laneId: 'pain', sceneId: 'b1', text: 'Nobody looks after me', fields: { severity: 3 } },
    { type: 'addCard', id: 'p2', laneId: 'pain', sceneId: 'a1', text: 'Pushy add-ons', fields: { severity: 2 } },
    { type: 'addCard', id: 'p3', laneId: 'pain', sceneId: 'a2', text: 'Prices hidden', fields: { severity: 3 } },
    { type: 'addLane', id: 'opp', kind: 'opportunities', title: 'Opportunities' },
    { type: 'addCard', id: 'o1', laneId: 'opp', sceneId: 'b1', text: 'Share each booking with the guard' },
  ]);
  return editor;
}

const kinds = (editor: Editor) => findGaps(editor.doc).map((g) => `${g.kind}:${g.id}`);

describe('gaps', () => {
  it('severe pain points, darkest points and highlights that nothing addresses, in reading order', () => {
    const editor = withPain();
    expect(kinds(editor)).toEqual(['highlight:e1', 'painpoint:p3', 'painpoint:p1', 'darkest:e2']);
    expect(findGaps(editor.doc).find((g) => g.id === 'e2')).toEqual({ kind: 'darkest', id: 'e2', sceneId: 'b1', curveId: 'now' });
    expect(findGaps(editor.doc).find((g) => g.id === 'p1')).toEqual({ kind: 'painpoint', id: 'p1', sceneId: 'b1' });
  });

  it('close when an opportunity addresses them, and open again when the relation goes', () => {
    const editor = withPain();
    editor.apply([
      { type: 'addRelation', id: 'r1', kind: 'addresses', fromCardId: 'o1', toCardId: 'p1' },
      { type: 'addRelation', id: 'r2', kind: 'addresses', fromCardId: 'o1', toPointId: 'e2' },
      { type: 'addRelation', id: 'r3', kind: 'addresses', fromCardId: 'o1', toPointId: 'e1' },
    ]);
    expect(kinds(editor)).toEqual(['painpoint:p3']);
    expect(gapsById(editor.doc).has('p1')).toBe(false);
    editor.undo();
    expect(gapsById(editor.doc).has('p1')).toBe(true);
    editor.redo();
    editor.apply({ type: 'deleteRelation', id: 'r1' });
    expect(kinds(editor)).toEqual(['painpoint:p3', 'painpoint:p1']);
    // deleting the opportunity opens every gap it closed
    editor.apply({ type: 'deleteCard', id: 'o1' });
    expect(kinds(editor)).toHaveLength(4);
  });

  it('follow the severity and the curve: a milder pain point or a point lifted out of the bad zone is no gap', () => {
    const editor = withPain();
    editor.apply([
      { type: 'setCardFields', id: 'p3', fields: { severity: 2 } },
      { type: 'setEmotion', id: 'e2', score: 0 },
      { type: 'setEmotion', id: 'e1', score: 0 },
    ]);
    expect(kinds(editor)).toEqual(['painpoint:p1']);
  });

  it('leave out hidden curves and hidden lanes', () => {
    const editor = withPain();
    editor.apply([
      { type: 'setCurveHidden', id: 'now', hidden: true },
      { type: 'setLaneHidden', id: 'pain', hidden: true },
    ]);
    expect(kinds(editor)).toEqual([]);
  });

  it('on each visible curve: the same scene can be a gap on one and not on another', () => {
    const editor = withPain();
    editor.apply([
      { type: 'addCurve', id: 'goal', name: 'Target', colour: '#2563eb' },
      { type: 'addEmotionPoint', id: 'g1', curveId: 'goal', sceneId: 'a1', score: 0 },
      { type: 'addEmotionPoint', id: 'g2', curveId: 'goal', sceneId: 'b1', score: -1 },
      { type: 'addRelation', id: 'r1', kind: 'addresses', fromCardId: 'o1', toPointId: 'e2' },
    ]);
    expect(kinds(editor)).toEqual(['highlight:e1', 'painpoint:p3', 'painpoint:p1', 'darkest:g2']);
  });

  it('is worked out once per document version', () => {
    const editor = withPain();
    expect(gapsById(editor.doc)).toBe(gapsById(editor.doc));
  });
});
