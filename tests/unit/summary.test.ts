import { describe, expect, it } from 'vitest';
import { Editor } from '../../shared/editor.ts';
import { summarize } from '../../shared/summary.ts';
import { smallMap } from './ops/harness.ts';
import type { Metric, PainLoop } from '../../shared/laneKinds.ts';
import { createDocument } from '../../shared/templates.ts';

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
    // personas, metrics, painLoop and openPainPoints came with format 6, after the others
    expect(Object.keys(summary)).toEqual([
      'title', 'locale', 'stages', 'lanes', 'cardsPerLaneKind', 'emotionPoints', 'scale', 'curves', 'opportunities', 'serviceActions', 'personas', 'metrics', 'painLoop', 'openPainPoints',
    ]);
    expect(summary.opportunities).toEqual([]);
    expect(summary.serviceActions).toEqual([]);
    expect(summary.personas).toEqual([]);
    expect(summary.metrics).toEqual([]);
    expect(summary.painLoop).toEqual({ counts: { found: 0, reported: 0, planned: 0, assessed: 0, closed: 0 }, overdue: 0 });
    expect(summary.openPainPoints).toEqual([]);
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

const metric = (fields: Partial<Metric>): Metric => ({
  type: 'process', definition: 'd', unit: '%', department: 'DCC', source: 'CRM', period: 'Monthly', direction: 'higher', display: 'number', values: [], ...fields,
});
const loop = (fields: Partial<PainLoop>): PainLoop => ({ status: 'found', owner: '', plan: '', check: '', history: [], ...fields });

function mapWithMetricsAndLoops() {
  const editor = new Editor(mapWithTheMethod());
  editor.apply([
    { type: 'addLane', id: 'kpis', kind: 'metrics', title: 'Metrics' },
    { type: 'addCard', id: 'm2', laneId: 'kpis', sceneId: 'b1', text: 'Booking-to-visit', fields: { metric: metric({ target: 70, values: [{ period: '2026-09', value: 57 }, { period: '2026-10', value: 66 }] }) } },
    { type: 'addCard', id: 'm1', laneId: 'kpis', sceneId: 'a1', text: 'NPS', fields: { metric: metric({ nps: true, type: 'outcome', unit: 'points', target: 40, values: [{ period: '2026-10', promoters: 6, passives: 3, detractors: 1 }, { period: '2026-11' }] }) } },
    { type: 'addCard', id: 'm3', laneId: 'kpis', sceneId: 'a1', text: 'Plain text, no definition' },
    { type: 'addCard', id: 'm4', laneId: 'kpis', sceneId: 'b1', text: 'Wait (min)', fields: { metric: metric({ direction: 'lower', values: [{ period: 'W1', value: 30 }] }) } },
    { type: 'setCardFields', id: 'p1', fields: { loop: loop({ status: 'planned', owner: 'Wang Min', due: '2026-11-30', plan: 'Hand over bookings' }) } },
    { type: 'addCard', id: 'p2', laneId: 'pains', sceneId: 'a1', text: 'Ads everywhere', fields: { severity: 1 } },
    { type: 'addCard', id: 'p3', laneId: 'pains', sceneId: 'b1', text: 'Hidden fees', fields: { severity: 3, loop: loop({ status: 'closed', owner: 'Wang Min', due: '2026-10-31' }) } },
    { type: 'addCard', id: 'p4', laneId: 'pains', sceneId: 'b1', text: 'Asked again', fields: { loop: loop({ status: 'reported', due: '2026-12-01' }) } },
  ]);
  return editor.doc;
}

describe('summary of metrics and the pain-point closed loop', () => {
  it('reports each metric in reading order with its latest value against target and its status', () => {
    const { metrics } = summarize(mapWithMetricsAndLoops());
    // a metric card without a definition is not a metric yet
    expect(metrics.map((m) => m.id)).toEqual(['m1', 'm2', 'm4']);
    expect(metrics[0]).toEqual({
      id: 'm1', text: 'NPS', scene: 'Ads', type: 'outcome', nps: true, unit: 'points', department: 'DCC', period: 'Monthly', target: 40, direction: 'higher',
      // (6 − 1) / 10: the last period without answers is left out
      latest: { period: '2026-10', value: 50 }, status: 'met', values: 1,
    });
    expect(metrics[1]).toMatchObject({ latest: { period: '2026-10', value: 66 }, status: 'near', values: 2, target: 70 });
    expect(metrics[2]).toMatchObject({ direction: 'lower', target: null, status: null, latest: { period: 'W1', value: 30 } });
  });

  it('counts pain points per loop status and reports the open ones, overdue by the date it is given', () => {
    const doc = mapWithMetricsAndLoops();
    const summary = summarize(doc, '2026-12-01');
    expect(summary.painLoop).toEqual({ counts: { found: 1, reported: 1, planned: 1, assessed: 0, closed: 1 }, overdue: 1 });
    expect(summary.openPainPoints).toEqual([
      { id: 'p2', text: 'Ads everywhere', scene: 'Ads', severity: 1, status: 'found', owner: '', due: null, overdue: false },
      { id: 'p1', text: 'Nobody greets me', scene: 'Showroom', severity: 3, status: 'planned', owner: 'Wang Min', due: '2026-11-30', overdue: true },
      // due today is not overdue yet
      { id: 'p4', text: 'Asked again', scene: 'Showroom', severity: null, status: 'reported', owner: '', due: '2026-12-01', overdue: false },
    ]);
    expect(summarize(doc, '2026-12-02').painLoop.overdue).toBe(2);
    // pure: without a date nothing is overdue, and the same arguments give the same summary
    expect(summarize(doc).painLoop.overdue).toBe(0);
    expect(summarize(doc).openPainPoints.every((p) => !p.overdue)).toBe(true);
    expect(summarize(doc, '2026-12-01')).toEqual(summary);
  });

  it('the car-dealer template reports three metrics (met, near, missed) and pain points at every loop stage, in both languages', () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      const summary = summarize(createDocument('car-dealer', locale), '2026-12-01');
      expect(summary.metrics.map((m) => m.status).sort()).toEqual(['met', 'missed', 'near']);
      expect(summary.metrics.filter((m) => m.nps)).toHaveLength(1);
      expect(Object.values(summary.painLoop.counts).every((n) => n > 0)).toBe(true);
      expect(summary.painLoop.overdue).toBe(1);
      expect(summary.openPainPoints.length).toBe(Object.values(summary.painLoop.counts).reduce((a, b) => a + b, 0) - summary.painLoop.counts.closed);
    }
  });
});
