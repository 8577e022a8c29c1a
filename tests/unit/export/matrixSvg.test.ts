// The opportunity matrix export: each scored opportunity a dot where its scores put it, in its
// quadrant, with its rank; the quadrants named in the map's language; the map's text escaped.
import { describe, expect, it } from 'vitest';
import { matrixX, matrixY, PLOT, renderMatrixSvg, shortLabel } from '../../../shared/export/matrixSvg.ts';
import type { Card, JourneyDoc } from '../../../shared/model.ts';
import { createDocument } from '../../../shared/templates.ts';

const s = (value: number) => ({ value, reason: '' });

/** The template with its opportunities unscored and untied, then its first ones scored as given (need, pain, visibility all `value`). */
function scored(locale: 'en' | 'zh-CN', scores: [number, number][]): { doc: JourneyDoc; cards: Card[] } {
  const doc = createDocument('car-dealer', locale);
  const cards = Object.values(doc.cards).filter((c) => doc.lanes[c.laneId]?.kind === 'opportunities');
  // The template's own scores and ties (which propose scores) set aside.
  for (const card of cards) delete card.scores;
  for (const relation of Object.values(doc.relations)) if (relation.kind === 'addresses') delete doc.relations[relation.id];
  scores.forEach(([value, feasibility], i) => {
    cards[i]!.scores = { need: s(value), pain: s(value), visibility: s(value), feasibility: s(feasibility) };
  });
  return { doc, cards };
}

function dots(svg: string) {
  return [...svg.matchAll(/<g class="dot" data-card-id="([^"]+)" data-quadrant="(\w+)"[^>]*><circle cx="([\d.]+)" cy="([\d.]+)"[^>]*\/><text[^>]*>(\d*)<\/text>/g)].map((m) => ({
    id: m[1],
    quadrant: m[2],
    x: Number(m[3]),
    y: Number(m[4]),
    rank: m[5],
  }));
}

describe('opportunity matrix export', () => {
  it('puts each scored opportunity at its value and feasibility, in its quadrant, with its rank', () => {
    const { doc, cards } = scored('en', [
      [5, 4],
      [2, 5],
      [4, 1],
      [1, 2],
    ]);
    const { svg } = renderMatrixSvg(doc);
    const found = dots(svg);
    expect(found).toHaveLength(4);
    const at = (i: number) => found.find((d) => d.id === cards[i]!.id)!;
    expect(at(0)).toMatchObject({ quadrant: 'quickWins', x: matrixX(5), y: matrixY(4), rank: '1' });
    expect(at(1)).toMatchObject({ quadrant: 'fillIns', x: matrixX(2), y: matrixY(5), rank: '2' });
    expect(at(2)).toMatchObject({ quadrant: 'bigBets', x: matrixX(4), y: matrixY(1), rank: '3' });
    expect(at(3)).toMatchObject({ quadrant: 'deprioritise', x: matrixX(1), y: matrixY(2), rank: '4' });
    // Value to the right, feasibility up, within the plot.
    expect(matrixX(1)).toBe(PLOT.left);
    expect(matrixX(5)).toBe(PLOT.left + PLOT.side);
    expect(matrixY(5)).toBe(PLOT.top);
    expect(matrixY(1)).toBe(PLOT.top + PLOT.side);
    for (const name of ['Quick wins', 'Big bets', 'Fill-ins', 'Deprioritise', 'Car dealer journey — opportunity matrix']) expect(svg).toContain(`>${name}</text>`);
    expect(svg).toMatch(/opportunities are not fully scored/);
  });

  it('sets dots of equal scores around their spot, so every rank can be read', () => {
    const { doc } = scored('en', [
      [4, 4],
      [4, 4],
    ]);
    const [a, b] = dots(renderMatrixSvg(doc).svg);
    expect(Math.hypot(a!.x - b!.x, a!.y - b!.y)).toBeGreaterThanOrEqual(22);
    expect([a!.quadrant, b!.quadrant]).toEqual(['quickWins', 'quickWins']);
  });

  it('speaks the map’s language', () => {
    const { doc } = scored('zh-CN', [[4, 4]]);
    const { svg } = renderMatrixSvg(doc);
    for (const name of ['速赢', '重点投入', '顺手可做', '暂缓', '可行性 →']) expect(svg).toContain(name);
    expect(svg).toContain('lang="zh-CN"');
  });

  it('escapes the map’s text', () => {
    const { doc, cards } = scored('en', [[4, 4]]);
    cards[0]!.text = '<script>alert(1)</script> & "more"';
    doc.map.title = '<b>title</b>';
    cards[0]!.id = 'x" onload="alert(2)';
    doc.cards = { [cards[0]!.id]: cards[0]! };
    const { svg } = renderMatrixSvg(doc);
    expect(svg).not.toMatch(/<script|<b>|onload="/);
    expect(svg).toContain('&#60;script&#62;alert(1)&#60;/script&#62; &#38; &#34;more&#34;');
  });

  it('shortens long labels with an ellipsis', () => {
    expect(shortLabel('Short')).toBe('Short');
    const long = shortLabel('Promise a finish time and send progress photos to the customer');
    expect(long.endsWith('…')).toBe(true);
    expect(long.length).toBeLessThan(30);
  });
});
