import { describe, expect, it } from 'vitest';
import { Editor } from '../../shared/editor.ts';
import { GRID, cardHeight, layoutMap } from '../../shared/layout.ts';
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

  it('gives an images-lane card its first image as a storyboard frame, and any card its images as thumbnails at its foot', () => {
    const editor = new Editor(smallMap());
    const photos = ['a', 'b', 'c', 'd', 'e', 'f', '0'].map((c) => c.repeat(64));
    editor.apply([
      { type: 'addLane', id: 'pics', kind: 'images', title: 'Photos' },
      { type: 'addCard', id: 'frame', laneId: 'pics', sceneId: 'a1', text: 'Showroom entrance', fields: { images: photos.slice(0, 2) } },
      { type: 'addCard', id: 'plain', laneId: 'needs', sceneId: 'a1', text: 'Showroom entrance' },
      { type: 'addCard', id: 'attached', laneId: 'needs', sceneId: 'a1', text: 'Showroom entrance', fields: { images: photos } },
    ]);
    const layout = layoutMap(editor.doc);
    const frame = layout.cards.frame!;
    const plain = layout.cards.plain!;
    const attached = layout.cards.attached!;
    expect(plain.picture).toBeNull();
    expect(plain.thumbs).toBeNull();
    // The frame fills the card's inside at 4:3, above the caption; the second photo is a thumbnail.
    expect(frame.picture).toMatchObject({ imageId: photos[0], width: frame.width - 2 * GRID.cardPaddingX - GRID.cardBorders });
    expect(frame.picture!.height).toBe(Math.round(frame.picture!.width * 0.75));
    expect(frame.thumbs).toMatchObject({ imageIds: [photos[1]], more: 0 });
    expect(frame.height).toBe(cardHeight(frame.lines.length + frame.meta.length, frame.picture!.height + GRID.imageGap + GRID.thumbSize + GRID.imageGap));
    expect(frame.height).toBeGreaterThan(plain.height + frame.picture!.height);
    // Outside the images lane every image is a thumbnail; those that do not fit are counted.
    expect(attached.picture).toBeNull();
    const thumbs = attached.thumbs!;
    expect(thumbs.imageIds.length + thumbs.more).toBe(photos.length);
    expect(thumbs.more).toBeGreaterThan(0);
    expect(thumbs.x + (thumbs.imageIds.length + 1) * (thumbs.size + GRID.thumbGap) - GRID.thumbGap).toBeLessThanOrEqual(attached.width - GRID.cardPaddingX);
    expect(thumbs.y + thumbs.size).toBe(attached.height - 1 - GRID.cardPaddingY);
  });
});
