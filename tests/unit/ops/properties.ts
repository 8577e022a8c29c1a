// Random edit sequences for property tests: each step is a recipe (an operation kind and random
// numbers and strings) turned into an operation against the document as it is at that step, so
// most steps name records that exist, and some deliberately do not.
import fc from 'fast-check';
import { LOOP_STATUSES, METRIC_DISPLAYS, type Metric, type PainLoop } from '../../../shared/laneKinds.ts';
import { CARD_COLOURS, LANE_KINDS, MAX_CARD_IMAGES, SCENE_CHANNELS, EMOTION_SCALES, type JourneyDoc, type LaneKind } from '../../../shared/model.ts';
import { IMAGE_ID } from '../../../shared/images.ts';
import type { CardFields, Operation } from '../../../shared/ops.ts';
import { sortOrdered } from '../../../shared/order.ts';
import { relationMisfit } from '../../../shared/relations.ts';

const KINDS = [
  'setMapTitle', 'addStage', 'renameStage', 'moveStage', 'deleteStage', 'addScene', 'renameScene', 'setSceneChannel',
  'moveScene', 'setSceneWidth', 'deleteScene', 'addLane', 'renameLane', 'moveLane', 'setLaneHeight', 'setLaneHidden',
  'setLaneCollapsed', 'deleteLane', 'addCard', 'setCardText', 'setCardFields', 'moveCard', 'deleteCard', 'addCurve',
  'renameCurve', 'setCurveColour', 'setCurveHidden', 'deleteCurve', 'addEmotionPoint', 'setEmotion', 'moveEmotionPoint',
  'setEmotionPointCard', 'deleteEmotionPoint', 'setEmotionScale', 'setCurveGaps', 'setEmotionFaces', 'setOpportunityWeights', 'addLink',
  'setLinkLabel', 'deleteLink', 'setExportChoices', 'addRelation', 'deleteRelation', 'addPersona', 'updatePersona', 'movePersona',
  'deletePersona', 'setCurvePersona', 'setTitlePersonas', 'setLoopStatus',
] as const satisfies readonly Operation['type'][];

// Text that has hurt editors before: CJK, right-to-left marks, control characters, quotes.
const hostileText = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('知晓', '选车', "'; DROP TABLE cards; --", '\u202Eevil\u202C', 'a\u0000b', '\u0007\t\r\n', '🚗💨', ''),
);

export interface Recipe {
  kind: (typeof KINDS)[number];
  picks: number[];
  text: string;
  number: number;
  flag: boolean;
}

export const recipe: fc.Arbitrary<Recipe> = fc.record({
  // Card fields come in many kinds (metrics, loops, images…): drawn more often, so each is reached every run.
  kind: fc.oneof({ arbitrary: fc.constantFrom(...KINDS), weight: 9 }, { arbitrary: fc.constant('setCardFields' as const), weight: 1 }),
  picks: fc.array(fc.nat(1000), { minLength: 3, maxLength: 3 }),
  text: hostileText,
  number: fc.integer({ min: -5, max: 600 }),
  flag: fc.boolean(),
});

/** The nth record of a collection (in order), or a name that does not exist when it is empty. */
function pick(records: Record<string, { id: string }>, n: number): string {
  const list = Object.values(records).sort((a, b) => (a.id < b.id ? -1 : 1));
  return list.length === 0 ? 'missing' : (list[n % list.length] as { id: string }).id;
}

/** The nth card of a lane of `kind` (most relations then fit), or any card when there is none. */
function pickOfKind(doc: JourneyDoc, kind: LaneKind, n: number): string {
  const cards = Object.fromEntries(Object.entries(doc.cards).filter(([, card]) => doc.lanes[card.laneId]?.kind === kind));
  return Object.keys(cards).length > 0 ? pick(cards, n) : pick(doc.cards, n);
}

// Dates and values at and past the edges of what a metric or a loop accepts (some are refused).
const DATES = ['2026-11-30', '2027-01-31', '0000-00-00', '9999-12-31', '2026-1-5', '', 'tomorrow'];
const VALUES = [0, -1, 36.19, 1e12, -1e12, -0, 1e-300, 94];
const BAD_VALUES = [1e13, Number.NaN, Number.POSITIVE_INFINITY];
/** Mostly a value the schema takes; one case in nine, one it refuses. */
const valueAt = (n: number) => (n % 9 === 8 ? BAD_VALUES[n % BAD_VALUES.length] : VALUES[n % VALUES.length]) as number;

/** A metric: NPS from answers or typed values, with edge and out-of-range numbers now and then. */
function someMetric(r: Recipe, c: number): Metric {
  const nps = c % 3 === 0;
  const periods = (c % 7) + (c % 29 === 0 ? 500 : 0);
  return {
    ...(nps && { nps: true }),
    type: c % 2 === 0 ? 'outcome' : 'process',
    definition: r.text,
    unit: nps ? 'points' : '%',
    department: r.text,
    source: 'CRM',
    period: '每月',
    ...(c % 4 !== 0 && { target: valueAt(Math.floor(c / 7)) }),
    direction: r.flag ? 'higher' : 'lower',
    display: METRIC_DISPLAYS[c % METRIC_DISPLAYS.length] ?? 'number',
    values: Array.from({ length: periods }, (_, i) =>
      nps ? { period: `2026-${i}`, promoters: (c + i) % 50, passives: i % 7, detractors: c % 17 === 0 ? -1 : (c * i) % 30 } : { period: r.text, value: i === 0 ? valueAt(Math.floor(c / 7) + 1) : (VALUES[(c + i) % VALUES.length] as number) },
    ),
  };
}

/** A loop at some status, with a history (very long now and then, past the limit of 1,000). */
function someLoop(r: Recipe, c: number): PainLoop {
  const status = LOOP_STATUSES[c % LOOP_STATUSES.length] ?? 'found';
  const changes = c % 23 === 0 ? 1001 : c % 4;
  return {
    status,
    owner: r.text,
    ...(c % 3 !== 0 && { due: DATES[Math.floor(c / 7) % DATES.length] as string }),
    plan: r.text,
    check: c % 2 === 0 ? '' : r.text,
    history: Array.from({ length: changes }, (_, i) => ({ status: LOOP_STATUSES[i % LOOP_STATUSES.length] ?? 'found', by: r.text, at: `2026-10-${String((i % 28) + 1).padStart(2, '0')}` })),
  };
}

/** Image ids: a few photos, none now and then, and now and then more than a card may hold (refused). */
function someImages(c: number): string[] | undefined {
  if (c % 9 === 0) return undefined;
  const count = c % 13 === 0 ? MAX_CARD_IMAGES + 1 : 1 + (c % 4);
  return Array.from({ length: count }, (_, i) => ((c + i) % 16).toString(16).repeat(64));
}

/** Fields of one kind or another (a lane of another kind refuses them, which is tested too). */
function someFields(r: Recipe, c: number): CardFields {
  if (r.flag && c % 2 === 0) return { colour: CARD_COLOURS[c % CARD_COLOURS.length], tags: [r.text], ...(c % 4 === 0 && { images: someImages(c) }) };
  switch (c % 7) {
    case 5: return c % 3 === 0 ? { metric: undefined } : { metric: someMetric(r, c) };
    case 6: return c % 5 === 0 ? { loop: undefined, severity: 2 } : { loop: someLoop(r, c), severity: ((c % 3) + 1) as 1 | 2 | 3 };
    case 0: return { channel: r.text, role: r.text, severity: ((c % 3) + 1) as 1 | 2 | 3 };
    case 1: return { scores: { need: { value: (c % 5) + 1, reason: r.text }, feasibility: { value: ((c + 2) % 5) + 1, reason: '' } } };
    case 2: return { roles: [r.text, '门卫'].slice(0, 1 + (c % 2)), steps: Array.from({ length: c % 4 }, (_, i) => `${r.text} ${i}`), series: c % 3 === 0 ? undefined : r.text };
    case 3:
      return {
        measure: c % 2 === 0 ? { training: { plan: r.text, frequency: 'weekly', owner: 'Sales manager' } } : { inspection: { who: r.text, frequency: '每天', how: r.text } },
        steps: c % 3 === 0 ? undefined : [r.text],
      };
    default: return { roles: undefined, steps: undefined, series: undefined, measure: undefined };
  }
}

let counter = 0;
const fresh = (prefix: string) => `${prefix}${(counter++).toString(36)}`;

export function toOperation(doc: JourneyDoc, r: Recipe): Operation {
  const [a = 0, b = 0, c = 0] = r.picks;
  const stage = pick(doc.stages, a);
  const scene = pick(doc.scenes, a);
  const lane = pick(doc.lanes, b);
  const card = pick(doc.cards, a);
  const curve = pick(doc.curves, c);
  const point = pick(doc.emotionPoints, b);
  const link = pick(doc.links, c);
  const relation = pick(doc.relations, c);
  const persona = pick(doc.personas, b);
  const index = r.number % 8;
  switch (r.kind) {
    case 'setMapTitle': return { type: r.kind, title: r.text };
    case 'addStage': return { type: r.kind, id: fresh('s'), title: r.text, index: r.flag ? index : undefined };
    case 'renameStage': return { type: r.kind, id: stage, title: r.text };
    case 'moveStage': return { type: r.kind, id: stage, index };
    case 'deleteStage': return { type: r.kind, id: stage };
    case 'addScene': return { type: r.kind, id: fresh('sc'), stageId: stage, title: r.text, channel: SCENE_CHANNELS[c % 3] ?? 'online' };
    case 'renameScene': return { type: r.kind, id: scene, title: r.text };
    case 'setSceneChannel': return { type: r.kind, id: scene, channel: SCENE_CHANNELS[b % 3] ?? 'both' };
    case 'moveScene': return { type: r.kind, id: scene, stageId: pick(doc.stages, b), index };
    case 'setSceneWidth': return { type: r.kind, id: scene, width: r.number };
    case 'deleteScene': return { type: r.kind, id: scene };
    case 'addLane': return { type: r.kind, id: fresh('l'), kind: LANE_KINDS[a % LANE_KINDS.length] ?? 'needs', title: r.text };
    case 'renameLane': return { type: r.kind, id: lane, title: r.text };
    case 'moveLane': return { type: r.kind, id: lane, index };
    case 'setLaneHeight': return { type: r.kind, id: lane, height: r.number };
    case 'setLaneHidden': return { type: r.kind, id: lane, hidden: r.flag };
    case 'setLaneCollapsed': return { type: r.kind, id: lane, collapsed: r.flag };
    case 'deleteLane': return { type: r.kind, id: lane };
    case 'addCard': return { type: r.kind, id: fresh('c'), laneId: lane, sceneId: scene, text: r.text, index: r.flag ? index : undefined };
    case 'setCardText': return { type: r.kind, id: card, text: r.text };
    case 'setCardFields': {
      const kind = c % 7 === 2 || c % 7 === 3 ? 'service-actions' : c % 7 === 5 ? 'metrics' : c % 7 === 6 ? 'painpoints' : null;
      return { type: r.kind, id: kind ? pickOfKind(doc, kind, a) : card, fields: someFields(r, c) };
    }
    case 'moveCard': return { type: r.kind, id: card, laneId: lane, sceneId: pick(doc.scenes, c), index };
    case 'deleteCard': return { type: r.kind, id: card };
    case 'addCurve': return { type: r.kind, id: fresh('cu'), name: r.text, colour: r.flag ? '#db2777' : '#2563eb' };
    case 'renameCurve': return { type: r.kind, id: curve, name: r.text };
    case 'setCurveColour': return { type: r.kind, id: curve, colour: r.flag ? '#16a34a' : 'red' };
    case 'setCurveHidden': return { type: r.kind, id: curve, hidden: r.flag };
    case 'deleteCurve': return { type: r.kind, id: curve };
    case 'addEmotionPoint':
      return { type: r.kind, id: fresh('e'), curveId: curve, sceneId: scene, score: (r.number % 5) - 2, note: r.text, cardId: r.flag ? card : undefined };
    case 'setEmotion': return { type: r.kind, id: point, score: r.flag ? (r.number % 5) - 2 : undefined, note: r.text };
    case 'moveEmotionPoint': return { type: r.kind, id: point, index };
    case 'setEmotionPointCard': return { type: r.kind, id: point, cardId: r.flag ? card : undefined };
    case 'deleteEmotionPoint': return { type: r.kind, id: point };
    case 'setEmotionScale': return { type: r.kind, scale: EMOTION_SCALES[a % EMOTION_SCALES.length] ?? '-2..+2' };
    case 'setCurveGaps': return { type: r.kind, mode: r.flag ? 'gap' : 'interpolate' };
    case 'setEmotionFaces': return { type: r.kind, faces: r.flag };
    case 'setOpportunityWeights': return { type: r.kind, weights: r.flag ? null : { need: c % 4, pain: 1.5, visibility: (c % 3) + 0.5 } };
    case 'addLink': return { type: r.kind, id: fresh('k'), fromCardId: card, toCardId: pick(doc.cards, b), label: r.text };
    case 'setLinkLabel': return { type: r.kind, id: link, label: r.text };
    case 'deleteLink': return { type: r.kind, id: link };
    case 'addRelation': {
      // mostly from a card of the right kind to one that fits; now and then to both, neither or the wrong kind
      const kind = r.flag ? 'addresses' : 'delivers';
      const from = c % 7 === 0 ? card : pickOfKind(doc, kind === 'addresses' ? 'opportunities' : 'service-actions', a);
      const to = kind === 'delivers' ? pickOfKind(doc, 'opportunities', b) : pickOfKind(doc, (['painpoints', 'needs', 'touchpoints'] as const)[c % 3] ?? 'needs', b);
      const target = c % 11 === 0 ? { toCardId: to, toPointId: point } : c % 13 === 0 ? {} : kind === 'addresses' && c % 4 === 0 ? { toPointId: point } : { toCardId: to };
      return { type: r.kind, id: fresh('r'), kind, fromCardId: from, ...target };
    }
    case 'deleteRelation': return { type: r.kind, id: relation };
    case 'addPersona': return { type: r.kind, id: fresh('p'), name: r.text, description: r.flag ? r.text : undefined, index: r.flag ? index : undefined };
    case 'updatePersona':
      return {
        type: r.kind,
        id: persona,
        fields: c % 3 === 0 ? { goals: undefined, quote: undefined, photo: undefined } : { name: r.text, ...(r.flag ? { goals: r.text, photo: (c % 16).toString(16).repeat(64) } : { quote: r.text, description: r.text }) },
      };
    case 'movePersona': return { type: r.kind, id: persona, index };
    case 'deletePersona': return { type: r.kind, id: persona };
    case 'setCurvePersona': return { type: r.kind, id: curve, personaId: c % 4 === 0 ? undefined : c % 9 === 0 ? 'no-such-persona' : persona };
    case 'setTitlePersonas':
      return { type: r.kind, ids: c % 5 === 0 ? null : c % 7 === 0 ? [persona, 'no-such-persona'] : [persona, pick(doc.personas, b), persona].slice(0, 1 + (c % 3)) };
    case 'setLoopStatus':
      // mostly a pain point, now and then another card (refused); `by` and `at` past their limits now and then
      return { type: r.kind, id: c % 6 === 0 ? card : pickOfKind(doc, 'painpoints', a), status: LOOP_STATUSES[b % LOOP_STATUSES.length] ?? 'found', by: c % 13 === 0 ? r.text.repeat(100) : r.text, at: c % 11 === 0 ? 'x'.repeat(100) : '2026-12-01T09:30' };
    case 'setExportChoices':
      return {
        type: r.kind,
        choices: {
          format: r.flag ? 'pdf' : 'png',
          stagesLeftOut: [pick(doc.stages, a), 'no-such-stage'],
          lanesLeftOut: [pick(doc.lanes, b)],
          page: { size: r.flag ? 'A3' : { width: 300, height: 200 }, landscape: r.flag, margin: 10, mode: 'fit', overlap: 10 },
          scale: 2,
          background: 'white',
          withDate: r.flag,
        },
      };
  }
}

/** Every way a document can be inconsistent, as readable lines (empty when all is well). */
export function brokenInvariants(doc: JourneyDoc): string[] {
  const broken: string[] = [];
  const exists = (collection: Record<string, unknown>, id: string | undefined, what: string) => {
    if (id !== undefined && !(id in collection)) broken.push(what);
  };
  for (const s of Object.values(doc.scenes)) exists(doc.stages, s.stageId, `scene ${s.id} in missing stage ${s.stageId}`);
  for (const c of Object.values(doc.cards)) {
    exists(doc.lanes, c.laneId, `card ${c.id} in missing lane ${c.laneId}`);
    exists(doc.scenes, c.sceneId, `card ${c.id} in missing scene ${c.sceneId}`);
  }
  for (const p of Object.values(doc.emotionPoints)) {
    exists(doc.curves, p.curveId, `point ${p.id} on missing curve`);
    exists(doc.scenes, p.sceneId, `point ${p.id} in missing scene`);
    exists(doc.cards, p.cardId, `point ${p.id} tied to missing card`);
  }
  for (const l of Object.values(doc.links)) {
    exists(doc.cards, l.fromCardId, `link ${l.id} from missing card`);
    exists(doc.cards, l.toCardId, `link ${l.id} to missing card`);
  }
  for (const persona of Object.values(doc.personas)) if (persona.photo !== undefined && !IMAGE_ID.test(persona.photo)) broken.push(`persona ${persona.id}: photo ${persona.photo.slice(0, 80)}`);
  for (const curve of Object.values(doc.curves)) exists(doc.personas, curve.personaId, `curve ${curve.id} of missing persona ${curve.personaId}`);
  const shown = doc.map.titlePersonas;
  if (shown) {
    for (const id of shown) exists(doc.personas, id, `title block shows missing persona ${id}`);
    if (new Set(shown).size !== shown.length) broken.push(`title block shows a persona twice: ${shown.join(' ')}`);
    if (shown.length === 0) broken.push('title block shows an empty list of personas');
  }
  for (const card of Object.values(doc.cards)) {
    if (card.loop && card.loop.history.length > 1000) broken.push(`card ${card.id}: loop history of ${card.loop.history.length}`);
    if (card.metric && card.metric.values.length > 500) broken.push(`card ${card.id}: ${card.metric.values.length} metric values`);
    if (card.images && (card.images.length > MAX_CARD_IMAGES || card.images.some((id) => !IMAGE_ID.test(id)))) broken.push(`card ${card.id}: images ${card.images.join(' ').slice(0, 80)}`);
  }
  const relations = new Set<string>();
  for (const r of Object.values(doc.relations)) {
    const misfit = relationMisfit(doc, r);
    if (misfit) broken.push(`relation ${r.id} does not fit: ${misfit}`);
    const key = `${r.kind} ${r.fromCardId} ${r.toCardId ?? r.toPointId}`;
    if (relations.has(key)) broken.push(`relation ${r.id} is there twice`);
    relations.add(key);
  }
  for (const [id, record] of Object.entries({ ...doc.stages, ...doc.scenes, ...doc.lanes, ...doc.cards, ...doc.curves, ...doc.emotionPoints, ...doc.links, ...doc.relations, ...doc.personas })) {
    if (record.id !== id) broken.push(`record under ${id} says it is ${record.id}`);
  }
  type Ordered = { id: string; order: string };
  const groupBy = <T extends Ordered>(name: string, records: T[], key: (r: T) => string): [string, Ordered[]][] => {
    const groups = new Map<string, Ordered[]>();
    for (const r of records) groups.set(key(r), [...(groups.get(key(r)) ?? []), r]);
    return [...groups].map(([k, list]) => [`${name} of ${k}`, list]);
  };
  const groups: [string, Ordered[]][] = [
    ['stages', Object.values(doc.stages)],
    ['lanes', Object.values(doc.lanes)],
    ['curves', Object.values(doc.curves)],
    ['personas', Object.values(doc.personas)],
    ...groupBy('scenes', Object.values(doc.scenes), (s) => s.stageId),
    ...groupBy('cards', Object.values(doc.cards), (c) => `${c.laneId}/${c.sceneId}`),
    ...groupBy('points', Object.values(doc.emotionPoints), (p) => `${p.curveId}/${p.sceneId}`),
  ];
  for (const [name, records] of groups) {
    const keys = sortOrdered(records).map((r) => r.order);
    if (new Set(keys).size !== keys.length) broken.push(`${name}: repeated order keys ${keys.join(' ')}`);
  }
  return broken;
}
