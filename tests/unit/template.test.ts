// The car-dealer template shows the method end to end: scored opportunities tied to what they fix,
// and for the first showroom visit a service action system (series, steps, roles, measures)
// delivering them. Also the template schema's references by key.
import { describe, expect, it } from 'vitest';
import carDealer from '../../resources/templates/car-dealer.json' with { type: 'json' };
import { LOOP_STATUSES, OPPORTUNITY_CRITERIA } from '../../shared/laneKinds.ts';
import type { JourneyDoc, LaneKind, Locale } from '../../shared/model.ts';
import { relationMisfit, relationsFrom } from '../../shared/relations.ts';
import { mapRoles, seriesOf, seriesPlace } from '../../shared/serviceActions.ts';
import { TemplateSchema, documentFromTemplate } from '../../shared/template.ts';
import { createDocument } from '../../shared/templates.ts';
import { metricStatus, series } from '../../shared/metrics.ts';
import { isOverdue, loopCounts } from '../../shared/painLoop.ts';
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

      it('has NPS and two process metrics in a metrics lane at the bottom, each defined, owned, with a target and several periods', () => {
        const lanes = Object.values(doc.lanes).sort((a, b) => (a.order < b.order ? -1 : 1));
        expect(lanes.at(-1)?.kind).toBe('metrics');
        const metrics = cardsOf(doc, 'metrics');
        expect(metrics).toHaveLength(3);
        for (const card of metrics) {
          const metric = card.metric!;
          expect(metric, card.id).toBeDefined();
          for (const field of ['definition', 'unit', 'department', 'source', 'period'] as const) expect(metric[field].trim(), `${card.id} ${field}`).not.toBe('');
          expect(metric.target, card.id).toBeDefined();
          expect(series(metric).length, card.id).toBeGreaterThanOrEqual(3);
        }
        const nps = metrics.find((c) => c.metric?.nps)!;
        expect(nps.metric?.type).toBe('outcome');
        // (58 − 20) / 105 answers in the last month: 36.2 against a target of 40
        expect(series(nps.metric!).at(-1)?.value).toBeCloseTo(36.19, 2);
        expect(metrics.filter((c) => c.metric?.type === 'process')).toHaveLength(2);
        expect(metrics.map((c) => metricStatus(c.metric!)).sort()).toEqual(['met', 'missed', 'near']);
        expect(nps.text).toMatch(locale === 'en' ? /NPS/ : /净推荐值/);
      });

      it('has pain points at every stage of the closed loop, with owners, plans, checks and a history ending where they stand', () => {
        const pains = cardsOf(doc, 'painpoints');
        const counts = loopCounts(pains);
        for (const status of ['found', 'reported', 'planned', 'assessed', 'closed'] as const) expect(counts[status], status).toBeGreaterThan(0);
        for (const card of pains.filter((c) => c.loop)) {
          const loop = card.loop!;
          expect(loop.owner.trim(), card.id).not.toBe('');
          expect(loop.history.at(-1)?.status, card.id).toBe(loop.status);
          const dates = loop.history.map((h) => h.at);
          expect(dates, card.id).toEqual(dates.toSorted());
          for (const change of loop.history) expect(change.by.trim(), card.id).not.toBe('');
          // planned on: a plan; assessed on: a check result
          const stage = LOOP_STATUSES.indexOf(loop.status);
          expect(stage < LOOP_STATUSES.indexOf('planned') || loop.plan.trim() !== '', `${card.id} plan`).toBe(true);
          expect(stage < LOOP_STATUSES.indexOf('assessed') || loop.check.trim() !== '', `${card.id} check`).toBe(true);
        }
        // one open pain point is past its due date on the first of December 2026, the closed one is not
        expect(pains.filter((c) => isOverdue(c, '2026-12-01')).map((c) => c.id)).toEqual(['card-choose-compare-painpoints-1']);
      });

      it("the persona has goals and a quote, shows in the title block and owns the current curve", () => {
        const persona = doc.personas['persona-1']!;
        expect(persona.goals?.trim()).toBeTruthy();
        expect(persona.quote?.trim()).toBeTruthy();
        expect(doc.map.titlePersonas).toEqual(['persona-1']);
        expect(doc.curves['curve-current']?.personaId).toBe('persona-1');
      });

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

  it('converts metric and loop fields into the chosen language, and refuses a malformed one', () => {
    const template = base({
      pain: [{ text: words('pain'), loop: { status: 'planned', owner: { en: 'Wang', 'zh-CN': '王' }, due: '2027-01-31', plan: words('plan'), check: words(''), history: [{ status: 'found', by: { en: 'Chen', 'zh-CN': '陈' }, at: '2026-09-01' }, { status: 'planned', by: words('W'), at: '2026-09-02' }] } }],
    });
    const zh = documentFromTemplate(template, 'zh-CN');
    expect(zh.cards['card-x-pain-1']?.loop).toEqual({ status: 'planned', owner: '王', due: '2027-01-31', plan: 'plan', check: '', history: [{ status: 'found', by: '陈', at: '2026-09-01' }, { status: 'planned', by: 'W', at: '2026-09-02' }] });
    expect(parseDocument(structuredClone(zh))).toEqual(zh);
    const metric = { type: 'process', definition: words('d'), unit: words('%'), department: words('DCC'), source: words('CRM'), period: words('Monthly'), target: 90, direction: 'higher', display: 'number', values: [{ period: '2026-10', value: 94 }] };
    const bad = structuredClone(template) as unknown as { stages: { scenes: { cards: Record<string, unknown[]> }[] }[] };
    bad.stages[0]!.scenes[0]!.cards.pain = [{ text: words('m'), metric }];
    expect(TemplateSchema.safeParse(bad).success).toBe(true);
    bad.stages[0]!.scenes[0]!.cards.pain = [{ text: words('m'), metric: { ...metric, values: [{ period: '2026-10', value: 'high' }] } }];
    expect(TemplateSchema.safeParse(bad).success).toBe(false);
    bad.stages[0]!.scenes[0]!.cards.pain = [{ text: words('m'), loop: { status: 'nearly', owner: words(''), plan: words(''), check: words(''), history: [] } }];
    expect(TemplateSchema.safeParse(bad).success).toBe(false);
  });

  it('refuses an unknown key, a key used twice and a relation that does not fit', () => {
    expect(() => documentFromTemplate(base({ opp: [{ text: words('o'), addresses: ['nope'] }] }), 'en')).toThrow(/unknown card key 'nope'/);
    expect(() => documentFromTemplate(base({ pain: [{ key: 'p', text: words('a') }], opp: [{ key: 'p', text: words('b') }] }), 'en')).toThrow(/used twice/);
    expect(() => documentFromTemplate(base({ pain: [{ key: 'p', text: words('a') }], sa: [{ text: words('b'), delivers: 'p' }] }), 'en')).toThrow(/not in a lane of opportunities/);
    expect(() => documentFromTemplate(base({ opp: [{ text: words('o'), addresses: [{ emotion: 'y' }] }] }), 'en')).toThrow(/no emotion point/);
  });
});
