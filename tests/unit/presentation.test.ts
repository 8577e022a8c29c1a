import { describe, expect, it } from 'vitest';
import { Editor } from '../../shared/editor.ts';
import { emotionStrip, presentationSteps, reachedScene, stepMoments, stepRows } from '../../shared/presentation.ts';
import { scenesInReadingOrder } from '../../shared/readingOrder.ts';
import { createDocument } from '../../shared/templates.ts';
import { viewedDocument } from '../../shared/views.ts';
import { smallMap } from './ops/harness.ts';

describe('presentation', () => {
  it('an overview, one step per stage (or per scene), the overview again; stages without scenes are skipped', () => {
    const editor = new Editor(smallMap());
    editor.apply({ type: 'addStage', id: 'empty', title: 'Nothing yet' });
    const byStage = presentationSteps(editor.doc, 'stage');
    expect(byStage.map((s) => (s.kind === 'overview' ? s.at : s.stageId))).toEqual(['start', 'a', 'b', 'end']);
    expect(byStage[1]).toMatchObject({ sceneIds: ['a1', 'a2'], part: 1, parts: 1 });
    const byScene = presentationSteps(editor.doc, 'scene');
    expect(byScene.map((s) => (s.kind === 'overview' ? s.at : s.sceneIds.join()))).toEqual(['start', 'a1', 'a2', 'b1', 'end']);
    expect(byScene[2]).toMatchObject({ stageId: 'a', part: 2, parts: 2 });
  });

  it('the curve is drawn up to the step: none at the start, the stage’s scenes, everything at the end', () => {
    const doc = smallMap();
    const steps = presentationSteps(doc, 'stage');
    expect(reachedScene(steps, 0)).toBeNull();
    expect(reachedScene(steps, 1)).toBe('a2');
    expect(reachedScene(steps, 3)).toBe('all');
    expect(emotionStrip(doc, null).curves[0]?.drawn).toBe(0);
    // e1 in a1 (stage a), e2 in b1 (stage b)
    expect(emotionStrip(doc, 'a2').curves[0]?.drawn).toBe(1);
    expect(emotionStrip(doc, 'all').curves[0]).toMatchObject({ drawn: 2, name: 'Current' });
    expect(emotionStrip(doc, 'all').scenes).toEqual(['a1', 'a2', 'b1']);
  });

  it('a step puts forward its own highlights, darkest points, peak and end, as the whole curve’s analysis says', () => {
    const doc = createDocument('car-dealer', 'en');
    const strip = emotionStrip(doc, 'all');
    const curve = strip.curves[0]!;
    const darkest = curve.analysis.darkest[0]!;
    const scene = curve.points.find((p) => p.id === darkest)!.sceneId;
    const moments = stepMoments(strip, [scene]);
    expect(moments.find((m) => m.pointId === darkest)?.kinds).toContain('darkest');
    // the last scene holds the end
    const last = scenesInReadingOrder(doc).at(-1)!.id;
    expect(stepMoments(strip, [last]).flatMap((m) => m.kinds)).toContain('end');
    expect(stepMoments(strip, [])).toEqual([]);
  });

  it('a step’s rows are the visible card lanes of the view, each with its cards per scene in order', () => {
    const editor = new Editor(createDocument('car-dealer', 'en'));
    editor.apply({ type: 'addView', id: 'client', name: 'Client', leftOut: { lanesLeftOut: ['lane-metrics', 'lane-roles'] } });
    const viewed = viewedDocument(editor.doc, editor.doc.views.client);
    const step = presentationSteps(viewed, 'stage')[1]!;
    if (step.kind !== 'part') throw new Error('expected a stage');
    const rows = stepRows(viewed, step.sceneIds);
    expect(rows.map((r) => r.lane.id)).not.toContain('lane-emotion');
    expect(rows.map((r) => r.lane.id)).not.toContain('lane-metrics');
    expect(rows).toHaveLength(6);
    expect(rows[0]?.cells).toHaveLength(step.sceneIds.length);
    expect(rows[0]?.cells[0]?.[0]?.text).toBeTruthy();
  });
});
