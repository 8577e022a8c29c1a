import { describe, expect, it } from 'vitest';
import { Editor } from '../../shared/editor.ts';
import { layoutMap } from '../../shared/layout.ts';
import { exportedDocument } from '../../shared/export/svg.ts';
import { findView, viewChoice, viewedDocument } from '../../shared/views.ts';
import { smallMap } from './ops/harness.ts';

function withViews() {
  const editor = new Editor(smallMap());
  editor.apply([
    { type: 'addCurve', id: 'goal', name: 'Target', colour: '#16a34a' },
    { type: 'addView', id: 'client', name: 'Client view', leftOut: { stagesLeftOut: ['b'], lanesLeftOut: ['tp'], curvesLeftOut: ['goal'] } },
    { type: 'addView', id: 'all', name: 'Internal view' },
  ]);
  return editor.doc;
}

describe('views', () => {
  it('the viewed map lacks the stages left out (their scenes, cards, points, links) and hides the lanes and curves left out', () => {
    const doc = withViews();
    const viewed = viewedDocument(doc, doc.views.client);
    expect(Object.keys(viewed.stages)).toEqual(['a']);
    expect(Object.keys(viewed.scenes).sort()).toEqual(['a1', 'a2']);
    expect(viewed.cards.t2).toBeUndefined();
    expect(viewed.emotionPoints.e2).toBeUndefined();
    expect(viewed.links).toEqual({});
    expect(viewed.lanes.tp?.hidden).toBe(true);
    expect(viewed.curves.goal?.hidden).toBe(true);
    expect(viewed.curves.now?.hidden).toBe(false);
    // the map itself is untouched
    expect(doc.lanes.tp?.hidden).toBe(false);
    expect(viewedDocument(doc, null)).toBe(doc);
    expect(viewedDocument(doc, doc.views.all)).toEqual(doc);
  });

  it('applied to the layout: the columns and rows of what the view shows, nothing else', () => {
    const doc = withViews();
    const layout = layoutMap(viewedDocument(doc, doc.views.client), doc);
    expect(layout.stages.map((s) => s.stageId)).toEqual(['a']);
    expect(layout.columns.map((c) => c.sceneId)).toEqual(['a1', 'a2']);
    expect(layout.rows.map((r) => r.laneId)).not.toContain('tp');
    expect(Object.keys(layout.cards).sort()).toEqual(['c1', 'c2']);
  });

  it('applied to an export: the choice lists exactly what the view shows, in order', () => {
    const doc = withViews();
    const choice = viewChoice(doc, doc.views.client);
    expect(choice).toEqual({ stages: ['a'], lanes: ['needs'], curves: ['now'] });
    expect(viewChoice(doc, null)).toEqual({ stages: ['a', 'b'], lanes: ['needs', 'tp'], curves: ['now', 'goal'] });
    const exported = exportedDocument(doc, choice);
    expect(Object.keys(exported.cards).sort()).toEqual(['c1', 'c2']);
    expect(exported.curves.goal?.hidden ?? true).toBe(true);
  });

  it('finds a view by name, case-blind, or by id', () => {
    const doc = withViews();
    expect(findView(doc, ' client VIEW ')?.id).toBe('client');
    expect(findView(doc, 'all')?.id).toBe('all');
    expect(findView(doc, 'nope')).toBeUndefined();
  });
});
