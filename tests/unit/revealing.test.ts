import { describe, expect, it } from 'vitest';
import { GRID } from '../../shared/layout.ts';
import { revealing } from '../../renderer/components/canvas/revealing.ts';

const pane = { width: 1000, height: 700 };
const headers = GRID.stageHeaderHeight + GRID.sceneHeaderHeight;

describe('revealing', () => {
  it('leaves the view alone when the box is in the open area', () => {
    const view = { x: 0, y: 0, zoom: 1 };
    expect(revealing(view, { x: 300, y: headers + 8, width: 200, height: 50 }, pane)).toEqual(view);
  });

  it('pans a box off the right edge into view, and one under the pinned headers out from under them', () => {
    const right = revealing({ x: 0, y: 0, zoom: 1 }, { x: 1200, y: 300, width: 200, height: 50 }, pane);
    expect(1200 + right.x + 200).toBeLessThanOrEqual(pane.width);
    const under = revealing({ x: -500, y: 0, zoom: 1 }, { x: 400, y: 300, width: 200, height: 50 }, pane);
    expect(400 + under.x).toBeGreaterThanOrEqual(GRID.laneHeaderWidth);
  });

  it('never creeps: revealing the same box again does not move the view', () => {
    const once = revealing({ x: -800, y: 0, zoom: 0.8 }, { x: 900, y: headers + 8, width: 200, height: 50 }, pane);
    expect(revealing(once, { x: 900, y: headers + 8, width: 200, height: 50 }, pane)).toEqual(once);
  });

  it('keeps the box clear of what floats over the map: beside it, or below it', () => {
    const minimap = { x: 780, y: 520, width: 200, height: 150 };
    const view = revealing({ x: 0, y: 0, zoom: 1 }, { x: 800, y: 560, width: 180, height: 40 }, pane, [minimap]);
    const shown = { x: 800 + view.x, y: 560 + view.y };
    expect(shown.x + 180).toBeLessThanOrEqual(minimap.x);
    const findBar = { x: 0, y: 0, width: 1000, height: 200 };
    const below = revealing({ x: 0, y: 0, zoom: 1 }, { x: 400, y: headers + 8, width: 180, height: 40 }, pane, [findBar]);
    expect(headers + 8 + below.y).toBeGreaterThanOrEqual(200);
  });
});
