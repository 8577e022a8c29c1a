// Turns a bilingual template (resources/templates/*.json) into a document in one language.
// Ids are derived from the template's keys, so a template always yields the same document.
import { z } from 'zod';
import { LOOP_STATUSES, METRIC_DISPLAYS, METRIC_TYPES, OPPORTUNITY_CRITERIA, type Metric, type PainLoop, type ServiceMeasure } from './laneKinds.ts';
import { CARD_COLOURS, LANE_KINDS, SCENE_CHANNELS, emptyDoc, type Card, type JourneyDoc, type Locale, type Relation } from './model.ts';
import { firstKeys } from './order.ts';
import { relationMisfit } from './relations.ts';

const Words = z.object({ en: z.string(), 'zh-CN': z.string() }).strict();
const Key = z.string().regex(/^[a-z0-9-]+$/);

const Criterion = z.object({ value: z.number().int().min(1).max(5), reason: Words }).strict();
const Training = z.object({ plan: Words, frequency: Words, owner: Words }).strict();
const Inspection = z.object({ who: Words, frequency: Words, how: Words }).strict();
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/** A metric card's definition (指标): its words in both languages, its periods and values as they are. */
const TemplateMetric = z
  .object({
    nps: z.boolean().optional(),
    type: z.enum(METRIC_TYPES),
    definition: Words,
    unit: Words,
    department: Words,
    source: Words,
    period: Words,
    target: z.number().finite().optional(),
    direction: z.enum(['higher', 'lower']),
    display: z.enum(METRIC_DISPLAYS),
    values: z
      .array(
        z
          .object({
            period: z.string().max(40),
            value: z.number().finite().optional(),
            promoters: z.number().int().min(0).optional(),
            passives: z.number().int().min(0).optional(),
            detractors: z.number().int().min(0).optional(),
          })
          .strict(),
      )
      .max(500),
  })
  .strict();
/** Where a pain point stands in the closed loop (痛点闭环), with who changed it and when. */
const TemplateLoop = z
  .object({
    status: z.enum(LOOP_STATUSES),
    owner: Words,
    due: IsoDate.optional(),
    plan: Words,
    check: Words,
    history: z.array(z.object({ status: z.enum(LOOP_STATUSES), by: Words, at: IsoDate }).strict()).max(1000),
  })
  .strict();
/** What an opportunity addresses: another card of the template by its key, or a scene's emotion point. */
const Addressed = z.union([Key, z.object({ emotion: Key }).strict()]);

const TemplateCard = z
  .object({
    // a name other cards refer to it by (unique in the template); the card's id comes from its place
    key: Key.optional(),
    text: Words,
    colour: z.enum(CARD_COLOURS).optional(),
    channel: Words.optional(),
    role: Words.optional(),
    severity: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional(),
    // opportunity cards: the four criteria, each with its reason
    scores: z.object(Object.fromEntries(OPPORTUNITY_CRITERIA.map((c) => [c, Criterion.optional()])) as Record<(typeof OPPORTUNITY_CRITERIA)[number], z.ZodOptional<typeof Criterion>>).strict().optional(),
    addresses: z.array(Addressed).min(1).optional(),
    // service action cards: who, its steps, its series within the scene, how it is drilled and checked
    roles: z.array(Words).min(1).optional(),
    steps: z.array(Words).min(1).optional(),
    series: Words.optional(),
    measure: z.object({ training: Training.optional(), inspection: Inspection.optional() }).strict().optional(),
    delivers: Key.optional(),
    // metric cards and pain point cards
    metric: TemplateMetric.optional(),
    loop: TemplateLoop.optional(),
  })
  .strict();
type TemplateCardT = z.infer<typeof TemplateCard>;

export const TemplateSchema = z
  .object({
    title: Words,
    description: Words,
    persona: z
      .object({
        name: Words,
        description: Words,
        goals: Words.optional(),
        quote: Words.optional(),
        // the current-experience curve is this persona's, and the title block names them
        ownsCurve: z.boolean().optional(),
        inTitle: z.boolean().optional(),
      })
      .strict(),
    // what the current-experience curve is called when the story compares it with others
    currentCurve: Words.optional(),
    // further curves drawn over the same scenes (e.g. the same evening with experience management)
    curves: z.array(z.object({ key: Key, name: Words, colour: z.string().regex(/^#[0-9a-f]{6}$/) }).strict()).max(4).optional(),
    lanes: z.array(z.object({ key: Key, kind: z.enum(LANE_KINDS), title: Words }).strict()).min(1),
    stages: z
      .array(
        z
          .object({
            key: Key,
            title: Words,
            scenes: z
              .array(
                z
                  .object({
                    key: Key,
                    title: Words,
                    channel: z.enum(SCENE_CHANNELS),
                    // lane key → cards in that cell
                    cards: z.record(Key, z.array(TemplateCard)),
                    emotion: z.object({ score: z.number().min(-2).max(2), note: Words }).strict().optional(),
                    // the scene's points on the template's further curves, by curve key
                    emotions: z.record(Key, z.object({ score: z.number().min(-2).max(2), note: Words }).strict()).optional(),
                  })
                  .strict(),
              )
              .min(1),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

export type Template = z.infer<typeof TemplateSchema>;

/** Every map starts with one curve: the customer's current experience. */
export const CURRENT_CURVE = 'curve-current';

const measureIn = (measure: NonNullable<TemplateCardT['measure']>, locale: Locale): ServiceMeasure => ({
  ...(measure.training && { training: { plan: measure.training.plan[locale], frequency: measure.training.frequency[locale], owner: measure.training.owner[locale] } }),
  ...(measure.inspection && { inspection: { who: measure.inspection.who[locale], frequency: measure.inspection.frequency[locale], how: measure.inspection.how[locale] } }),
});

const metricIn = (metric: NonNullable<TemplateCardT['metric']>, locale: Locale): Metric => ({
  ...(metric.nps !== undefined && { nps: metric.nps }),
  type: metric.type,
  definition: metric.definition[locale],
  unit: metric.unit[locale],
  department: metric.department[locale],
  source: metric.source[locale],
  period: metric.period[locale],
  ...(metric.target !== undefined && { target: metric.target }),
  direction: metric.direction,
  display: metric.display,
  values: metric.values.map((v) => ({ ...v })),
});

const loopIn = (loop: NonNullable<TemplateCardT['loop']>, locale: Locale): PainLoop => ({
  status: loop.status,
  owner: loop.owner[locale],
  ...(loop.due && { due: loop.due }),
  plan: loop.plan[locale],
  check: loop.check[locale],
  history: loop.history.map((change) => ({ status: change.status, by: change.by[locale], at: change.at })),
});

/** The fields a template card carries beyond its text, in one language. */
function cardFieldsIn(card: TemplateCardT, locale: Locale): Partial<Card> {
  return {
    ...(card.colour && { colour: card.colour }),
    ...(card.channel && { channel: card.channel[locale] }),
    ...(card.role && { role: card.role[locale] }),
    ...(card.severity && { severity: card.severity }),
    ...(card.scores && {
      scores: Object.fromEntries(Object.entries(card.scores).flatMap(([criterion, s]) => (s ? [[criterion, { value: s.value, reason: s.reason[locale] }]] : []))),
    }),
    ...(card.roles && { roles: card.roles.map((r) => r[locale]) }),
    ...(card.steps && { steps: card.steps.map((r) => r[locale]) }),
    ...(card.series && { series: card.series[locale] }),
    ...(card.measure && { measure: measureIn(card.measure, locale) }),
    ...(card.metric && { metric: metricIn(card.metric, locale) }),
    ...(card.loop && { loop: loopIn(card.loop, locale) }),
  };
}

export function documentFromTemplate(template: Template, locale: Locale): JourneyDoc {
  const doc = emptyDoc(locale, template.title[locale]);
  doc.map.description = template.description[locale];
  doc.personas['persona-1'] = {
    id: 'persona-1',
    order: 'a0',
    name: template.persona.name[locale],
    description: template.persona.description[locale],
    ...(template.persona.goals && { goals: template.persona.goals[locale] }),
    ...(template.persona.quote && { quote: template.persona.quote[locale] }),
  };
  if (template.persona.inTitle) doc.map.titlePersonas = ['persona-1'];
  doc.curves[CURRENT_CURVE] = {
    id: CURRENT_CURVE,
    order: 'a0',
    name: template.currentCurve?.[locale] ?? (locale === 'zh-CN' ? '当前体验' : 'Current experience'),
    colour: '#db2777',
    hidden: false,
    ...(template.persona.ownsCurve && { personaId: 'persona-1' }),
  };
  const curveKeys = firstKeys((template.curves?.length ?? 0) + 1);
  template.curves?.forEach((curve, i) => {
    const id = `curve-${curve.key}`;
    doc.curves[id] = { id, order: curveKeys[i + 1] as string, name: curve.name[locale], colour: curve.colour, hidden: false };
  });
  const laneKeys = firstKeys(template.lanes.length);
  template.lanes.forEach((lane, i) => {
    const id = `lane-${lane.key}`;
    doc.lanes[id] = { id, order: laneKeys[i] as string, kind: lane.kind, title: lane.title[locale], hidden: false };
  });
  // card key → card id, and the cards whose relations are made once every card is there
  const keyed = new Map<string, string>();
  const referring: { id: string; card: TemplateCardT }[] = [];
  const stageKeys = firstKeys(template.stages.length);
  template.stages.forEach((stage, i) => {
    const stageId = `stage-${stage.key}`;
    doc.stages[stageId] = { id: stageId, order: stageKeys[i] as string, title: stage.title[locale] };
    const sceneKeys = firstKeys(stage.scenes.length);
    stage.scenes.forEach((scene, j) => {
      const sceneId = `scene-${scene.key}`;
      doc.scenes[sceneId] = {
        id: sceneId,
        stageId,
        order: sceneKeys[j] as string,
        title: scene.title[locale],
        channel: scene.channel,
      };
      for (const [laneKey, cards] of Object.entries(scene.cards)) {
        const laneId = `lane-${laneKey}`;
        if (!doc.lanes[laneId]) throw new Error(`template scene '${scene.key}' uses unknown lane '${laneKey}'`);
        const cardKeys = firstKeys(cards.length);
        cards.forEach((card, k) => {
          const id = `card-${scene.key}-${laneKey}-${k + 1}`;
          doc.cards[id] = {
            id,
            laneId,
            sceneId,
            order: cardKeys[k] as string,
            text: card.text[locale],
            ...cardFieldsIn(card, locale),
          };
          if (card.key) {
            if (keyed.has(card.key)) throw new Error(`template card key '${card.key}' is used twice`);
            keyed.set(card.key, id);
          }
          if (card.addresses || card.delivers) referring.push({ id, card });
        });
      }
      if (scene.emotion) {
        const id = `emotion-${scene.key}`;
        doc.emotionPoints[id] = { id, curveId: CURRENT_CURVE, sceneId, order: 'a0', score: scene.emotion.score, note: scene.emotion.note[locale] };
      }
      for (const [curveKey, point] of Object.entries(scene.emotions ?? {})) {
        const curveId = `curve-${curveKey}`;
        if (!doc.curves[curveId] || curveId === CURRENT_CURVE) throw new Error(`template scene '${scene.key}' uses unknown curve '${curveKey}'`);
        const id = `emotion-${scene.key}-${curveKey}`;
        doc.emotionPoints[id] = { id, curveId, sceneId, order: 'a0', score: point.score, note: point.note[locale] };
      }
    });
  });
  for (const { id, card } of referring) addRelations(doc, id, card, keyed);
  return doc;
}

/** Relation ids follow the card's: `relation-<scene>-<lane>-<n>-<m>` (the m-th relation of the card). */
function addRelations(doc: JourneyDoc, cardId: string, card: TemplateCardT, keyed: Map<string, string>): void {
  const cardOf = (key: string) => {
    const id = keyed.get(key);
    if (!id) throw new Error(`template card '${cardId}' refers to unknown card key '${key}'`);
    return id;
  };
  const targets: Omit<Relation, 'id'>[] = [
    ...(card.addresses ?? []).map((to): Omit<Relation, 'id'> => {
      if (typeof to === 'string') return { kind: 'addresses', fromCardId: cardId, toCardId: cardOf(to) };
      const pointId = `emotion-${to.emotion}`;
      if (!doc.emotionPoints[pointId]) throw new Error(`template card '${cardId}' addresses scene '${to.emotion}', which has no emotion point`);
      return { kind: 'addresses', fromCardId: cardId, toPointId: pointId };
    }),
    ...(card.delivers ? [{ kind: 'delivers' as const, fromCardId: cardId, toCardId: cardOf(card.delivers) }] : []),
  ];
  targets.forEach((relation, i) => {
    const misfit = relationMisfit(doc, relation);
    if (misfit) throw new Error(`template card '${cardId}': ${misfit}`);
    const id = `relation-${cardId.slice('card-'.length)}-${i + 1}`;
    doc.relations[id] = { id, ...relation };
  });
}
