// Large generated maps for the benchmarks: `scenes` columns in stages of ten, `lanes` lanes
// (one of them the emotion lane), and about `cards` cards spread over the cells. With `method`, the
// map carries what format 6 added: its last lane holds pain points instead, each with a closed loop
// (owner, due date, plan, check, a history of up to five changes), every metric card a definition
// with twelve monthly values (every third one NPS, from its answers), and a persona with goals and a
// quote, in the title block and owning the curve.
import { Editor } from '../../shared/editor.ts';
import { LOOP_STATUSES, type Metric, type PainLoop } from '../../shared/laneKinds.ts';
import { LANE_KINDS, emptyDoc, type Card, type JourneyDoc } from '../../shared/model.ts';
import type { Operation } from '../../shared/ops.ts';
import { firstKeys } from '../../shared/order.ts';

const WORDS = ['预约', 'test drive', '到店', 'price', '交车', 'follow-up call', '保养', 'waiting', '微信', 'showroom', '金融方案', 'trade-in'];

const MONTHS = Array.from({ length: 12 }, (_, m) => `2026-${String(m + 1).padStart(2, '0')}`);
const PEOPLE = ['王敏', 'Zhang Qiang', '陈静', 'Liu Yang'];

function metricOf(c: number): Metric {
  const nps = c % 3 === 0;
  return {
    ...(nps && { nps: true }),
    type: nps ? 'outcome' : 'process',
    definition: `${c + 1}. ${WORDS[c % WORDS.length]}: share of customers within the agreed time, divided by all of the period`,
    unit: nps ? 'points' : '%',
    department: c % 2 ? '网电销售部（DCC）' : 'After-sales',
    source: 'CRM / DMS',
    period: 'Monthly',
    target: nps ? 40 : 80,
    direction: c % 5 === 0 ? 'lower' : 'higher',
    display: (['number', 'gauge', 'trend'] as const)[c % 3] ?? 'number',
    values: MONTHS.map((period, m) => (nps ? { period, promoters: 40 + ((c + m) % 30), passives: 20 + (m % 9), detractors: 10 + ((c * m) % 25) } : { period, value: 50 + ((c * 7 + m * 3) % 50) })),
  };
}

function loopOf(c: number): PainLoop {
  const at = c % LOOP_STATUSES.length;
  return {
    status: LOOP_STATUSES[at] ?? 'found',
    owner: PEOPLE[c % PEOPLE.length] as string,
    due: `2026-${String((c % 12) + 1).padStart(2, '0')}-${String((c % 28) + 1).padStart(2, '0')}`,
    plan: at >= 2 ? `${c + 1}. ${WORDS.slice(0, 6).join(' → ')}; training every Monday, mystery shopper monthly` : '',
    check: at >= 3 ? `${c + 1}. checked on ${10 + (c % 20)} visits: ${70 + (c % 30)}% done as planned` : '',
    history: LOOP_STATUSES.slice(0, at + 1).map((status, i) => ({ status, by: PEOPLE[(c + i) % PEOPLE.length] as string, at: `2026-${String(i + 1).padStart(2, '0')}-15T09:30` })),
  };
}

export function generateMap({ scenes = 60, lanes = 10, cards = 2000, method = false } = {}): JourneyDoc {
  const ops: Operation[] = [];
  for (let s = 0; s < Math.ceil(scenes / 10); s++) ops.push({ type: 'addStage', id: `st${s}`, title: `Stage ${s + 1}` });
  for (let i = 0; i < scenes; i++) {
    ops.push({ type: 'addScene', id: `sc${i}`, stageId: `st${Math.floor(i / 10)}`, title: `Scene ${i + 1}`, channel: i % 2 ? 'online' : 'offline' });
  }
  const kinds = LANE_KINDS.filter((k) => k !== 'emotion' && k !== 'images');
  const cardLanes: string[] = [];
  for (let l = 0; l < lanes; l++) {
    const kind = l === 3 ? 'emotion' : method && l === lanes - 1 ? 'painpoints' : (kinds[l % kinds.length] as (typeof kinds)[number]);
    ops.push({ type: 'addLane', id: `ln${l}`, kind, title: `Lane ${l + 1}` });
    if (kind !== 'emotion') cardLanes.push(`ln${l}`);
  }
  ops.push({ type: 'addCurve', id: 'curve-current', name: 'Current', colour: '#db2777' });
  for (let i = 0; i < scenes; i++) ops.push({ type: 'addEmotionPoint', id: `em${i}`, curveId: 'curve-current', sceneId: `sc${i}`, score: Math.round(Math.sin(i / 3) * 2) });
  if (method) {
    ops.push(
      { type: 'addPersona', id: 'persona-1', name: 'Li Wei, 32', description: 'First family car' },
      { type: 'updatePersona', id: 'persona-1', fields: { goals: 'A safe, roomy car at a clear price, in two visits', quote: 'Tell me the real price once.' } },
      { type: 'setCurvePersona', id: 'curve-current', personaId: 'persona-1' },
      { type: 'setTitlePersonas', ids: ['persona-1'] },
    );
  }
  const editor = new Editor(emptyDoc('en', `Generated ${scenes}×${lanes}, ${cards} cards${method ? ', with metrics and loops' : ''}`));
  editor.apply(ops);
  const kindOf = (laneId: string) => editor.doc.lanes[laneId]?.kind;
  // Cards are written directly, with fresh keys per cell: adding thousands through the editor
  // scans the cell each time (fine for one edit, minutes for a generated map).
  const cells = new Map<string, Card[]>();
  for (let c = 0; c < cards; c++) {
    const cell = c % (scenes * cardLanes.length);
    const laneId = cardLanes[cell % cardLanes.length] as string;
    const sceneId = `sc${Math.floor(cell / cardLanes.length)}`;
    const text = `${c + 1}. ${Array.from({ length: 3 + (c % 9) }, (_, w) => WORDS[(c + w) % WORDS.length]).join(' ')}`;
    const list = cells.get(`${laneId} ${sceneId}`) ?? [];
    const fields = method && kindOf(laneId) === 'metrics' ? { metric: metricOf(c) } : method && kindOf(laneId) === 'painpoints' ? { severity: ((c % 3) + 1) as 1 | 2 | 3, loop: loopOf(c) } : {};
    list.push({ id: `cd${c}`, laneId, sceneId, order: '', text, ...fields });
    cells.set(`${laneId} ${sceneId}`, list);
  }
  const all: Record<string, Card> = {};
  for (const list of cells.values()) {
    const keys = firstKeys(list.length);
    list.forEach((card, i) => (all[card.id] = { ...card, order: keys[i] as string }));
  }
  return { ...editor.doc, cards: all };
}
