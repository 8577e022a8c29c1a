import { describe, expect, it } from 'vitest';
import { Editor } from '../../shared/editor.ts';
import { CARD_CHARS, MAX_CELL_CARDS, MAX_SCENES_PER_SLIDE, planSlides, type OpportunitySlide, type StageSlide, type TitleSlide } from '../../shared/export/slides.ts';
import { SLIDES_WORDS } from '../../shared/export/slidesWords.ts';
import { scoreOpportunities } from '../../shared/opportunities.ts';
import { createDocument } from '../../shared/templates.ts';
import { smallMap } from './ops/harness.ts';

const s = (value: number) => ({ value, reason: '' });
const stages = (plan: ReturnType<typeof planSlides>) => plan.slides.filter((x): x is StageSlide => x.kind === 'stage');
const summary = (plan: ReturnType<typeof planSlides>) => plan.slides.find((x): x is OpportunitySlide => x.kind === 'opportunities')!;

/** smallMap with an emotion lane, a second curve and two scored opportunities. */
function map() {
  const editor = new Editor(smallMap());
  editor.apply([
    { type: 'addLane', id: 'emo', kind: 'emotion', title: 'Emotion' },
    { type: 'addLane', id: 'opp', kind: 'opportunities', title: 'Opportunities' },
    { type: 'addCard', id: 'o1', laneId: 'opp', sceneId: 'a1', text: 'Answer comments within the hour' },
    { type: 'addCard', id: 'o2', laneId: 'opp', sceneId: 'b1', text: 'Share each booking with the guard' },
    { type: 'addCard', id: 'o3', laneId: 'opp', sceneId: 'b1', text: 'Not scored yet' },
    { type: 'setCardFields', id: 'o1', fields: { scores: { need: s(3), pain: s(3), visibility: s(3), feasibility: s(5) } } },
    { type: 'setCardFields', id: 'o2', fields: { scores: { need: s(4), pain: s(5), visibility: s(3), feasibility: s(4) } } },
    { type: 'addCurve', id: 'goal', name: 'Target', colour: '#16a34a' },
    { type: 'addEmotionPoint', id: 'g1', curveId: 'goal', sceneId: 'a2', score: 2 },
    { type: 'addPersona', id: 'p1', name: 'Li Wei' },
  ]);
  return editor;
}

describe('planSlides', () => {
  it('a title slide, one slide per stage, and the opportunity summary', () => {
    const plan = planSlides(map().doc, {}, 'en');
    expect(plan.slides.map((x) => x.kind)).toEqual(['title', 'stage', 'stage', 'opportunities']);
    const title = plan.slides[0] as TitleSlide;
    expect(title).toMatchObject({ title: 'Test map', personas: { names: ['Li Wei'] }, counts: { stages: 2, scenes: 3, cards: 7, text: '2 stages · 3 scenes · 7 cards' } });
    const [aware, buy] = stages(plan);
    expect(aware!.columns).toEqual([
      { sceneId: 'a1', title: 'Ads', channel: 'Online' },
      { sceneId: 'a2', title: 'Friends', channel: 'Offline' },
    ]);
    expect(buy!.heading).toBe('Buy');
    // the emotion lane is the curve band, not a row of cards
    expect(aware!.rows.map((r) => r.laneId)).toEqual(['needs', 'tp', 'opp']);
    expect(aware!.rows[0]).toMatchObject({ title: 'Needs', accent: '#60a5fa', cells: [['Know the price', 'Compare models'], []] });
  });

  it('only the chosen stages and lanes; hidden lanes are left out unless nothing else is asked', () => {
    const editor = map();
    editor.apply({ type: 'setLaneHidden', id: 'tp', hidden: true });
    expect(stages(planSlides(editor.doc, {}, 'en'))[0]!.rows.map((r) => r.laneId)).toEqual(['needs', 'opp']);
    const plan = planSlides(editor.doc, { stages: ['b'], lanes: ['opp', 'emo'] }, 'en');
    expect(stages(plan).map((x) => x.stageId)).toEqual(['b']);
    expect(stages(plan)[0]!.rows.map((r) => r.laneId)).toEqual(['opp']);
    expect((plan.slides[0] as TitleSlide).counts).toMatchObject({ stages: 1, scenes: 1, cards: 2 });
    // the summary ranks the opportunities of the chosen stages only
    expect(summary(plan).rows.map((r) => r.text)).toEqual(['Share each booking with the guard']);
  });

  it('the curve segment of each stage: scores per scene on the map scale, joins and markers', () => {
    const plan = planSlides(map().doc, {}, 'en');
    const [aware, buy] = stages(plan);
    expect(aware!.curve).toMatchObject({ title: 'Emotion', min: -2, max: 2, ticks: [{ score: 2, label: 'Delighted' }, { score: 0, label: 'Neutral' }, { score: -2, label: 'Bad' }] });
    const now = aware!.curve!.curves.find((c) => c.id === 'now')!;
    expect(now).toMatchObject({ name: 'Current', colour: '#db2777' });
    expect(now.points).toEqual([{ column: 0, slot: 0, slots: 1, score: 1, joined: false, markers: [{ kind: 'highlight', label: 'Highlight' }] }]);
    const end = buy!.curve!.curves.find((c) => c.id === 'now')!.points;
    // a1 → b1 skips a2: a gap, and the first point on a slide joins nothing anyway
    expect(end).toEqual([{ column: 0, slot: 0, slots: 1, score: -2, joined: false, markers: [{ kind: 'darkest', label: 'Darkest' }, { kind: 'peak', label: 'Most intense · low' }, { kind: 'end', label: 'End' }] }]);
    // a curve without points on a stage is not in its band
    expect(buy!.curve!.curves.map((c) => c.id)).toEqual(['now']);
    // choosing curves: only those
    expect(stages(planSlides(map().doc, { curves: ['goal'] }, 'en'))[0]!.curve!.curves.map((c) => c.id)).toEqual(['goal']);
    // no curve chosen, or the emotion lane left out: no band
    expect(stages(planSlides(map().doc, { curves: [] }, 'en'))[0]!.curve).toBeNull();
    expect(stages(planSlides(map().doc, { lanes: ['needs'] }, 'en'))[0]!.curve).toBeNull();
  });

  it('points of one scene share its column; neighbours are joined', () => {
    const editor = map();
    editor.apply([
      { type: 'addEmotionPoint', id: 'e3', curveId: 'now', sceneId: 'a1', score: -1 },
      { type: 'addEmotionPoint', id: 'e4', curveId: 'now', sceneId: 'a2', score: 0 },
      { type: 'setEmotionScale', scale: '1..5' },
    ]);
    const points = stages(planSlides(editor.doc, {}, 'en'))[0]!.curve!.curves[0]!.points;
    expect(points.map((p) => [p.column, p.slot, p.slots, p.joined])).toEqual([
      [0, 0, 2, false],
      [0, 1, 2, true],
      [1, 0, 1, true],
    ]);
    // the scale changed with the map: scores are on 1…5
    expect(stages(planSlides(editor.doc, {}, 'en'))[0]!.curve).toMatchObject({ min: 1, max: 5 });
    expect(points.every((p) => p.score >= 1 && p.score <= 5)).toBe(true);
  });

  it('a stage of more than six scenes goes over several slides, as evenly as it splits', () => {
    const editor = map();
    editor.apply(Array.from({ length: 8 }, (_, i) => ({ type: 'addScene' as const, id: `b${i + 2}`, stageId: 'b', title: `Step ${i + 2}`, channel: 'offline' as const })));
    const buy = stages(planSlides(editor.doc, {}, 'en')).filter((x) => x.stageId === 'b');
    expect(buy.map((x) => x.heading)).toEqual(['Buy (1/2)', 'Buy (2/2)']);
    expect(buy.map((x) => x.columns.length)).toEqual([5, 4]);
    expect(buy.flatMap((x) => x.columns.map((c) => c.sceneId))).toEqual(['b1', ...Array.from({ length: 8 }, (_, i) => `b${i + 2}`)]);
    expect(Math.max(...buy.map((x) => x.columns.length))).toBeLessThanOrEqual(MAX_SCENES_PER_SLIDE);
    // the card of b1 stays in its column on the first part only
    expect(buy[0]!.rows.find((r) => r.laneId === 'tp')!.cells[0]).toEqual(['Greeting']);
    expect(buy[1]!.rows.find((r) => r.laneId === 'tp')!.cells.flat()).toEqual([]);
  });

  it('long texts are cut with …, crowded cells end in "+N more"', () => {
    const editor = map();
    const long = 'word '.repeat(60).trim();
    editor.apply([
      { type: 'setCardText', id: 'c1', text: long },
      ...Array.from({ length: 7 }, (_, i) => ({ type: 'addCard' as const, id: `x${i}`, laneId: 'needs', sceneId: 'a2', text: `Need ${i}` })),
    ]);
    const [aware] = stages(planSlides(editor.doc, {}, 'en'));
    const [a1, a2] = aware!.rows[0]!.cells;
    expect(a1![0]!.endsWith('…')).toBe(true);
    expect([...a1![0]!].length).toBeLessThanOrEqual(CARD_CHARS + 1);
    expect(a2).toHaveLength(MAX_CELL_CARDS);
    expect(a2!.slice(0, -1)).toEqual(['Need 0', 'Need 1', 'Need 2', 'Need 3']);
    expect(a2!.at(-1)).toBe('+3 more');
  });

  it('opportunities ranked by scoreOpportunities, and "none scored yet" when none is', () => {
    const doc = map().doc;
    const rows = summary(planSlides(doc, {}, 'en')).rows;
    expect(rows).toEqual([
      { rank: 1, text: 'Share each booking with the guard', value: 4, feasibility: 4, score: 16 },
      { rank: 2, text: 'Answer comments within the hour', value: 3, feasibility: 5, score: 15 },
    ]);
    expect(summary(planSlides(doc, {}, 'en')).notes).toEqual(['1 more opportunity is not fully scored.']);
    const ranked = scoreOpportunities(doc).filter((o) => o.rank !== null);
    expect(rows.map((r) => r.rank)).toEqual(ranked.map((o) => o.rank).sort());
    const none = summary(planSlides(smallMap(), {}, 'en'));
    expect(none.rows).toEqual([]);
    expect(none.notes).toEqual([SLIDES_WORDS.en.none]);
  });

  it('a Chinese template map: Chinese words, every stage, the curve on its scale', () => {
    const doc = createDocument('car-dealer', 'zh-CN');
    const plan = planSlides(doc, {}, 'zh-CN');
    expect(plan.locale).toBe('zh-CN');
    const title = plan.slides[0] as TitleSlide;
    expect(title.counts.text).toMatch(/^\d+ 个阶段 · \d+ 个场景 · \d+ 张卡片$/);
    expect(title.personas?.text).toMatch(/^用户画像：/);
    const slides = stages(plan);
    expect(slides.length).toBeGreaterThanOrEqual(Object.keys(doc.stages).length);
    expect(new Set(slides.map((x) => x.stageId)).size).toBe(Object.keys(doc.stages).length);
    expect(slides.every((x) => x.laneHeading === '泳道')).toBe(true);
    expect(slides.flatMap((x) => x.columns.map((c) => c.channel)).every((c) => ['线上', '线下', '线上+线下'].includes(c))).toBe(true);
    expect(slides.some((x) => x.curve?.ticks.some((t) => t.label === '愉悦'))).toBe(true);
    const markers = slides.flatMap((x) => x.curve?.curves.flatMap((c) => c.points.flatMap((p) => p.markers.map((m) => m.label))) ?? []);
    expect(markers).toContain('终点');
    const opportunities = summary(plan);
    expect(opportunities.heading).toBe('机会点（按性价比排序）');
    expect(opportunities.rows.length).toBeGreaterThan(0);
    expect(opportunities.rows.map((r) => r.score)).toEqual(opportunities.rows.map((r) => r.score).sort((a, b) => b - a));
    // one slide per stage slice, plus the title and the summary
    expect(plan.slides).toHaveLength(2 + slides.length);
  });

  it('a long list of opportunities: the best twelve, and how many more', () => {
    const editor = map();
    editor.apply(
      Array.from({ length: 14 }, (_, i) => ({ type: 'addCard' as const, id: `m${i}`, laneId: 'opp', sceneId: 'a2', text: `More ${i}`, fields: { scores: { need: s(1), pain: s(1), visibility: s(1), feasibility: s(1) } } })),
    );
    const slide = summary(planSlides(editor.doc, {}, 'en'));
    expect(slide.rows).toHaveLength(12);
    expect(slide.rows.slice(0, 2).map((r) => r.rank)).toEqual([1, 2]);
    // the fourteen ties share rank 3
    expect(slide.rows.at(-1)).toMatchObject({ rank: 3, score: 1 });
    expect(slide.notes).toEqual(['4 lower-ranked opportunities are not shown.', '1 more opportunity is not fully scored.']);
  });

  it('hidden curves are left out unless chosen; an interpolating map joins across gaps; a stage without scenes says so', () => {
    const editor = map();
    editor.apply([
      { type: 'setCurveHidden', id: 'goal', hidden: true },
      { type: 'addScene', id: 'b2', stageId: 'b', title: 'Test drive', channel: 'offline' },
      { type: 'addScene', id: 'b3', stageId: 'b', title: 'Offer', channel: 'offline' },
      { type: 'addEmotionPoint', id: 'e5', curveId: 'now', sceneId: 'b3', score: 0 },
      { type: 'addStage', id: 'c', title: 'Use' },
    ]);
    expect(stages(planSlides(editor.doc, {}, 'en'))[0]!.curve!.curves.map((c) => c.id)).toEqual(['now']);
    expect(stages(planSlides(editor.doc, { curves: ['now', 'goal'] }, 'en'))[0]!.curve!.curves.map((c) => c.id)).toEqual(['now', 'goal']);
    const joins = () => stages(planSlides(editor.doc, { stages: ['b'] }, 'en'))[0]!.curve!.curves[0]!.points.map((p) => [p.column, p.joined]);
    // b2 has no point: a gap
    expect(joins()).toEqual([
      [0, false],
      [2, false],
    ]);
    editor.apply({ type: 'setCurveGaps', mode: 'interpolate' });
    expect(joins()).toEqual([
      [0, false],
      [2, true],
    ]);
    const use = stages(planSlides(editor.doc, {}, 'en')).find((x) => x.stageId === 'c')!;
    expect(use).toMatchObject({ columns: [], empty: 'No scenes in this stage yet.', curve: null });
  });

  it('an English template map in English words', () => {
    const plan = planSlides(createDocument('first-visit', 'en'), {}, 'en');
    expect(summary(plan).columns.feasibility).toBe('Feasibility');
    expect(stages(plan).every((x) => x.columns.length <= MAX_SCENES_PER_SLIDE)).toBe(true);
  });
});
