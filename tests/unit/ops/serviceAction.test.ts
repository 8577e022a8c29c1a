// The service action system as the inspector edits it: steps written back as a whole list with
// setCardFields (add, reorder, delete), the roles, the series, and the one 'delivers' relation
// swapped in one transaction; with undo and redo, and the relation gone with either card.
import { describe, expect, it } from 'vitest';
import { Editor } from '../../../shared/editor.ts';
import { deliveredBy, opportunityChoices, setDeliversOps } from '../../../shared/delivers.ts';
import { insertItem, moveItem, removeItem } from '../../../shared/listEdit.ts';
import type { JourneyDoc } from '../../../shared/model.ts';
import { seriesPlace } from '../../../shared/serviceActions.ts';
import { doUndoRedo, smallMap } from './harness.ts';

const PEN = ['Cap off', 'Nib in the right hand', 'Clip toward the palm', 'Both hands', 'Pass it level'];

/** smallMap with an opportunities lane (o1 in a1, o2 in b1) and a service actions lane (s1, s2 in a1). */
function serviceMap(): JourneyDoc {
  const editor = new Editor(smallMap());
  editor.apply([
    { type: 'addLane', id: 'opp', kind: 'opportunities', title: 'Opportunities' },
    { type: 'addLane', id: 'sa', kind: 'service-actions', title: 'Service actions' },
    { type: 'addCard', id: 'o2', laneId: 'opp', sceneId: 'b1', text: 'Greet booked guests by name\nat the door' },
    { type: 'addCard', id: 'o1', laneId: 'opp', sceneId: 'a1', text: 'Answer comments within the hour' },
    { type: 'addCard', id: 's1', laneId: 'sa', sceneId: 'a1', text: 'Hand over the pen', fields: { steps: PEN.slice(0, 3) } },
    { type: 'addCard', id: 's2', laneId: 'sa', sceneId: 'a1', text: 'Smile and step forward' },
  ]);
  return editor.doc;
}

const steps = (doc: JourneyDoc) => doc.cards.s1?.steps;

describe('service action steps (setCardFields)', () => {
  it('adds a step at the end and in between', () => {
    const start = serviceMap();
    doUndoRedo(start, { type: 'setCardFields', id: 's1', fields: { steps: insertItem(steps(start)!, 3, PEN[3]!) } }, (doc) => {
      expect(steps(doc)).toEqual(PEN.slice(0, 4));
    });
    doUndoRedo(start, { type: 'setCardFields', id: 's1', fields: { steps: insertItem(steps(start)!, 1, '拔下笔帽后') } }, (doc) => {
      expect(steps(doc)).toEqual(['Cap off', '拔下笔帽后', 'Nib in the right hand', 'Clip toward the palm']);
    });
  });

  it('gives a card its first steps and takes the last one away', () => {
    doUndoRedo(serviceMap(), { type: 'setCardFields', id: 's2', fields: { steps: ['Smile'] } }, (doc) => {
      expect(doc.cards.s2?.steps).toEqual(['Smile']);
    });
    const one = new Editor(serviceMap());
    one.apply({ type: 'setCardFields', id: 's2', fields: { steps: ['Smile'] } });
    doUndoRedo(one.doc, { type: 'setCardFields', id: 's2', fields: { steps: undefined } }, (doc) => {
      expect(doc.cards.s2).not.toHaveProperty('steps');
    });
  });

  it('reorders steps (a drag or Alt+↑/↓ is one move)', () => {
    const start = serviceMap();
    doUndoRedo(start, { type: 'setCardFields', id: 's1', fields: { steps: moveItem(steps(start)!, 2, 0) } }, (doc) => {
      expect(steps(doc)).toEqual(['Clip toward the palm', 'Cap off', 'Nib in the right hand']);
    });
    doUndoRedo(start, { type: 'setCardFields', id: 's1', fields: { steps: moveItem(steps(start)!, 0, 1) } }, (doc) => {
      expect(steps(doc)).toEqual(['Nib in the right hand', 'Cap off', 'Clip toward the palm']);
    });
  });

  it('deletes a step', () => {
    const start = serviceMap();
    doUndoRedo(start, { type: 'setCardFields', id: 's1', fields: { steps: removeItem(steps(start)!, 1) } }, (doc) => {
      expect(steps(doc)).toEqual(['Cap off', 'Clip toward the palm']);
    });
  });

  it('each edit is one undo step: undo walks back through them one at a time', () => {
    const editor = new Editor(serviceMap());
    const write = (next: string[]) => editor.apply({ type: 'setCardFields', id: 's1', fields: { steps: next } });
    write(insertItem(steps(editor.doc)!, 3, 'Both hands'));
    write(moveItem(steps(editor.doc)!, 3, 0));
    write(removeItem(steps(editor.doc)!, 1));
    expect(steps(editor.doc)).toEqual(['Both hands', 'Nib in the right hand', 'Clip toward the palm']);
    editor.undo();
    expect(steps(editor.doc)).toEqual(['Both hands', 'Cap off', 'Nib in the right hand', 'Clip toward the palm']);
    editor.undo();
    expect(steps(editor.doc)).toEqual(['Cap off', 'Nib in the right hand', 'Clip toward the palm', 'Both hands']);
    editor.undo();
    expect(steps(editor.doc)).toEqual(PEN.slice(0, 3));
    editor.redo();
    editor.redo();
    expect(steps(editor.doc)).toEqual(['Both hands', 'Cap off', 'Nib in the right hand', 'Clip toward the palm']);
  });

  it('roles and series', () => {
    doUndoRedo(serviceMap(), [
      { type: 'setCardFields', id: 's1', fields: { roles: ['Sales consultant', '门卫'], series: 'Welcome' } },
      { type: 'setCardFields', id: 's2', fields: { series: 'Welcome' } },
    ], (doc) => {
      expect(doc.cards.s1).toMatchObject({ roles: ['Sales consultant', '门卫'], series: 'Welcome' });
      expect(seriesPlace(doc, 's1')).toEqual({ series: 'Welcome', index: 1, count: 2 });
      expect(seriesPlace(doc, 's2')).toEqual({ series: 'Welcome', index: 2, count: 2 });
    });
  });
});

describe('the opportunity a service action delivers', () => {
  it('offers the opportunities in reading order with their first line and scene', () => {
    expect(opportunityChoices(serviceMap())).toEqual([
      { cardId: 'o1', text: 'Answer comments within the hour', sceneId: 'a1', sceneTitle: 'Ads' },
      { cardId: 'o2', text: 'Greet booked guests by name', sceneId: 'b1', sceneTitle: 'Showroom' },
    ]);
  });

  it('chooses one: adds the relation', () => {
    const start = serviceMap();
    const ops = setDeliversOps(start, 's1', 'o1', 'r1');
    expect(ops).toEqual([{ type: 'addRelation', id: 'r1', kind: 'delivers', fromCardId: 's1', toCardId: 'o1' }]);
    doUndoRedo(start, ops, (doc) => {
      expect(deliveredBy(doc, 's1')).toEqual(['o1']);
      expect(doc.relations.r1).toEqual({ id: 'r1', kind: 'delivers', fromCardId: 's1', toCardId: 'o1' });
    });
  });

  it('changes it: the old relation deleted and the new one added, one undo step', () => {
    const editor = new Editor(serviceMap());
    editor.apply(setDeliversOps(editor.doc, 's1', 'o1', 'r1'));
    const ops = setDeliversOps(editor.doc, 's1', 'o2', 'r2');
    expect(ops.map((op) => op.type)).toEqual(['deleteRelation', 'addRelation']);
    doUndoRedo(editor.doc, ops, (doc) => {
      expect(deliveredBy(doc, 's1')).toEqual(['o2']);
      expect(doc.relations.r1).toBeUndefined();
    });
    // The same choice again changes nothing.
    expect(setDeliversOps(editor.doc, 's1', 'o1', 'r3')).toEqual([]);
  });

  it('clears it', () => {
    const editor = new Editor(serviceMap());
    editor.apply(setDeliversOps(editor.doc, 's1', 'o1', 'r1'));
    doUndoRedo(editor.doc, setDeliversOps(editor.doc, 's1', null, 'unused'), (doc) => {
      expect(doc.relations).toEqual({});
    });
    expect(setDeliversOps(serviceMap(), 's1', null, 'unused')).toEqual([]);
  });

  it('goes with the action card or the opportunity card when either is deleted, and comes back on undo', () => {
    const editor = new Editor(serviceMap());
    editor.apply(setDeliversOps(editor.doc, 's1', 'o1', 'r1'));
    editor.apply(setDeliversOps(editor.doc, 's2', 'o1', 'r2'));
    doUndoRedo(editor.doc, { type: 'deleteCard', id: 's1' }, (doc) => {
      expect(Object.keys(doc.relations)).toEqual(['r2']);
    });
    doUndoRedo(editor.doc, { type: 'deleteCard', id: 'o1' }, (doc) => {
      expect(doc.relations).toEqual({});
      expect(deliveredBy(doc, 's2')).toEqual([]);
    });
  });

  it('refuses an action delivering a card that is no opportunity', () => {
    const editor = new Editor(serviceMap());
    expect(() => editor.apply(setDeliversOps(editor.doc, 's1', 'c1', 'r1'))).toThrow(/not in a lane of opportunities/);
    expect(editor.doc.relations).toEqual({});
  });
});
