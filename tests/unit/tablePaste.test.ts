import { describe, expect, it } from 'vitest';
import { Editor } from '../../shared/editor.ts';
import type { JourneyDoc } from '../../shared/model.ts';
import { cardsTable, mapTable } from '../../shared/tableCopy.ts';
import { planTablePaste } from '../../shared/tablePaste.ts';
import { smallMap } from './ops/harness.ts';

let n = 0;
const options = { newId: (kind: string) => `${kind}-${++n}`, sceneTitle: (taken: string[]) => `Scene ${taken.length + 1}` };

function pasted(doc: JourneyDoc, grid: string[][], target = { laneId: 'needs', sceneId: 'a1' }) {
  const editor = new Editor(doc);
  const plan = planTablePaste(doc, grid, target, options);
  editor.apply(plan.ops);
  const cell = (laneId: string, sceneId: string) =>
    Object.values(editor.doc.cards)
      .filter((card) => card.laneId === laneId && card.sceneId === sceneId && plan.ids.includes(card.id))
      .sort((a, b) => (a.order < b.order ? -1 : 1))
      .map((card) => card.text);
  return { plan, doc: editor.doc, cell, editor };
}

describe('planTablePaste', () => {
  it('rows go to lanes and columns to scenes from the target cell, one card per non-empty cell', () => {
    const { plan, cell } = pasted(smallMap(), [
      ['n1', '', 'n3'],
      ['t1', 't2\nsecond line', ''],
    ]);
    expect(plan).toMatchObject({ lanes: 2, scenes: 3, addedScenes: 0, leftOut: 0 });
    expect(plan.ids).toHaveLength(4);
    expect(cell('needs', 'a1')).toEqual(['n1']);
    expect(cell('needs', 'b1')).toEqual(['n3']);
    expect(cell('tp', 'a2')).toEqual(['t2\nsecond line']);
  });
  it('adds scenes at the right end of the last stage, each with a neutral emotion point', () => {
    const { plan, doc, cell } = pasted(smallMap(), [['x', 'y', 'z']], { laneId: 'needs', sceneId: 'a2' });
    expect(plan.addedScenes).toBe(1);
    const added = Object.values(doc.scenes).find((scene) => !['a1', 'a2', 'b1'].includes(scene.id));
    expect(added).toMatchObject({ stageId: 'b', title: 'Scene 4' });
    expect(cell('needs', added?.id ?? '')).toEqual(['z']);
    expect(Object.values(doc.emotionPoints).filter((point) => point.sceneId === added?.id)).toMatchObject([{ score: 0 }]);
  });
  it('leaves out what is below the last lane, and says how much', () => {
    const { plan } = pasted(smallMap(), [['a', 'b'], ['c', ''], ['d', 'e']]);
    expect(plan).toMatchObject({ lanes: 2, leftOut: 2 });
    expect(plan.ids).toHaveLength(3);
  });
  it('a first row of scene or stage titles and a first column of lane titles place the cards', () => {
    const { plan, cell } = pasted(
      smallMap(),
      [
        ['', 'showroom', ' ADS '],
        ['Touchpoints', 'greet', 'video'],
        ['needs', '', 'price'],
      ],
      { laneId: 'tp', sceneId: 'b1' },
    );
    expect(plan).toMatchObject({ lanes: 2, scenes: 2, addedScenes: 0, leftOut: 0 });
    expect(cell('tp', 'b1')).toEqual(['greet']);
    expect(cell('tp', 'a1')).toEqual(['video']);
    expect(cell('needs', 'a1')).toEqual(['price']);
    // a stage title: its first scene
    expect(pasted(smallMap(), [['Buy', 'Aware'], ['b', 'a']]).cell('needs', 'a1')).toEqual(['a']);
  });
  it('text that only looks like titles in part is data', () => {
    const { cell } = pasted(smallMap(), [['Ads', 'nope'], ['x', 'y']]);
    expect(cell('needs', 'a1')).toEqual(['Ads']);
    expect(cell('tp', 'a2')).toEqual(['y']);
  });
  it('a column of lines goes into the target cell, one card per line, after its cards', () => {
    const { plan, doc, cell } = pasted(smallMap(), [['one'], [''], ['two\nlines']]);
    expect(cell('needs', 'a1')).toEqual(['one', 'two\nlines']);
    expect(plan).toMatchObject({ lanes: 1, scenes: 1 });
    const texts = Object.values(doc.cards).filter((c) => c.laneId === 'needs' && c.sceneId === 'a1').sort((a, b) => (a.order < b.order ? -1 : 1)).map((c) => c.text);
    expect(texts).toEqual(['Know the price', 'Compare models', 'one', 'two\nlines']);
  });
  it('is one undo step', () => {
    const start = smallMap();
    const { editor } = pasted(start, [['a', 'b', 'c', 'd'], ['e', 'f', 'g', 'h']]);
    expect(editor.undo()).toBe(true);
    expect(editor.doc).toEqual(start);
  });
  it('the emotion lane and hidden lanes are skipped', () => {
    const editor = new Editor(smallMap());
    editor.apply([
      { type: 'addLane', id: 'feel', kind: 'emotion', title: 'Emotion', index: 1 },
      { type: 'addLane', id: 'gone', kind: 'painpoints', title: 'Pain', index: 2 },
      { type: 'setLaneHidden', id: 'gone', hidden: true },
    ]);
    const { cell } = pasted(editor.doc, [['a', ''], ['b', '']]);
    expect(cell('tp', 'a1')).toEqual(['b']);
  });
});

describe('cards as a table', () => {
  it('a selection gives the block from its first to its last lane and scene', () => {
    expect(cardsTable(smallMap(), ['c2', 't2', 'c1'])).toEqual([
      ['Know the price\nCompare models', '', ''],
      ['', '', 'Greeting'],
    ]);
    expect(cardsTable(smallMap(), ['t1'])).toEqual([['Video ad']]);
    expect(cardsTable(smallMap(), ['nope'])).toEqual([]);
  });
  it('the whole map has scene and lane titles, which place the cards when pasted back', () => {
    const table = mapTable(smallMap());
    expect(table).toEqual([
      ['', 'Ads', 'Friends', 'Showroom'],
      ['Needs', 'Know the price\nCompare models', '', ''],
      ['Touchpoints', 'Video ad', '', 'Greeting'],
    ]);
    const { cell } = pasted(smallMap(), table, { laneId: 'tp', sceneId: 'b1' });
    expect(cell('tp', 'b1')).toEqual(['Greeting']);
    expect(cell('needs', 'a1')).toEqual(['Know the price\nCompare models']);
  });
});
