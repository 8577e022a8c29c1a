// A coarse grey thumbnail of a PNG (mean brightness per cell), to compare two renderings of the
// same map within a tolerance, and to tell a real page from a blank one.
import { pixels } from '../../electron/services/export/png.ts';

export interface Crop {
  x: number;
  y: number;
  width: number;
  height: number;
}

export async function thumbnail(png: Buffer, columns: number, rows: number, crop?: Crop): Promise<number[]> {
  const image = await pixels(png, 3);
  const box = crop ?? { x: 0, y: 0, width: image.width, height: image.height };
  const sums = Array.from<number>({ length: columns * rows }).fill(0);
  const counts = Array.from<number>({ length: columns * rows }).fill(0);
  for (let y = Math.max(0, Math.round(box.y)); y < Math.min(image.height, Math.round(box.y + box.height)); y++) {
    const row = image.rows[y] as Buffer;
    const cy = Math.min(rows - 1, Math.floor(((y - box.y) / box.height) * rows));
    for (let x = Math.max(0, Math.round(box.x)); x < Math.min(image.width, Math.round(box.x + box.width)); x++) {
      const cx = Math.min(columns - 1, Math.floor(((x - box.x) / box.width) * columns));
      const i = x * 3;
      sums[cy * columns + cx]! += ((row[i] as number) + (row[i + 1] as number) + (row[i + 2] as number)) / 3;
      counts[cy * columns + cx]! += 1;
    }
  }
  return sums.map((sum, i) => sum / Math.max(1, counts[i] as number));
}

export const meanDifference = (a: number[], b: number[]) => a.reduce((total, value, i) => total + Math.abs(value - (b[i] as number)), 0) / a.length;

export function spread(values: number[]): number {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length);
}
