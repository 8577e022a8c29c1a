import { describe, expect, it } from 'vitest';
import { Editor } from '../../../shared/editor.ts';
import type { JourneyDoc } from '../../../shared/model.ts';
import { addressTarget, addressTargets, relationsFrom, relationsTo } from '../../../shared/relations.ts';
import { doUndoRedo, smallMap } from './harness.ts';

/** smallMap plus a pain point lane, an opportunities lane and a service actions lane. */
function withKinds(): JourneyDoc {
  const editor = new Editor(smallMap());
  editor.apply([
    { type: 'addLane', id: 'pain', kind: 'painpoints', title: 'Pain points' },
    { type: 'addCard', id: 'p1', laneId: 'pain', sceneId: 'b1', text: 'Nobody looks after me', fields: { severity: 3 } },
    { type: 'addLane', id: 'opp', kind: 'opportunities', title: 'Opportunities' },
    { type: 'addCard', id: 'o1', laneId: 'opp', sceneId: 'b1', text: 'Share each booking with the guard' },
    { type: 'addCard', id: 'o2', laneId: 'opp', sceneId: 'a1', text: 'Price on the first page' },
    { type: 'addLane', id: 'svc', kind: 'service-actions', title: 'Service actions' },
    { type: 'addCard', id: 's1', laneId: 'svc', sceneId: 'b1', text: 'Guard greets by name' },
  ]);
  return editor.doc;
}

/** withKinds with o1 addressing p1, c1, t2 and e2, and s1 delivering o1. */
function tied(): JourneyDoc {
  const editor = new Editor(withKinds());
  editor.apply([
    { type: 'addRelation', id: 'r-pain', kind: 'addresses', fromCardId: 'o1', toCardId: 'p1' },
    { type: 'addRelation', id: 'r-need', kind: 'addresses', fromCardId: 'o1', toCardId: 'c1' },
    { type: 'addRelation', id: 'r-tp', kind: 'addresses', fromCardId: 'o1', toCardId: 't2' },
    { type: 'addRelation', id: 'r-point', kind: 'addresses', fromCardId: 'o1', toPointId: 'e2' },
    { type: 'addRelation', id: 'r-deliver', kind: 'delivers', fromCardId: 's1', toCardId: 'o1' },
  ]);
  return editor.doc;
}

const ids = (doc: JourneyDoc) => Object.keys(doc.relations).sort();

describe('relation operations', () => {
  it('addRelation: an opportunity addresses a pain point, a need, a touchpoint or an emotion point', () => {
    const targets = [{ toCardId: 'p1' }, { toCardId: 'c1' }, { toCardId: 't2' }, { toPointId: 'e2' }];
    for (const target of targets) {
      doUndoRedo(withKinds(), { type: 'addRelation', id: 'r1', kind: 'addresses', fromCardId: 'o1', ...target }, (doc) => {
        expect(doc.relations.r1).toEqual({ id: 'r1', kind: 'addresses', fromCardId: 'o1', ...target });
        expect(relationsFrom(doc, 'addresses', 'o1')).toHaveLength(1);
      });
    }
  });

  it('addRelation: a service action delivers an opportunity', () => {
    doUndoRedo(withKinds(), { type: 'addRelation', id: 'r1', kind: 'delivers', fromCardId: 's1', toCardId: 'o1' }, (doc) => {
      expect(relationsTo(doc, 'delivers', 'o1').map((r) => r.fromCardId)).toEqual(['s1']);
    });
  });

  it('addRelation refuses misfits and leaves the document as it was', () => {
    const misfits: [Record<string, string>, RegExp][] = [
      [{ kind: 'addresses', fromCardId: 'p1', toCardId: 'c1' }, /not in a lane of opportunities/],
      [{ kind: 'addresses', fromCardId: 'o1', toCardId: 'o2' }, /not in a lane of painpoints, needs, touchpoints/],
      [{ kind: 'addresses', fromCardId: 'o1', toCardId: 's1' }, /not in a lane of/],
      [{ kind: 'addresses', fromCardId: 'o1', toCardId: 'gone' }, /no card 'gone'/],
      [{ kind: 'addresses', fromCardId: 'gone', toCardId: 'p1' }, /no card 'gone'/],
      [{ kind: 'addresses', fromCardId: 'o1', toPointId: 'gone' }, /no emotion point 'gone'/],
      [{ kind: 'addresses', fromCardId: 'o1' }, /exactly one of a card and an emotion point/],
      [{ kind: 'addresses', fromCardId: 'o1', toCardId: 'p1', toPointId: 'e2' }, /exactly one/],
      [{ kind: 'delivers', fromCardId: 's1', toPointId: 'e2' }, /cannot point to an emotion point/],
      [{ kind: 'delivers', fromCardId: 's1', toCardId: 'p1' }, /not in a lane of opportunities/],
      [{ kind: 'delivers', fromCardId: 'o1', toCardId: 'o2' }, /not in a lane of service-actions/],
    ];
    for (const [fields, message] of misfits) {
      const editor = new Editor(withKinds());
      const before = editor.doc;
      expect(() => editor.apply({ type: 'addRelation', id: 'r1', ...fields } as never), JSON.stringify(fields)).toThrow(message);
      expect(editor.doc).toBe(before);
      expect(editor.getSnapshot().canUndo).toBe(false);
    }
  });

  it('addRelation refuses a duplicate (the same kind between the same two) and a used id', () => {
    const editor = new Editor(tied());
    expect(() => editor.apply({ type: 'addRelation', id: 'again', kind: 'addresses', fromCardId: 'o1', toCardId: 'p1' })).toThrow(/already there/);
    expect(() => editor.apply({ type: 'addRelation', id: 'again', kind: 'addresses', fromCardId: 'o1', toPointId: 'e2' })).toThrow(/already there/);
    expect(() => editor.apply({ type: 'addRelation', id: 'r-pain', kind: 'addresses', fromCardId: 'o2', toCardId: 'p1' })).toThrow(/already used/);
    // another opportunity may address the same pain point
    editor.apply({ type: 'addRelation', id: 'other', kind: 'addresses', fromCardId: 'o2', toCardId: 'p1' });
    expect(relationsTo(editor.doc, 'addresses', 'p1').map((r) => r.fromCardId)).toEqual(['o1', 'o2']);
  });

  it('deleteRelation removes one; a missing one is refused', () => {
    doUndoRedo(tied(), { type: 'deleteRelation', id: 'r-need' }, (doc) => {
      expect(ids(doc)).toEqual(['r-deliver', 'r-pain', 'r-point', 'r-tp']);
    });
    expect(() => doUndoRedo(tied(), { type: 'deleteRelation', id: 'nope' }, () => {})).toThrow(/no relation 'nope'/);
  });
});

describe('relation cascades', () => {
  it('deleting a pain point removes its relation (undo brings both back)', () => {
    doUndoRedo(tied(), { type: 'deleteCard', id: 'p1' }, (doc) => {
      expect(ids(doc)).toEqual(['r-deliver', 'r-need', 'r-point', 'r-tp']);
    });
  });

  it('deleting an opportunity removes what it addresses and what delivers it', () => {
    doUndoRedo(tied(), { type: 'deleteCard', id: 'o1' }, (doc) => {
      expect(ids(doc)).toEqual([]);
    });
  });

  it('deleting an emotion point, its curve or its scene removes the relations to it', () => {
    doUndoRedo(tied(), { type: 'deleteEmotionPoint', id: 'e2' }, (doc) => expect(ids(doc)).not.toContain('r-point'));
    doUndoRedo(tied(), { type: 'deleteCurve', id: 'now' }, (doc) => expect(ids(doc)).not.toContain('r-point'));
    // b1 holds p1, o1, t2, s1 and e2: every relation goes
    doUndoRedo(tied(), { type: 'deleteScene', id: 'b1' }, (doc) => expect(ids(doc)).toEqual([]));
    doUndoRedo(tied(), { type: 'deleteLane', id: 'pain' }, (doc) => expect(ids(doc)).toEqual(['r-deliver', 'r-need', 'r-point', 'r-tp']));
  });

  it("moving an opportunity card to a needs lane drops its 'addresses' relations and what delivered it", () => {
    doUndoRedo(tied(), { type: 'moveCard', id: 'o1', laneId: 'needs', sceneId: 'b1', index: 0 }, (doc) => {
      expect(ids(doc)).toEqual([]);
    });
  });

  it('moving a pain point to a needs lane keeps its relation (an opportunity may address a need); to a metrics lane drops it', () => {
    doUndoRedo(tied(), { type: 'moveCard', id: 'p1', laneId: 'needs', sceneId: 'b1', index: 0 }, (doc) => {
      expect(doc.relations['r-pain']).toBeDefined();
    });
    const editor = new Editor(tied());
    editor.apply({ type: 'addLane', id: 'metrics', kind: 'metrics', title: 'Metrics' });
    doUndoRedo(editor.doc, { type: 'moveCard', id: 'p1', laneId: 'metrics', sceneId: 'b1', index: 0 }, (doc) => {
      expect(doc.relations['r-pain']).toBeUndefined();
      expect(ids(doc)).toHaveLength(4);
    });
  });

  it('moving within lanes of the same kind, or to another scene, keeps the relations', () => {
    const editor = new Editor(tied());
    editor.apply({ type: 'addLane', id: 'opp2', kind: 'opportunities', title: 'More opportunities' });
    doUndoRedo(editor.doc, { type: 'moveCard', id: 'o1', laneId: 'opp2', sceneId: 'a1', index: 0 }, (doc) => {
      expect(ids(doc)).toHaveLength(5);
    });
  });
});

describe('what an opportunity can address', () => {
  it('pain points, needs, touchpoints and emotion points, by kind, each in reading order', () => {
    const doc = withKinds();
    expect(addressTargets(doc).map((t) => `${t.kind}:${t.id}`)).toEqual([
      'painpoints:p1',
      'needs:c1',
      'needs:c2',
      'touchpoints:t1',
      'touchpoints:t2',
      'emotion:e1',
      'emotion:e2',
    ]);
    expect(addressTarget(doc, 'p1')).toEqual({ kind: 'painpoints', id: 'p1', sceneId: 'b1', text: 'Nobody looks after me', severity: 3 });
    expect(addressTarget(doc, 'e2')).toEqual({ kind: 'emotion', id: 'e2', sceneId: 'b1', text: 'nobody there', score: -2, curveId: 'now' });
    // opportunities and service actions are not among them
    expect(addressTarget(doc, 'o1')).toBeNull();
    expect(addressTarget(doc, 's1')).toBeNull();
  });
});
