import { describe, expect, it } from 'vitest';
import { cardFill, cardMetaRow, extraRows } from '../../shared/cardStyle.ts';
import { CARD_COLOUR_FILLS, LANE_THEME, SEVERITY_COLOUR, TAG_COLOUR } from '../../shared/theme.ts';
import { imageMargin } from '../../shared/export/options.ts';
import { renderSvg } from '../../shared/export/svg.ts';
import { cardHeight, layoutMap } from '../../shared/layout.ts';
import { Editor } from '../../shared/editor.ts';
import { smallMap } from './ops/harness.ts';

function withCard(fields: Record<string, unknown>, laneId = 'needs') {
  const editor = new Editor(smallMap());
  editor.apply({ type: 'addCard', id: 'x', laneId, sceneId: 'a2', text: 'One line', fields });
  return editor.doc;
}

describe('card style: one source for sizing and drawing', () => {
  it('the row under the text holds severity, channel · role and tags, in that order', () => {
    expect(cardMetaRow({})).toBeNull();
    expect(cardMetaRow({ severity: 2, channel: 'Phone', role: 'Guard', tags: ['vip', ''] })).toEqual({ score: '', severity: '●●', details: 'Phone · Guard', tags: ['#vip'] });
    // an opportunity shows value × feasibility first; what is not scored yet is a dash
    expect(cardMetaRow({ scores: { need: { value: 4, reason: '' }, pain: { value: 5, reason: '' }, feasibility: { value: 3, reason: '' } } })?.score).toBe('◆ 4.5 × 3');
    expect(cardMetaRow({ scores: { feasibility: { value: 2, reason: '' } } })?.score).toBe('◆ – × 2');
    expect(cardMetaRow({ scores: {} })).toBeNull();
    expect(extraRows({ tags: ['only'] })).toBe(1);
    expect(extraRows({ tags: [] })).toBe(0);
  });

  it('a card with only tags gets a tags row in the layout height', () => {
    const plain = layoutMap(withCard({})).cards.x!;
    const tagged = layoutMap(withCard({ tags: ['vip'] })).cards.x!;
    expect(plain.height).toBe(cardHeight(1));
    expect(tagged.hasMeta).toBe(true);
    expect(tagged.height).toBe(cardHeight(2));
  });

  it("a card's own colour wins over its lane kind's fill", () => {
    expect(cardFill({}, 'needs')).toBe('#eff6ff');
    expect(cardFill({ colour: 'green' }, 'needs')).toBe(CARD_COLOUR_FILLS.green);
    expect(cardFill({}, 'metrics')).toBe('#ffffff');
  });

  it('the SVG draws the severity in the canvas colour, tags as on screen, and the same fills', () => {
    const doc = withCard({ severity: 3, tags: ['urgent'], colour: 'pink' });
    const { svg } = renderSvg(doc);
    const group = /<g class="card" data-card-id="x">(.*?)<\/g>/.exec(svg)?.[1] ?? '';
    expect(group).toContain(`<tspan fill="${SEVERITY_COLOUR}" class="severity" letter-spacing="-1">●●●</tspan>`);
    expect(group).toContain(`<tspan fill="${TAG_COLOUR}" class="tag"> #urgent</tspan>`);
    expect(group).toContain(`fill="${CARD_COLOUR_FILLS.pink}"`);
    expect(group).toContain(`fill="${LANE_THEME.needs.accent}"`);
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
