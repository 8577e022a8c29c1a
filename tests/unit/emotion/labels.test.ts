import { describe, expect, it } from 'vitest';
import { LABEL_GAP, POINTER, overlaps, placeLabels, type LabelWish } from '../../../shared/emotion/labels.ts';

const wish = (key: string, x: number, y: number, below: boolean, width = 90): LabelWish => ({ key, x, y, width, height: 14, below });

describe('placeLabels', () => {
  it('puts a lone label just above or below its point, centred on it', () => {
    const [above] = placeLabels([wish('a', 100, 50, false)]);
    expect(above).toMatchObject({ x: 55, tipY: 50 - LABEL_GAP, y: 50 - LABEL_GAP - POINTER - 14 });
    const [below] = placeLabels([wish('b', 100, 50, true)]);
    expect(below).toMatchObject({ tipY: 50 + LABEL_GAP, y: 50 + LABEL_GAP + POINTER });
  });

  it('stacks labels of one point, and of points close together, so that none overlaps', () => {
    const placed = placeLabels([wish('darkest', 100, 80, true), wish('intense', 100, 80, true, 120), wish('end', 150, 80, true), wish('far', 400, 80, true)]);
    for (const [i, a] of placed.entries()) for (const b of placed.slice(i + 1)) expect(overlaps(a, b), `${a.key} / ${b.key}`).toBe(false);
    expect(placed[1]!.y).toBeGreaterThan(placed[0]!.y);
    // A label with room stays at the first level.
    expect(placed[3]!.tipY).toBe(80 + LABEL_GAP);
  });

  it('stays inside the lane: with no room below, a label goes above its point', () => {
    const lane = { top: 0, bottom: 100 };
    const [low, second] = placeLabels([wish('darkest', 100, 90, true), wish('intense', 100, 90, true)], [], lane);
    expect(low!.below).toBe(false);
    expect(second!.below).toBe(false);
    for (const label of [low!, second!]) {
      expect(label.y).toBeGreaterThanOrEqual(0);
      expect(label.y + label.height).toBeLessThanOrEqual(100);
    }
    expect(overlaps(low!, second!)).toBe(false);
  });

  it('keeps clear of what is drawn already (the mood zone names)', () => {
    const zone = { x: 0, y: 20, width: 60, height: 14 };
    const [label] = placeLabels([wish('a', 40, 60, false)], [zone]);
    expect(overlaps(label!, zone)).toBe(false);
  });
});
