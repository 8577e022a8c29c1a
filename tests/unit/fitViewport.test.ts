import { describe, expect, it } from 'vitest';
import { fitViewport } from '../../renderer/components/canvas/fitViewport.ts';

const inView = (v: { x: number; y: number; zoom: number }, c: { x: number; y: number; width: number; height: number }) => ({
  left: v.x + c.x * v.zoom,
  top: v.y + c.y * v.zoom,
  right: v.x + (c.x + c.width) * v.zoom,
  bottom: v.y + (c.y + c.height) * v.zoom,
});

describe('fitViewport', () => {
  const pane = { width: 1086, height: 691 };
  const corner = { width: 230, height: 180 };

  it('a wide map goes above the minimap, whole and clear of it', () => {
    const content = { x: 0, y: 0, width: 3640, height: 1170 };
    const v = fitViewport(content, pane, corner);
    const r = inView(v, content);
    expect(r.left).toBeGreaterThanOrEqual(16 - 1e-9);
    expect(r.right).toBeLessThanOrEqual(pane.width - 16 + 1e-9);
    expect(r.bottom).toBeLessThanOrEqual(pane.height - corner.height);
  });

  it('a tall map goes left of the minimap', () => {
    const content = { x: 0, y: 0, width: 600, height: 2000 };
    const r = inView(fitViewport(content, pane, corner), content);
    expect(r.right).toBeLessThanOrEqual(pane.width - corner.width);
    expect(r.bottom).toBeLessThanOrEqual(pane.height - 16 + 1e-9);
  });

  it('without a minimap the whole pane is used, and zoom stays within limits', () => {
    const content = { x: 0, y: 0, width: 3640, height: 1170 };
    expect(fitViewport(content, pane, null).zoom).toBeCloseTo((1086 - 32) / 3640);
    expect(fitViewport({ x: 0, y: 0, width: 10, height: 10 }, pane, null).zoom).toBe(2);
  });
});
