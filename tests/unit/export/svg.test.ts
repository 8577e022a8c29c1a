import { describe, expect, it } from 'vitest';
import { exportedDocument, renderSvg } from '../../../shared/export/svg.ts';
import { layoutMap } from '../../../shared/layout.ts';
import { createDocument } from '../../../shared/templates.ts';

/** A small XML well-formedness check: balanced tags, quoted attributes, no bare ampersands. */
function wellFormed(xml: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  const body = xml.replace(/^<\?xml[^>]*\?>\s*/, '');
  for (const match of body.matchAll(/<[^>]*>/g)) {
    const tag = match[0];
    if (tag.startsWith('</')) {
      const name = tag.slice(2, -1).trim();
      if (stack.pop() !== name) problems.push(`unexpected ${tag}`);
    } else if (!tag.endsWith('/>')) {
      stack.push(/^<([\w:-]+)/.exec(tag)?.[1] ?? '?');
    }
    if (/=\s*[^"\s>]/.test(tag.replace(/="[^"]*"/g, '=""'))) problems.push(`unquoted attribute in ${tag}`);
  }
  if (stack.length > 0) problems.push(`unclosed: ${stack.join(', ')}`);
  if (/&(?!#\d+;|amp;|lt;|gt;|quot;|apos;)/.test(xml)) problems.push('bare ampersand');
  return problems;
}

const unescape = (s: string) => s.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));

describe('SVG export of the car-dealer template', () => {
  for (const locale of ['zh-CN', 'en'] as const) {
    it(`is well-formed, in ${locale}, and shows every card's text exactly once`, () => {
      const doc = createDocument('car-dealer', locale);
      const { svg, width, height } = renderSvg(doc, { date: '2026-11-23' });
      expect(wellFormed(svg)).toEqual([]);
      expect(svg).toContain(`lang="${locale}"`);
      expect(svg).toContain(`width="${width}" height="${height}"`);
      expect(svg).toContain(doc.map.title);
      for (const card of Object.values(doc.cards)) {
        const groups = svg.match(new RegExp(`<g class="card" data-card-id="${card.id}">(.*?)</g>`, 'g')) ?? [];
        expect(groups, card.id).toHaveLength(1);
        const lines = [...(groups[0] as string).matchAll(/<tspan x=[^>]*>(.*?)<\/tspan>/g)].map((m) => unescape(m[1] as string));
        expect(lines.join('').replace(/\s+/g, ''), card.id).toBe(card.text.replace(/\s+/g, ''));
      }
      for (const stage of Object.values(doc.stages)) expect(svg).toContain(`>${stage.title}</text>`);
    });
  }

  it('draws the emotion curve inside the emotion lane', () => {
    const doc = createDocument('car-dealer', 'en');
    const { svg } = renderSvg(doc);
    const row = layoutMap(exportedDocument(doc, {})).rows.find((r) => doc.lanes[r.laneId]?.kind === 'emotion')!;
    const paths = [...svg.matchAll(/<path class="curve"[^>]* d="([^"]+)"/g)].map((m) => m[1] as string);
    expect(paths.length).toBeGreaterThan(0);
    for (const d of paths) {
      const numbers = [...d.matchAll(/-?\d+(\.\d+)?/g)].map((m) => Number(m[0]));
      const ys = numbers.filter((_, i) => i % 2 === 1);
      for (const y of ys) {
        expect(y).toBeGreaterThanOrEqual(row.y);
        expect(y).toBeLessThanOrEqual(row.y + row.height);
      }
    }
    expect(svg).toContain('>Highlight</text>');
    expect(svg).toContain('>Darkest</text>');
  });

  it('leaves out the stages and lanes not chosen (e.g. internal lanes for a client)', () => {
    const doc = createDocument('car-dealer', 'en');
    const lanes = Object.values(doc.lanes).filter((l) => l.kind !== 'service-actions').map((l) => l.id);
    const { svg } = renderSvg(doc, { stages: ['stage-aware', 'stage-choose'], lanes });
    expect(wellFormed(svg)).toEqual([]);
    expect(svg).not.toContain('Service actions');
    expect(svg).not.toContain('>Buy</text>');
    expect(svg).toContain('>Choose</text>');
    const serviceCard = Object.values(doc.cards).find((c) => c.laneId === 'lane-service-actions')!;
    expect(svg).not.toContain(serviceCard.id);
  });

  it('escapes hostile text and drops characters XML cannot carry', () => {
    const doc = createDocument('blank', 'en');
    doc.map.title = 'A <script>alert("x")</script> & \u0001 map';
    const { svg } = renderSvg(doc, { background: 'transparent' });
    expect(wellFormed(svg)).toEqual([]);
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('\u0001');
    expect(svg).toContain('&#60;script&#62;');
    expect(svg).not.toMatch(/<rect width="\d+" height="\d+" fill="#ffffff"\/>/);
  });
});
