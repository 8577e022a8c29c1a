import { describe, expect, it } from 'vitest';
import { Editor } from '../../shared/editor.ts';
import { findInDoc, MAX_RESULTS, targetKey } from '../../shared/search.ts';
import { smallMap } from './ops/harness.ts';

describe('findInDoc', () => {
  it('finds card texts, notes and titles: titles first, then by scene left to right and lane top to bottom', () => {
    const results = findInDoc(smallMap(), 'o');
    expect(results.map((r) => `${targetKey(r.target)}:${r.field}`)).toEqual([
      'scene:b1:title',
      'lane:tp:title',
      'card:c1:text',
      'card:c2:text',
      'card:t1:text',
      'emotionPoint:e1:note',
      'emotionPoint:e2:note',
    ]);
  });

  it('is case and width insensitive and marks where the match is', () => {
    const editor = new Editor(smallMap());
    editor.apply({ type: 'setCardText', id: 'c1', text: 'Wants to know the PRICE before the visit' });
    const [hit] = findInDoc(editor.doc, 'ｐｒｉｃｅ');
    expect(hit?.target).toMatchObject({ kind: 'card', id: 'c1' });
    expect(hit!.snippet.slice(hit!.start, hit!.end)).toBe('PRICE');
  });

  it('finds Chinese text and emotion notes', () => {
    const editor = new Editor(smallMap());
    editor.apply({ type: 'setCardText', id: 't2', text: '展厅无人接待' });
    expect(findInDoc(editor.doc, '接待')[0]?.target).toMatchObject({ kind: 'card', id: 't2' });
    expect(findInDoc(editor.doc, 'nobody')[0]).toMatchObject({ target: { kind: 'emotionPoint', id: 'e2', sceneId: 'b1' }, field: 'note' });
  });

  it('finds a touchpoint by its channel and a card by a tag, once per card', () => {
    const editor = new Editor(smallMap());
    editor.apply({ type: 'setCardFields', id: 't1', fields: { tags: ['video', 'videos'] } });
    const hits = findInDoc(editor.doc, 'video');
    expect(hits.filter((h) => targetKey(h.target) === 'card:t1')).toHaveLength(1);
    expect(findInDoc(editor.doc, 'short video')[0]).toMatchObject({ target: { id: 't1' }, field: 'channel' });
  });

  it("finds a service action by its roles, its series and its steps, once per card", () => {
    const editor = new Editor(smallMap());
    editor.apply([
      { type: 'addLane', id: 'acts', kind: 'service-actions', title: 'Service actions' },
      { type: 'addCard', id: 's1', laneId: 'acts', sceneId: 'b1', text: 'Hand over the pen', fields: { roles: ['Sales consultant'], series: 'Welcome routine', steps: ['Cap off', 'Clip toward the palm', 'Pass it level with both hands'] } },
    ]);
    expect(findInDoc(editor.doc, 'consultant')[0]).toMatchObject({ target: { id: 's1' }, field: 'role' });
    expect(findInDoc(editor.doc, 'routine')[0]).toMatchObject({ target: { id: 's1' }, field: 'series' });
    expect(findInDoc(editor.doc, 'palm')[0]).toMatchObject({ target: { id: 's1' }, field: 'step', snippet: 'Clip toward the palm' });
    expect(findInDoc(editor.doc, 'p').filter((h) => targetKey(h.target) === 'card:s1')).toHaveLength(1);
  });

  it('lists stage, scene and lane titles', () => {
    expect(findInDoc(smallMap(), 'showroom').map((r) => targetKey(r.target))).toEqual(['scene:b1']);
    expect(findInDoc(smallMap(), 'aware').map((r) => targetKey(r.target))).toEqual(['stage:a']);
    expect(findInDoc(smallMap(), 'touchpoints').map((r) => targetKey(r.target))).toEqual(['lane:tp']);
  });

  it('leaves out hidden lanes and their cards', () => {
    const editor = new Editor(smallMap());
    editor.apply({ type: 'setLaneHidden', id: 'tp', hidden: true });
    expect(findInDoc(editor.doc, 'video').map((r) => targetKey(r.target))).toEqual([]);
    expect(findInDoc(editor.doc, 'touchpoints')).toEqual([]);
    expect(findInDoc(editor.doc, 'price').map((r) => targetKey(r.target))).toEqual(['card:c1']);
  });

  it('finds nothing for an empty query and stops at the limit', () => {
    expect(findInDoc(smallMap(), '   ')).toEqual([]);
    const editor = new Editor(smallMap());
    for (let i = 0; i < MAX_RESULTS + 20; i++) editor.apply({ type: 'addCard', id: `n${i}`, laneId: 'needs', sceneId: 'a2', text: `need ${i}` });
    expect(findInDoc(editor.doc, 'need')).toHaveLength(MAX_RESULTS);
  });

  it('keeps snippets short and on one line', () => {
    const editor = new Editor(smallMap());
    editor.apply({ type: 'setCardText', id: 'c1', text: `${'x'.repeat(200)}\nneedle\n${'y'.repeat(200)}` });
    const [hit] = findInDoc(editor.doc, 'needle');
    expect(hit!.snippet.length).toBeLessThan(80);
    expect(hit!.snippet).not.toMatch(/\n/);
    expect(hit!.snippet.slice(hit!.start, hit!.end)).toBe('needle');
  });
});
