import { describe, expect, it } from 'vitest';
import { Editor } from '../../shared/editor.ts';
import { GRID, layoutMap } from '../../shared/layout.ts';
import { DEFAULT_LANE_HEIGHT, DEFAULT_SCENE_WIDTH, emptyDoc } from '../../shared/model.ts';
import { smallMap } from './ops/harness.ts';

describe('layoutMap', () => {
  it('places scene columns left to right under stage headers that span them', () => {
    const layout = layoutMap(smallMap());
    expect(layout.columns.map((c) => c.sceneId)).toEqual(['a1', 'a2', 'b1']);
    expect(layout.columns[0]?.x).toBe(GRID.laneHeaderWidth);
    expect(layout.columns[1]?.x).toBe(GRID.laneHeaderWidth + DEFAULT_SCENE_WIDTH);
    expect(layout.stages[0]).toMatchObject({ stageId: 'a', x: GRID.laneHeaderWidth, width: 2 * DEFAULT_SCENE_WIDTH });
    expect(layout.stages[1]).toMatchObject({ stageId: 'b', width: DEFAULT_SCENE_WIDTH });
    expect(layout.width).toBe(GRID.laneHeaderWidth + 3 * DEFAULT_SCENE_WIDTH);
  });

  it('gives a stage without scenes a placeholder column', () => {
    const editor = new Editor(smallMap());
    editor.apply({ type: 'addStage', id: 'empty', title: 'Later' });
    const layout = layoutMap(editor.doc);
    expect(layout.columns.at(-1)).toMatchObject({ sceneId: null, stageId: 'empty', width: GRID.emptyStageWidth });
  });

  it('stacks cards in their cell and grows the lane to fit them', () => {
    const editor = new Editor(smallMap());
    for (let i = 0; i < 6; i++) editor.apply({ type: 'addCard', id: `n${i}`, laneId: 'needs', sceneId: 'a2', text: `need ${i}` });
    const layout = layoutMap(editor.doc);
    const boxes = [0, 1, 2, 3, 4, 5].map((i) => layout.cards[`n${i}`]!);
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.y).toBe(boxes[i - 1]!.y + boxes[i - 1]!.height + GRID.cardGap);
    const row = layout.rows.find((r) => r.laneId === 'needs')!;
    const last = boxes.at(-1)!;
    expect(row.height).toBeGreaterThan(DEFAULT_LANE_HEIGHT);
    expect(last.y + last.height).toBeLessThanOrEqual(row.y + row.height);
  });

  it('leaves hidden lanes out and starts lanes below the headers', () => {
    const doc = structuredClone(smallMap());
    doc.lanes.needs!.hidden = true;
    const layout = layoutMap(doc);
    expect(layout.rows.map((r) => r.laneId)).toEqual(['tp']);
    expect(layout.rows[0]?.y).toBe(layout.top);
    expect(layout.cards.c1).toBeUndefined();
  });

  it('lays out an empty map', () => {
    const layout = layoutMap(emptyDoc('en'));
    expect(layout).toMatchObject({ stages: [], columns: [], rows: [], width: GRID.laneHeaderWidth });
  });
});
