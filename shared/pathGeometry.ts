// The customer-path arrow between two touchpoint cards: a cubic arc that sags between cards of
// the same row (a straight line would vanish under the cards in between). Used by the canvas
// and the export renderer, so both draw the same arrow.
export function arcPath(sx: number, sy: number, tx: number, ty: number): { path: string; labelX: number; labelY: number } {
  const dx = tx - sx;
  const reach = Math.max(40, Math.abs(dx) * 0.3);
  const sag = Math.abs(ty - sy) < 40 ? Math.min(90, 24 + Math.abs(dx) * 0.12) : 0;
  const c1 = { x: sx + reach, y: sy + sag };
  const c2 = { x: tx - reach, y: ty + sag };
  // The point of the cubic curve at t = 0.5, where the label goes.
  const labelX = (sx + 3 * c1.x + 3 * c2.x + tx) / 8;
  const labelY = (sy + 3 * c1.y + 3 * c2.y + ty) / 8;
  return { path: `M ${sx},${sy} C ${c1.x},${c1.y} ${c2.x},${c2.y} ${tx},${ty}`, labelX, labelY };
}
