// Every shipped template, in both languages: it opens as a valid document, nothing on its
// cards is cut off (text lines within the box, meta rows neither ellipsized nor dropped), and
// it exports to SVG showing each card's words.
import { describe, expect, it } from 'vitest';
import { TEMPLATES } from '../../shared/api.ts';
import { cardMetaParts, META_FONT_SIZE } from '../../shared/cardStyle.ts';
import { escapeXml, exportSvg } from '../../shared/export/svg.ts';
import { GRID, layoutMap } from '../../shared/layout.ts';
import type { Locale } from '../../shared/model.ts';
import { ExportOptionsSchema } from '../../shared/export/options.ts';
import { sortOrdered } from '../../shared/order.ts';
import { createDocument } from '../../shared/templates.ts';
import { textWidth } from '../../shared/text.ts';
import { parseDocument } from '../../shared/validate.ts';
import { brokenInvariants } from './ops/properties.ts';

const LOCALES: Locale[] = ['en', 'zh-CN'];
const words = (text: string) => text.split(/\s+/).filter(Boolean);

for (const name of TEMPLATES) {
  for (const locale of LOCALES) {
    describe(`template ${name} in ${locale}`, () => {
      const doc = createDocument(name, locale);

      it('is a valid document', () => {
        expect(parseDocument(structuredClone(doc))).toEqual(doc);
        expect(brokenInvariants(doc)).toEqual([]);
        expect(Object.keys(doc.stages).length).toBeGreaterThan(0);
      });

      it('has no card text cut off', () => {
        const layout = layoutMap(doc);
        const cut: string[] = [];
        for (const card of Object.values(doc.cards)) {
          const box = layout.cards[card.id];
          if (!box) {
            cut.push(`${card.id} not laid out`);
            continue;
          }
          const inner = box.width - 2 * GRID.cardPaddingX - GRID.cardBorders - 6;
          for (const line of box.lines) if (textWidth(line, GRID.cardFontSize) > inner) cut.push(`${card.id}: line too wide "${line}"`);
          // a word broken across lines (only when it is wider than the card) reads as cut
          if (locale === 'en' && words(box.lines.join(' ')).join(' ') !== words(card.text).join(' ')) cut.push(`${card.id}: a word is broken "${card.text}"`);
          if (GRID.cardPaddingY * 2 + (box.lines.length + box.meta.length) * GRID.cardLineHeight > box.height) cut.push(`${card.id}: lines overflow the box`);
          const parts = cardMetaParts(doc, card);
          const shown = box.meta.flat();
          if (shown.length !== parts.length) cut.push(`${card.id}: ${parts.length - shown.length} meta parts left out`);
          for (const [i, part] of shown.entries()) {
            if (part.text !== parts[i]?.text || part.text.endsWith('…')) cut.push(`${card.id}: meta "${parts[i]?.text}" shown as "${part.text}"`);
            if (textWidth(part.text, META_FONT_SIZE) > inner) cut.push(`${card.id}: meta "${part.text}" too wide`);
          }
        }
        expect(cut).toEqual([]);
      });

      it('exports to SVG with every card line in it', () => {
        const { svg, width, height } = exportSvg(doc, ExportOptionsSchema.parse({ format: 'svg' }));
        expect(width).toBeGreaterThan(0);
        expect(height).toBeGreaterThan(0);
        const layout = layoutMap(doc);
        const missing = Object.values(layout.cards).flatMap((box) => box.lines.filter((line) => line && !svg.includes(escapeXml(line))));
        expect(missing).toEqual([]);
      });
    });
  }
}

describe('the restaurant birthday template', () => {
  it('draws the evening twice: every scene has a point on both curves, better with experience management', () => {
    for (const locale of LOCALES) {
      const doc = createDocument('restaurant-birthday', locale);
      const curves = Object.values(doc.curves);
      expect(curves.map((c) => c.name)).toEqual(locale === 'en' ? ['Without experience management', 'With experience management'] : ['未做体验管理', '做了体验管理']);
      for (const scene of Object.values(doc.scenes)) {
        const [without, managed] = curves.map((curve) => Object.values(doc.emotionPoints).find((p) => p.curveId === curve.id && p.sceneId === scene.id));
        expect(without, scene.id).toBeDefined();
        expect(managed!.score, scene.id).toBeGreaterThan(without!.score);
      }
    }
  });
});

describe('the story templates carry their stories', () => {
  const en = (name: (typeof TEMPLATES)[number]) => createDocument(name, 'en');
  const cards = (doc: ReturnType<typeof en>, kind: string) => Object.values(doc.cards).filter((c) => doc.lanes[c.laneId]?.kind === kind);

  it('first showroom visit: one first-contact scene with the four roles, the booked customer nobody greets and the actions that fix it', () => {
    const doc = en('first-visit');
    const inScene = Object.values(doc.cards).filter((c) => c.sceneId === 'scene-first-contact');
    const roles = new Set(Object.values(doc.cards).flatMap((c) => [c.role, ...(c.roles ?? [])]));
    for (const role of ['Phone sales', 'Guard', 'Cleaner', 'Sales consultant']) expect(roles, role).toContain(role);
    const nobody = inScene.find((c) => c.severity === 3)!;
    expect(nobody.text).toMatch(/nobody looking after me/);
    const fixes = Object.values(doc.relations).filter((r) => r.kind === 'addresses' && r.toCardId === nobody.id);
    expect(fixes.length).toBeGreaterThan(0);
    const delivering = Object.values(doc.relations).filter((r) => r.kind === 'delivers' && fixes.some((f) => f.fromCardId === r.toCardId));
    expect(delivering.length).toBeGreaterThanOrEqual(2);
  });

  it('dealer sales satisfaction: the five sales steps and the pain points the studies name', () => {
    const doc = en('dealer-satisfaction');
    expect(sortOrdered(Object.values(doc.stages)).map((s) => s.title)).toEqual(['Enquiry before the visit', 'Reception', 'Test drive', 'Negotiation', 'Delivery']);
    const pains = cards(doc, 'painpoints').map((c) => c.text).join('\n');
    for (const fact of [/26 %/, /asked for again/, /one-size/, /Haggling/]) expect(pains).toMatch(fact);
  });

  it('B2B compressor buyer: technical, efficiency, cost and outcome experience, and co-creation touchpoints', () => {
    const doc = en('b2b-compressor');
    const needs = cards(doc, 'needs').map((c) => c.text).join('\n');
    for (const experience of ['Technical', 'Efficiency', 'Cost', 'Outcome']) expect(needs).toContain(`${experience} experience`);
    expect(cards(doc, 'touchpoints').filter((c) => c.text.startsWith('Co-creation')).length).toBeGreaterThanOrEqual(2);
  });
});
