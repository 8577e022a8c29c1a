import { describe, expect, it } from 'vitest';
import { META_FONT_SIZE, META_GAP, cardFill, cardMetaParts, metaRows } from '../../shared/cardStyle.ts';
import { textWidth } from '../../shared/text.ts';
import { CARD_COLOUR_FILLS, laneColours, SEVERITY_COLOUR, TAG_COLOUR } from '../../shared/theme.ts';
import { imageMargin } from '../../shared/export/options.ts';
import { renderSvg } from '../../shared/export/svg.ts';
import { cardHeight, layoutMap } from '../../shared/layout.ts';
import { Editor } from '../../shared/editor.ts';
import { smallMap } from './ops/harness.ts';

function withCard(fields: Record<string, unknown>, laneId = 'needs') {
  const editor = new Editor(smallMap());
  editor.apply({ type: 'addLane', id: 'pains', kind: 'painpoints', title: 'Pains' });
  editor.apply({ type: 'addLane', id: 'opps', kind: 'opportunities', title: 'Opportunities' });
  editor.apply({ type: 'addCard', id: 'x', laneId, sceneId: 'a2', text: 'One line', fields });
  return editor.doc;
}

describe('card style: one source for sizing and drawing', () => {
  it('the rows under the text: what the lane kind adds (score, severity, channel · role), then tags', () => {
    const parts = (fields: Record<string, unknown>, lane = 'needs') => {
      const doc = withCard(fields, lane);
      return cardMetaParts(doc, doc.cards.x!);
    };
    expect(parts({})).toEqual([]);
    expect(parts({ severity: 2, tags: ['vip', ''] }, 'pains')).toEqual([
      { text: '●●', tone: 'severity' },
      { text: '#vip', tone: 'tag' },
    ]);
    expect(parts({ channel: 'Phone', role: 'Guard' }, 'tp')).toEqual([{ text: 'Phone · Guard', tone: 'details' }]);
    // an opportunity shows its rank, then value × feasibility; what is not scored yet is a dash
    const scored = { need: { value: 4, reason: '' }, pain: { value: 5, reason: '' }, feasibility: { value: 3, reason: '' } };
    expect(parts({ scores: scored }, 'opps')).toEqual([
      { text: '#1', tone: 'rank' },
      { text: '◆ 4.5 × 3', tone: 'score' },
    ]);
    expect(parts({ scores: { feasibility: { value: 2, reason: '' } } }, 'opps')).toEqual([{ text: '◆ – × 2', tone: 'score' }]);
    expect(parts({ scores: {} }, 'opps')).toEqual([]);
    // fields of another kind (a hand-made file) show nothing
    expect(parts({ severity: 3 }, 'needs')).toEqual([]);
  });

  it('parts are laid into rows of the card width; what does not fit the second row is cut with an ellipsis', () => {
    const tag = (text: string) => ({ text, tone: 'tag' as const });
    expect(metaRows([tag('#a'), tag('#b')], 200)).toEqual([[tag('#a'), tag('#b')]]);
    const long = Array.from({ length: 12 }, (_, i) => tag(`#tag-number-${i}`));
    const rows = metaRows(long, 200);
    expect(rows).toHaveLength(2);
    const last = rows[1]!.at(-1)!.text;
    expect(last.endsWith('…')).toBe(true);
    for (const row of rows) expect(row.reduce((w, p, i) => w + textWidth(p.text, META_FONT_SIZE) + (i > 0 ? META_GAP : 0), 0)).toBeLessThanOrEqual(200);
  });

  it('a card with only tags gets a tags row in the layout height', () => {
    const plain = layoutMap(withCard({})).cards.x!;
    const tagged = layoutMap(withCard({ tags: ['vip'] })).cards.x!;
    expect(plain.height).toBe(cardHeight(1));
    expect(tagged.meta).toEqual([[{ text: '#vip', tone: 'tag' }]]);
    expect(tagged.height).toBe(cardHeight(2));
  });

  it("a card's own colour wins over its lane kind's fill", () => {
    expect(cardFill({}, 'needs')).toBe('#eff6ff');
    expect(cardFill({ colour: 'green' }, 'needs')).toBe(CARD_COLOUR_FILLS.green);
    expect(cardFill({}, 'metrics')).toBe('#ffffff');
  });

  it('the SVG draws the severity in the canvas colour, tags as on screen, and the same fills', () => {
    const doc = withCard({ severity: 3, tags: ['urgent'], colour: 'pink' }, 'pains');
    const { svg } = renderSvg(doc);
    const group = /<g class="card" data-card-id="x">(.*?)<\/g>/.exec(svg)?.[1] ?? '';
    expect(group).toContain(`<tspan fill="${SEVERITY_COLOUR}" class="meta-severity" letter-spacing="-1">●●●</tspan>`);
    expect(group).toContain(`<tspan fill="${TAG_COLOUR}" class="meta-tag"> #urgent</tspan>`);
    expect(group).toContain(`fill="${CARD_COLOUR_FILLS.pink}"`);
    expect(group).toContain(`fill="${laneColours('painpoints').accent}"`);
    // The tags-only card of the layout has its row drawn, inside the card.
    const tagsOnly = renderSvg(withCard({ tags: ['vip'] })).svg;
    expect(/<g class="card" data-card-id="x">.*?#vip.*?<\/g>/.test(tagsOnly)).toBe(true);
  });
});

describe('image margin', () => {
  const page = { size: 'A3' as const, landscape: true, margin: 10, mode: 'fit' as const, overlap: 10 };
  it('is the PDF page margin at 96 dpi for PNG and SVG, none for the PDF (its page has it)', () => {
    expect(imageMargin({ format: 'pdf', page })).toBe(0);
    expect(imageMargin({ format: 'png', page })).toBe(38);
    expect(imageMargin({ format: 'svg', page: { ...page, margin: 0 } })).toBe(0);
  });

  it('grows the SVG by the margin on every side and moves the map inside it', () => {
    const doc = smallMap();
    const bare = renderSvg(doc);
    const framed = renderSvg(doc, { margin: 38 });
    expect([framed.width, framed.height]).toEqual([bare.width + 76, bare.height + 76]);
    expect(framed.svg).toContain(`<rect width="${framed.width}" height="${framed.height}" fill="#ffffff"/>`);
    expect(framed.content).toContain('<g transform="translate(38 38)">');
  });
});

describe('an export of part of a map', () => {
  it('prints the ranks, proposals and series places of the whole map', () => {
    const editor = new Editor(smallMap());
    editor.apply([
      { type: 'addLane', id: 'pains', kind: 'painpoints', title: 'Pains' },
      { type: 'addLane', id: 'opps', kind: 'opportunities', title: 'Opportunities' },
      { type: 'addCard', id: 'p1', laneId: 'pains', sceneId: 'b1', text: 'Nobody greets me', fields: { severity: 3 } },
      { type: 'addCard', id: 'o1', laneId: 'opps', sceneId: 'a1', text: 'Better ads', fields: { scores: { need: { value: 5, reason: '' }, pain: { value: 5, reason: '' }, visibility: { value: 5, reason: '' }, feasibility: { value: 5, reason: '' } } } },
      // pain proposed 5 from the tie; need and visibility 1: value (1 + 5 + 1) / 3
      { type: 'addCard', id: 'o2', laneId: 'opps', sceneId: 'b1', text: 'Greet', fields: { scores: { need: { value: 1, reason: '' }, visibility: { value: 1, reason: '' }, feasibility: { value: 3, reason: '' } } } },
      { type: 'addRelation', id: 'r1', kind: 'addresses', fromCardId: 'o2', toCardId: 'p1' },
    ]);
    const group = (svg: string, id: string) => new RegExp(`<g class="card" data-card-id="${id}">(.*?)</g>`).exec(svg)?.[1] ?? '';
    const whole = group(renderSvg(editor.doc).svg, 'o2');
    expect(whole).toContain('#2');
    expect(whole).toContain('◆ 2.3 × 3');
    // the Buy stage alone, without the pain points lane: still #2, still the proposal from the tie
    const part = group(renderSvg(editor.doc, { stages: ['b'], lanes: ['opps'] }).svg, 'o2');
    expect(part).toContain('#2');
    expect(part).toContain('◆ 2.3 × 3');
  });
});
