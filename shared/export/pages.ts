// Paper for printed maps: fit the whole map on one page, or tile it at 100 % across several
// pages that overlap a little, labelled so the sheets can be taped together on a wall.

/** Width × height in millimetres, portrait. */
export const PAGE_SIZES = {
  A4: [210, 297],
  A3: [297, 420],
  A2: [420, 594],
  A1: [594, 841],
  A0: [841, 1189],
  Letter: [215.9, 279.4],
} as const;
export type PageSizeName = keyof typeof PAGE_SIZES;

export interface PageOptions {
  size: PageSizeName | { width: number; height: number };
  landscape?: boolean;
  /** margin on every side, mm */
  margin?: number;
  mode: 'fit' | 'tile';
  /** how much neighbouring tiles share, mm (tile mode) */
  overlap?: number;
}

export interface Tile {
  /** e.g. "A1" = first row, first column; rows are letters, columns numbers */
  label: string;
  row: number;
  column: number;
  /** the part of the map on this page, in map pixels */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PagePlan {
  /** page size in mm, orientation applied */
  pageWidth: number;
  pageHeight: number;
  margin: number;
  /** map pixels → millimetres on paper */
  mmPerPixel: number;
  rows: number;
  columns: number;
  tiles: Tile[];
}

/** CSS pixels are 1/96 inch. */
export const MM_PER_CSS_PIXEL = 25.4 / 96;

const rowLabel = (row: number): string => (row < 26 ? String.fromCharCode(65 + row) : rowLabel(Math.floor(row / 26) - 1) + rowLabel(row % 26));

export function planPages(mapWidth: number, mapHeight: number, options: PageOptions): PagePlan {
  const [w, h] = typeof options.size === 'string' ? PAGE_SIZES[options.size] : [options.size.width, options.size.height];
  const [pageWidth, pageHeight] = options.landscape ? [Math.max(w, h), Math.min(w, h)] : [Math.min(w, h), Math.max(w, h)];
  const margin = Math.max(0, Math.min(options.margin ?? 10, Math.min(pageWidth, pageHeight) / 4));
  const areaWidth = pageWidth - 2 * margin;
  const areaHeight = pageHeight - 2 * margin;

  if (options.mode === 'fit') {
    const mmPerPixel = Math.min(areaWidth / mapWidth, areaHeight / mapHeight);
    return {
      pageWidth,
      pageHeight,
      margin,
      mmPerPixel,
      rows: 1,
      columns: 1,
      tiles: [{ label: 'A1', row: 0, column: 0, x: 0, y: 0, width: mapWidth, height: mapHeight }],
    };
  }

  // At 100 %: one map pixel is one CSS pixel on paper.
  const mmPerPixel = MM_PER_CSS_PIXEL;
  const tileWidth = areaWidth / mmPerPixel;
  const tileHeight = areaHeight / mmPerPixel;
  const overlap = Math.max(0, Math.min(options.overlap ?? 10, Math.min(areaWidth, areaHeight) / 3)) / mmPerPixel;
  const count = (size: number, tile: number) => Math.max(1, Math.ceil((size - overlap) / (tile - overlap)));
  const columns = count(mapWidth, tileWidth);
  const rows = count(mapHeight, tileHeight);
  const tiles: Tile[] = [];
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      tiles.push({
        label: `${rowLabel(row)}${column + 1}`,
        row,
        column,
        x: column * (tileWidth - overlap),
        y: row * (tileHeight - overlap),
        width: tileWidth,
        height: tileHeight,
      });
    }
  }
  return { pageWidth, pageHeight, margin, mmPerPixel, rows, columns, tiles };
}
