// Turns a bilingual template (resources/templates/*.json) into a document in one language.
// Ids are derived from the template's keys, so a template always yields the same document.
import { z } from 'zod';
import { CARD_COLOURS, LANE_KINDS, SCENE_CHANNELS, emptyDoc, type JourneyDoc, type Locale } from './model.ts';
import { firstKeys } from './order.ts';

const Words = z.object({ en: z.string(), 'zh-CN': z.string() }).strict();
const Key = z.string().regex(/^[a-z0-9-]+$/);

const TemplateCard = z
  .object({
    text: Words,
    colour: z.enum(CARD_COLOURS).optional(),
    channel: Words.optional(),
    role: Words.optional(),
    severity: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional(),
  })
  .strict();

export const TemplateSchema = z
  .object({
    title: Words,
    description: Words,
    persona: z.object({ name: Words, description: Words }).strict(),
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

export function documentFromTemplate(template: Template, locale: Locale): JourneyDoc {
  const doc = emptyDoc(locale, template.title[locale]);
  doc.map.description = template.description[locale];
  doc.personas['persona-1'] = {
    id: 'persona-1',
    order: 'a0',
    name: template.persona.name[locale],
    description: template.persona.description[locale],
  };
  doc.curves[CURRENT_CURVE] = {
    id: CURRENT_CURVE,
    order: 'a0',
    name: locale === 'zh-CN' ? '当前体验' : 'Current experience',
    colour: '#db2777',
    hidden: false,
  };
  const laneKeys = firstKeys(template.lanes.length);
  template.lanes.forEach((lane, i) => {
    const id = `lane-${lane.key}`;
    doc.lanes[id] = { id, order: laneKeys[i] as string, kind: lane.kind, title: lane.title[locale], hidden: false };
  });
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
            ...(card.colour && { colour: card.colour }),
            ...(card.channel && { channel: card.channel[locale] }),
            ...(card.role && { role: card.role[locale] }),
            ...(card.severity && { severity: card.severity }),
          };
        });
      }
      if (scene.emotion) {
        const id = `emotion-${scene.key}`;
        doc.emotionPoints[id] = { id, curveId: CURRENT_CURVE, sceneId, order: 'a0', score: scene.emotion.score, note: scene.emotion.note[locale] };
      }
    });
  });
  return doc;
}
