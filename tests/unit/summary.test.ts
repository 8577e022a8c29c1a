import { describe, expect, it } from 'vitest';
import { Editor } from '../../shared/editor.ts';
import { summarize } from '../../shared/summary.ts';
import { smallMap } from './ops/harness.ts';

function mapWithTheMethod() {
  const editor = new Editor(smallMap());
  editor.apply([
    { type: 'addLane', id: 'pains', kind: 'painpoints', title: 'Pains' },
    { type: 'addLane', id: 'opps', kind: 'opportunities', title: 'Opportunities' },
    { type: 'addLane', id: 'acts', kind: 'service-actions', title: 'Service actions' },
    { type: 'addCard', id: 'p1', laneId: 'pains', sceneId: 'b1', text: 'Nobody greets me', fields: { severity: 3 } },
    { type: 'addCard', id: 'o1', laneId: 'opps', sceneId: 'b1', text: 'Greet within 10 s', fields: { scores: { need: { value: 4, reason: 'first impression' }, pain: { value: 5, reason: '' }, feasibility: { value: 4, reason: '' }, visibility: { value: 3, reason: '' } } } },
    { type: 'addCard', id: 's1', laneId: 'acts', sceneId: 'b1', text: 'Smile', fields: { series: 'Greeting', roles: ['Guard'] } },
    { type: 'addCard', id: 's2', laneId: 'acts', sceneId: 'b1', text: 'Hand over the pen', fields: { series: 'Greeting', roles: ['Consultant'], steps: ['Cap off', 'Both hands'], measure: { inspection: { who: 'Showroom manager', frequency: 'weekly', how: 'mystery shopper' } } } },
    { type: 'addCard', id: 's3', laneId: 'acts', sceneId: 'a1', text: 'Call back', fields: {} },
    { type: 'addRelation', id: 'r1', kind: 'addresses', fromCardId: 'o1', toCardId: 'p1' },
    { type: 'addRelation', id: 'r2', kind: 'addresses', fromCardId: 'o1', toPointId: 'e2' },
    { type: 'addRelation', id: 'r3', kind: 'delivers', fromCardId: 's2', toCardId: 'o1' },
  ]);
  return editor.doc;
}

describe('summary (cjm info)', () => {
  it('reports each opportunity with what it addresses and what delivers it', () => {
    const [opportunity] = summarize(mapWithTheMethod()).opportunities;
    expect(opportunity).toMatchObject({ id: 'o1', rank: 1, feasibility: 4, value: 4, deliveredBy: ['s2'] });
    expect(opportunity?.addresses).toEqual([
      { kind: 'painpoints', id: 'p1', text: 'Nobody greets me', scene: 'Showroom' },
      { kind: 'emotionPoint', id: 'e2', text: 'nobody there', scene: 'Showroom' },
    ]);
  });

  it('reports each service action in journey order with roles, steps, series place, measure and what it delivers', () => {
    const actions = summarize(mapWithTheMethod()).serviceActions;
    expect(actions.map((a) => a.id)).toEqual(['s3', 's1', 's2']);
    expect(actions[0]).toEqual({ id: 's3', text: 'Call back', scene: 'Ads', roles: [], steps: [], series: null, measure: null, delivers: [] });
    expect(actions[1]?.series).toEqual({ name: 'Greeting', index: 1, count: 2 });
    expect(actions[2]).toMatchObject({ roles: ['Consultant'], steps: ['Cap off', 'Both hands'], series: { name: 'Greeting', index: 2, count: 2 }, delivers: ['o1'] });
    expect(actions[2]?.measure?.inspection?.frequency).toBe('weekly');
  });

  it('reports a proposed score with its value', () => {
    const editor = new Editor(mapWithTheMethod());
    editor.apply({ type: 'setCardFields', id: 'o1', fields: { scores: { need: { value: 4, reason: '' }, feasibility: { value: 4, reason: '' }, visibility: { value: 3, reason: '' } } } });
    // pain from the severe pain point (5) and the point at -2 on -2..+2 (5)
    expect(summarize(editor.doc).opportunities[0]).toMatchObject({ proposed: ['pain'], proposals: { pain: 5 }, value: 4 });
  });

  it('ties by rounding share a rank', () => {
    const editor = new Editor(mapWithTheMethod());
    editor.apply([
      // both worth 3 by the weights: in floating point 2.9999999999999996 and 3
      { type: 'addCard', id: 'o2', laneId: 'opps', sceneId: 'b1', text: 'Twin', fields: { scores: { need: { value: 4, reason: '' }, pain: { value: 4, reason: '' }, visibility: { value: 2, reason: '' }, feasibility: { value: 4, reason: '' } } } },
      { type: 'setCardFields', id: 'o1', fields: { scores: { need: { value: 3, reason: '' }, pain: { value: 3, reason: '' }, visibility: { value: 3, reason: '' }, feasibility: { value: 4, reason: '' } } } },
      { type: 'setOpportunityWeights', weights: { need: 0.1, pain: 0.2, visibility: 0.3 } },
    ]);
    expect(summarize(editor.doc).opportunities.map((o) => o.rank)).toEqual([1, 1]);
  });

  it('keeps its existing fields (a map without the method has empty lists)', () => {
    const summary = summarize(smallMap());
    expect(Object.keys(summary)).toEqual(['title', 'locale', 'stages', 'lanes', 'cardsPerLaneKind', 'emotionPoints', 'scale', 'curves', 'opportunities', 'serviceActions', 'personas']);
    expect(summary.opportunities).toEqual([]);
    expect(summary.serviceActions).toEqual([]);
    expect(summary.personas).toEqual([]);
  });

  it('reports each persona: what it holds, whether the title block shows it, its curves', () => {
    const editor = new Editor(smallMap());
    editor.apply([
      { type: 'addPersona', id: 'li', name: 'Li Wei', description: 'IT engineer' },
      { type: 'addPersona', id: 'wang', name: 'Wang Fang' },
      { type: 'updatePersona', id: 'li', fields: { goals: 'A safe family car', quote: 'Just tell me the real price.' } },
      { type: 'setCurvePersona', id: 'now', personaId: 'li' },
    ]);
    expect(summarize(editor.doc).personas).toEqual([
      { id: 'li', name: 'Li Wei', description: 'IT engineer', goals: 'A safe family car', quote: 'Just tell me the real price.', inTitleBlock: true, curves: [{ id: 'now', name: editor.doc.curves.now!.name }] },
      { id: 'wang', name: 'Wang Fang', description: '', goals: '', quote: '', inTitleBlock: false, curves: [] },
    ]);
    editor.apply({ type: 'setTitlePersonas', ids: ['wang'] });
    expect(summarize(editor.doc).personas.map((p) => p.inTitleBlock)).toEqual([false, true]);
  });
});
