// The car-dealer template shows the method end to end: scored opportunities tied to what they fix,
// and for the first showroom visit a service action system (series, steps, roles, measures)
// delivering them. Also the template schema's references by key.
import { describe, expect, it } from 'vitest';
import carDealer from '../../resources/templates/car-dealer.json' with { type: 'json' };
import { OPPORTUNITY_CRITERIA } from '../../shared/laneKinds.ts';
import type { JourneyDoc, LaneKind, Locale } from '../../shared/model.ts';
import { relationMisfit, relationsFrom } from '../../shared/relations.ts';
import { mapRoles, seriesOf, seriesPlace } from '../../shared/serviceActions.ts';
import { TemplateSchema, documentFromTemplate } from '../../shared/template.ts';
import { createDocument } from '../../shared/templates.ts';
import { parseDocument } from '../../shared/validate.ts';

const LOCALES: Locale[] = ['en', 'zh-CN'];
const cardsOf = (doc: JourneyDoc, kind: LaneKind) => Object.values(doc.cards).filter((c) => doc.lanes[c.laneId]?.kind === kind);

describe('the car-dealer template', () => {
  it('validates and converts to a valid document in both languages, with the same ids', () => {
    expect(TemplateSchema.safeParse(carDealer).success).toBe(true);
    const [en, zh] = LOCALES.map((locale) => createDocument('car-dealer', locale)) as [JourneyDoc, JourneyDoc];
    for (const doc of [en, zh]) expect(parseDocument(structuredClone(doc))).toEqual(doc);
    expect(Object.keys(zh.cards).sort()).toEqual(Object.keys(en.cards).sort());
    expect(zh.relations).toEqual(en.relations);
    // the same template gives the same document every time
    expect(createDocument('car-dealer', 'en')).toEqual(en);
  });

  it('has lanes for service actions and roles', () => {
    const kinds = Object.values(createDocument('car-dealer', 'en').lanes).map((l) => l.kind);
    expect(kinds).toContain('service-actions');
    expect(kinds).toContain('roles');
  });

  for (const locale of LOCALES) {
    describe(`in ${locale}`, () => {
      const doc = createDocument('car-dealer', locale);

      it('every relation fits the document', () => {
        expect(Object.keys(doc.relations).length).toBeGreaterThan(10);
        for (const relation of Object.values(doc.relations)) expect(relationMisfit(doc, relation), relation.id).toBeNull();
      });

      it('every opportunity is scored on all four criteria, with a reason, and addresses a pain point', () => {
        const opportunities = cardsOf(doc, 'opportunities');
        expect(opportunities.length).toBeGreaterThanOrEqual(6);
        for (const card of opportunities) {
          for (const criterion of OPPORTUNITY_CRITERIA) {
            const score = card.scores?.[criterion];
            expect(score?.value, `${card.id} ${criterion}`).toBeGreaterThanOrEqual(1);
            expect(score?.reason.trim(), `${card.id} ${criterion}`).not.toBe('');
          }
          const targets = relationsFrom(doc, 'addresses', card.id).map((r) => (r.toCardId ? doc.lanes[doc.cards[r.toCardId]!.laneId]!.kind : 'emotion'));
          expect(targets, card.id).toContain('painpoints');
        }
        // some address the emotion curve's darkest points too
        expect(Object.values(doc.relations).some((r) => r.toPointId === 'emotion-choose-visit')).toBe(true);
      });

      it('the first showroom visit has the greeting series of five numbered actions, with steps, roles and measures', () => {
        const series = seriesOf(doc).filter((s) => s.sceneId === 'scene-choose-visit' && s.name);
        const greeting = series.find((s) => s.cardIds.length >= 5);
        expect(greeting, 'a series of five or more').toBeDefined();
        expect(greeting!.name).toBe(locale === 'en' ? 'Greeting' : '迎宾');
        expect(greeting!.cardIds.map((id) => seriesPlace(doc, id)?.index)).toEqual([1, 2, 3, 4, 5]);
        const texts = greeting!.cardIds.map((id) => doc.cards[id]!.text);
        expect(texts[0]).toMatch(locale === 'en' ? /smile/i : /微笑/);
        expect(texts[4]).toMatch(locale === 'en' ? /business card/i : /名片/);
        // the booking hand-over: phone sales, guard, consultant, one role each
        const handOver = series.find((s) => s !== greeting)!;
        expect(handOver.cardIds.map((id) => doc.cards[id]!.roles)).toEqual(
          locale === 'en' ? [['Phone sales'], ['Guard'], ['Sales consultant']] : [['电话销售'], ['门卫'], ['销售顾问']],
        );
        const opportunity = 'card-choose-visit-opportunities-1';
        const actions = cardsOf(doc, 'service-actions').filter((c) => c.sceneId === 'scene-choose-visit');
        for (const card of actions) {
          expect(card.roles?.length, card.id).toBeGreaterThan(0);
          expect(card.steps?.length, card.id).toBeGreaterThan(0);
          expect(card.measure?.training?.plan, card.id).toBeTruthy();
          expect(card.measure?.training?.frequency, card.id).toBeTruthy();
          expect(card.measure?.training?.owner, card.id).toBeTruthy();
          expect(card.measure?.inspection?.who, card.id).toBeTruthy();
          expect(card.measure?.inspection?.frequency, card.id).toBeTruthy();
          expect(card.measure?.inspection?.how, card.id).toBeTruthy();
          expect(relationsFrom(doc, 'delivers', card.id).map((r) => r.toCardId), card.id).toEqual([opportunity]);
        }
        // the pen is handed in steps (动作化)
        const pen = actions.find((c) => (locale === 'en' ? /pen/ : /递笔/).test(c.text));
        expect(pen?.steps?.length).toBeGreaterThanOrEqual(5);
      });

      it('service actions are carried out by roles the map names on its touchpoints or in its roles lane', () => {
        const named = new Set([...cardsOf(doc, 'touchpoints').map((c) => c.role), ...cardsOf(doc, 'roles').map((c) => c.text.split('\n')[0])]);
        for (const card of cardsOf(doc, 'service-actions')) for (const role of card.roles ?? []) expect(named.has(role), `${card.id}: ${role}`).toBe(true);
        // the first visit's front-stage roles are its touchpoints' roles
        const visitRoles = new Set(cardsOf(doc, 'touchpoints').filter((c) => c.sceneId === 'scene-choose-visit').map((c) => c.role));
        expect([...visitRoles].sort()).toEqual((locale === 'en' ? ['Guard', 'Sales consultant'] : ['门卫', '销售顾问']).sort());
        const roles = mapRoles(doc);
        for (const role of locale === 'en' ? ['Phone sales', 'Guard', 'Cleaner', 'Sales consultant'] : ['电话销售', '门卫', '保洁', '销售顾问']) expect(roles).toContain(role);
      });
    });
  }
});

describe('template references by key', () => {
  const words = (en: string) => ({ en, 'zh-CN': en });
  const base = (cards: Record<string, unknown[]>) =>
    TemplateSchema.parse({
      title: words('t'),
      description: words(''),
      persona: { name: words('p'), description: words('') },
      lanes: [
        { key: 'pain', kind: 'painpoints', title: words('Pain') },
        { key: 'opp', kind: 'opportunities', title: words('Opp') },
        { key: 'sa', kind: 'service-actions', title: words('SA') },
      ],
      stages: [{ key: 's', title: words('S'), scenes: [{ key: 'x', title: words('X'), channel: 'offline', cards, emotion: { score: -1, note: words('') } }] }],
    });

  it('turns keys into relations with ids derived from the card', () => {
    const doc = documentFromTemplate(
      base({
        pain: [{ key: 'p', text: words('pain') }],
        opp: [{ key: 'o', text: words('opp'), addresses: ['p', { emotion: 'x' }] }],
        sa: [{ text: words('act'), delivers: 'o', roles: [words('Guard')], steps: [words('one')], series: words('S'), measure: { inspection: { who: words('w'), frequency: words('f'), how: words('h') } } }],
      }),
      'en',
    );
    expect(doc.relations).toEqual({
      'relation-x-opp-1-1': { id: 'relation-x-opp-1-1', kind: 'addresses', fromCardId: 'card-x-opp-1', toCardId: 'card-x-pain-1' },
      'relation-x-opp-1-2': { id: 'relation-x-opp-1-2', kind: 'addresses', fromCardId: 'card-x-opp-1', toPointId: 'emotion-x' },
      'relation-x-sa-1-1': { id: 'relation-x-sa-1-1', kind: 'delivers', fromCardId: 'card-x-sa-1', toCardId: 'card-x-opp-1' },
    });
    expect(doc.cards['card-x-sa-1']).toMatchObject({ roles: ['Guard'], steps: ['one'], series: 'S', measure: { inspection: { who: 'w', frequency: 'f', how: 'h' } } });
  });

  it('refuses an unknown key, a key used twice and a relation that does not fit', () => {
    expect(() => documentFromTemplate(base({ opp: [{ text: words('o'), addresses: ['nope'] }] }), 'en')).toThrow(/unknown card key 'nope'/);
    expect(() => documentFromTemplate(base({ pain: [{ key: 'p', text: words('a') }], opp: [{ key: 'p', text: words('b') }] }), 'en')).toThrow(/used twice/);
    expect(() => documentFromTemplate(base({ pain: [{ key: 'p', text: words('a') }], sa: [{ text: words('b'), delivers: 'p' }] }), 'en')).toThrow(/not in a lane of opportunities/);
    expect(() => documentFromTemplate(base({ opp: [{ text: words('o'), addresses: [{ emotion: 'y' }] }] }), 'en')).toThrow(/no emotion point/);
  });
});
