// Where the markers of an emotion curve (highlight, darkest, most intense, end) put their
// labels: above or below their point, pushed further out, one label height at a time, until
// they overlap neither each other nor what is already drawn (the mood zones' names). Pure, so
// the canvas and the tests agree on every box.

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LabelWish {
  key: string;
  /** the point the label belongs to */
  x: number;
  y: number;
  width: number;
  height: number;
  below: boolean;
}

export interface PlacedLabel extends Box {
  key: string;
  below: boolean;
  /** where the label's pointer touches, just outside its box, towards the point */
  tipY: number;
}

/** Distance from a point's centre to its label's pointer tip, and the pointer's length. */
export const LABEL_GAP = 11;
export const POINTER = 4;
const SPACING = 2;
/** Never further out than this many label heights (a pile of labels on one spot). */
const MAX_LEVELS = 12;

export const overlaps = (a: Box, b: Box): boolean => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * `wishes` in drawing order: earlier labels keep the places nearest their points. A label stays
 * between `within.top` and `within.bottom` (the lane): when its side has no room left, it goes
 * to the other side of its point.
 */
export function placeLabels(wishes: LabelWish[], obstacles: Box[] = [], within?: { top: number; bottom: number }): PlacedLabel[] {
  const taken: Box[] = [...obstacles];
  const placed: PlacedLabel[] = [];
  const at = (wish: LabelWish, below: boolean, level: number): PlacedLabel => {
    const out = LABEL_GAP + level * (wish.height + POINTER + SPACING);
    const tipY = below ? wish.y + out : wish.y - out;
    const y = below ? tipY + POINTER : tipY - POINTER - wish.height;
    return { key: wish.key, below, tipY, x: wish.x - wish.width / 2, y, width: wish.width, height: wish.height };
  };
  const inside = (box: Box) => !within || (box.y >= within.top && box.y + box.height <= within.bottom);
  for (const wish of wishes) {
    let label: PlacedLabel | null = null;
    for (const below of [wish.below, !wish.below]) {
      for (let level = 0; level <= MAX_LEVELS && !label; level++) {
        const candidate = at(wish, below, level);
        if (!inside(candidate)) break;
        if (!taken.some((box) => overlaps(box, candidate))) label = candidate;
      }
      if (label) break;
    }
    // No free place at all (a pile of labels in a low lane): the nearest one on its own side.
    label ??= at(wish, wish.below, 0);
    taken.push(label);
    placed.push(label);
  }
  return placed;
}
