import { viewedDocument } from '../../shared/views.ts';
import { describe, expect, it } from 'vitest';
import { Editor } from '../../shared/editor.ts';
import { GRID, cellAt, insertionIndex, laneDropAt, layoutMap, neighbourCard, sceneDropAt, stageDropAt } from '../../shared/layout.ts';
import { DEFAULT_SCENE_WIDTH, emptyDoc } from '../../shared/model.ts';
import type { Operation } from '../../shared/ops.ts';
import { smallMap } from './ops/harness.ts';

function grid(scenes: number, lanes: number, cardsPerCell: number) {
  const ops: Operation[] = [{ type: 'addStage', id: 's', title: 'Stage' }];
  for (let i = 0; i < scenes; i++) ops.push({ type: 'addScene', id: `sc${i}`, stageId: 's', title: `${i}`, channel: 'online' });
  for (let l = 0; l < lanes; l++) ops.push({ type: 'addLane', id: `l${l}`, kind: 'needs', title: `${l}` });
  for (let i = 0; i < scenes; i++)
    for (let l = 0; l < lanes; l++)
      for (let c = 0; c < cardsPerCell; c++) ops.push({ type: 'addCard', id: `c${i}-${l}-${c}`, laneId: `l${l}`, sceneId: `sc${i}`, text: `card ${c}` });
  const editor = new Editor(emptyDoc('en'));
  editor.apply(ops);
  return editor.doc;
}

describe('layout edge cases', () => {
  it('one scene; 60 scenes side by side with no gaps', () => {
    expect(layoutMap(grid(1, 1, 0)).columns).toEqual([{ sceneId: 'sc0', stageId: 's', x: GRID.laneHeaderWidth, width: DEFAULT_SCENE_WIDTH }]);
    const layout = layoutMap(grid(60, 2, 1));
    expect(layout.columns).toHaveLength(60);
    layout.columns.forEach((c, i) => expect(c.x).toBe(GRID.laneHeaderWidth + i * DEFAULT_SCENE_WIDTH));
    expect(layout.stages[0]?.width).toBe(60 * DEFAULT_SCENE_WIDTH);
  });

  it('per-column widths and per-lane heights are used', () => {
    const editor = new Editor(grid(3, 2, 0));
    editor.apply([
      { type: 'setSceneWidth', id: 'sc1', width: 400 },
      { type: 'setLaneHeight', id: 'l0', height: 300 },
    ]);
    const layout = layoutMap(editor.doc);
    expect(layout.columns.map((c) => c.width)).toEqual([DEFAULT_SCENE_WIDTH, 400, DEFAULT_SCENE_WIDTH]);
    expect(layout.columns[2]?.x).toBe(GRID.laneHeaderWidth + DEFAULT_SCENE_WIDTH + 400);
    expect(layout.rows[0]?.height).toBe(300);
    expect(layout.rows[1]?.y).toBe(layout.top + 300);
  });

  it('a collapsed lane is a thin row without cards', () => {
    const editor = new Editor(grid(2, 2, 2));
    editor.apply({ type: 'setLaneCollapsed', id: 'l0', collapsed: true });
    const layout = layoutMap(editor.doc);
    expect(layout.rows[0]).toMatchObject({ laneId: 'l0', height: GRID.collapsedLaneHeight, collapsed: true });
    expect(layout.cards['c0-0-0']).toBeUndefined();
    expect(layout.cards['c0-1-0']).toBeDefined();
  });

  it('cellAt finds the cell under a point, and nothing outside the grid', () => {
    const layout = layoutMap(smallMap());
    const tp = layout.rows.find((r) => r.laneId === 'tp')!;
    const b1 = layout.columns.find((c) => c.sceneId === 'b1')!;
    expect(cellAt(layout, b1.x + 5, tp.y + 5)).toEqual({ laneId: 'tp', sceneId: 'b1' });
    expect(cellAt(layout, 10, tp.y + 5)).toBeNull();
    expect(cellAt(layout, b1.x + 5, 5)).toBeNull();
    expect(cellAt(layout, layout.width + 1, tp.y + 5)).toBeNull();
  });

  it('insertionIndex counts the cards above the pointer, leaving out the moving ones', () => {
    const layout = layoutMap(smallMap());
    const cell = { laneId: 'needs', sceneId: 'a1' };
    const c1 = layout.cards.c1!;
    const c2 = layout.cards.c2!;
    expect(insertionIndex(layout, cell, c1.y)).toBe(0);
    expect(insertionIndex(layout, cell, c1.y + c1.height - 2)).toBe(1);
    expect(insertionIndex(layout, cell, c2.y + c2.height + 50)).toBe(2);
    expect(insertionIndex(layout, cell, c2.y + c2.height + 50, new Set(['c1']))).toBe(1);
  });

  it('neighbourCard moves within the cell, across lanes and across scenes', () => {
    const layout = layoutMap(smallMap());
    expect(neighbourCard(layout, 'c1', 'down')).toBe('c2');
    expect(neighbourCard(layout, 'c2', 'down')).toBe('t1');
    expect(neighbourCard(layout, 't1', 'up')).toBe('c2');
    expect(neighbourCard(layout, 't1', 'right')).toBe('t2');
    expect(neighbourCard(layout, 't2', 'left')).toBe('t1');
    expect(neighbourCard(layout, 'c1', 'up')).toBeNull();
    expect(neighbourCard(layout, 't2', 'right')).toBeNull();
  });
});

describe('header drop targets', () => {
  it('sceneDropAt: before or after the column under the pointer, across stages, into an empty stage', () => {
    const editor = new Editor(smallMap());
    editor.apply({ type: 'addStage', id: 'empty', title: 'Later' });
    const layout = layoutMap(editor.doc);
    const [a1, a2, b1, placeholder] = layout.columns;
    expect(sceneDropAt(layout, a2!.x + 10, 'a1')).toEqual({ stageId: 'a', index: 0, markerX: a2!.x });
    expect(sceneDropAt(layout, a2!.x + a2!.width - 10, 'a1')).toEqual({ stageId: 'a', index: 1, markerX: a2!.x + a2!.width });
    expect(sceneDropAt(layout, b1!.x + b1!.width - 5, 'a1')).toMatchObject({ stageId: 'b', index: 1 });
    expect(sceneDropAt(layout, placeholder!.x + 5, 'a1')).toMatchObject({ stageId: 'empty', index: 0 });
    expect(sceneDropAt(layout, a1!.x - 500, 'a2')).toMatchObject({ stageId: 'a', index: 0 });
  });

  it('stageDropAt counts the stages left of the pointer', () => {
    const layout = layoutMap(smallMap());
    const [a, b] = layout.stages;
    expect(stageDropAt(layout, b!.x + b!.width - 5, 'a', ['a', 'b'])).toEqual({ index: 1, markerX: b!.x + b!.width });
    expect(stageDropAt(layout, a!.x + 5, 'b', ['a', 'b'])).toEqual({ index: 0, markerX: a!.x });
  });

  it('stageDropAt, in a view leaving a stage out, counts that stage in the index it returns', () => {
    const editor = new Editor(smallMap());
    editor.apply([
      { type: 'addStage', id: 'c', title: 'Use' },
      { type: 'addScene', id: 'c1', stageId: 'c', title: 'Service', channel: 'offline' },
      { type: 'addView', id: 'v', name: 'Without buying', leftOut: { stagesLeftOut: ['b'] } },
    ]);
    const layout = layoutMap(viewedDocument(editor.doc, editor.doc.views.v), editor.doc);
    const [a, c] = layout.stages;
    // shown: a c; all: a b c. Dropping a before c puts it before c among all (after b).
    expect(stageDropAt(layout, c!.x + 5, 'a', ['a', 'b', 'c'])).toEqual({ index: 1, markerX: c!.x });
    expect(stageDropAt(layout, c!.x + c!.width - 5, 'a', ['a', 'b', 'c'])).toEqual({ index: 2, markerX: c!.x + c!.width });
    expect(stageDropAt(layout, a!.x + 5, 'c', ['a', 'b', 'c'])).toEqual({ index: 0, markerX: a!.x });
  });

  it('laneDropAt counts hidden lanes in the index it returns', () => {
    const editor = new Editor(smallMap());
    editor.apply([
      { type: 'addLane', id: 'hid', kind: 'text', title: 'Hidden', index: 1 },
      { type: 'setLaneHidden', id: 'hid', hidden: true },
    ]);
    const layout = layoutMap(editor.doc);
    const order = ['needs', 'hid', 'tp'];
    const tp = layout.rows.find((r) => r.laneId === 'tp')!;
    expect(laneDropAt(layout, tp.y + tp.height - 2, 'needs', order)).toEqual({ index: 2, markerY: tp.y + tp.height });
    expect(laneDropAt(layout, layout.top + 2, 'tp', order)).toEqual({ index: 0, markerY: layout.top });
  });
});
