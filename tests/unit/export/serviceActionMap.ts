// A car-dealer map with a service action system, for the handbook's tests and bench: the first
// showroom visit gets a three-action welcome routine for the sales consultant (steps, training,
// inspection), the guard and the cleaner an action each, and the template's other service
// actions a role and a step or two; the routine's first action delivers the scene's opportunity.
// (The template's own service action system, scores and ties are replaced by this known situation.)
import type { Card, JourneyDoc, Locale } from '../../../shared/model.ts';
import { createDocument } from '../../../shared/templates.ts';

type Words = Record<Locale, string>;
const w = (en: string, zh: string): Words => ({ en, 'zh-CN': zh });

export const ROLES = { consultant: w('Sales consultant', '销售顾问'), guard: w('Guard', '门卫'), cleaner: w('Cleaner', '保洁') };
export const WELCOME = w('Welcome at the door', '门口迎宾');

export const WELCOME_ACTIONS = [
  {
    text: w('Wait at the door five minutes early', '提前5分钟到门口迎候'),
    steps: [w('Check the booking list and the customer’s name', '查看预约名单，记住客户姓名'), w('Stand by the door, badge on, phone away', '站在门口，佩戴工牌，收起手机')],
  },
  {
    text: w('Greet by name and shake hands', '称呼姓名并握手问候'),
    steps: [w('Smile and step forward', '微笑并上前一步'), w('Say “Welcome, Mr Li”', '说“李先生，欢迎光临”'), w('Offer a handshake', '主动握手')],
  },
  {
    text: w('Hand over the business card', '递交名片'),
    steps: [w('Card face up, name towards the customer', '名片正面朝上，文字朝向客户'), w('Both hands, a slight bow', '双手递上，微微欠身'), w('Say your name and role', '报出姓名和岗位')],
  },
] as const;

const MEASURE: Record<Locale, NonNullable<Card['measure']>> = {
  en: {
    training: { plan: 'Role-play the welcome in the morning meeting', frequency: 'weekly', owner: 'Showroom manager' },
    inspection: { who: 'Showroom manager', frequency: 'daily', how: 'Watch two arrivals, tick the sheet' },
  },
  'zh-CN': {
    training: { plan: '晨会情景演练迎宾流程', frequency: '每周', owner: '展厅经理' },
    inspection: { who: '展厅经理', frequency: '每天', how: '现场观察两次到店，填写检查表' },
  },
};

export const GUARD_ACTION = w('Open the barrier and point to the visitor parking', '抬杆并指引访客停车位');

export function serviceActionMap(locale: Locale): JourneyDoc {
  const doc = createDocument('car-dealer', locale);
  const lane = Object.values(doc.lanes).find((l) => l.kind === 'service-actions')!;
  const scene = 'scene-choose-visit';
  // The template's service action system set aside, to build a known one: two plain actions of the
  // first visit are kept (deliberately in no series), every other action of that scene goes.
  const visit = Object.values(doc.cards)
    .filter((c) => c.laneId === lane.id && c.sceneId === scene)
    .sort((a, b) => (a.order < b.order ? -1 : 1));
  for (const card of visit.slice(2)) delete doc.cards[card.id];
  for (const card of Object.values(doc.cards)) {
    if (card.laneId !== lane.id) continue;
    for (const field of ['roles', 'steps', 'series', 'measure'] as const) delete card[field];
  }
  // Its opportunities unscored and untied too: the matrix tests score the ones they need.
  for (const card of Object.values(doc.cards)) if (doc.lanes[card.laneId]?.kind === 'opportunities') delete card.scores;
  doc.relations = {};
  // The template's own service actions: who does them, and a first step.
  for (const card of Object.values(doc.cards)) {
    if (card.laneId !== lane.id) continue;
    card.roles ??= [ROLES.consultant[locale]];
    card.steps ??= [card.text.split(/[;；，,]/)[0] ?? card.text];
  }
  WELCOME_ACTIONS.forEach((action, i) => {
    const id = `card-welcome-${i + 1}`;
    doc.cards[id] = {
      id,
      laneId: lane.id,
      sceneId: scene,
      order: `a${i + 5}`,
      text: action.text[locale],
      roles: [ROLES.consultant[locale]],
      steps: action.steps.map((s) => s[locale]),
      series: WELCOME[locale],
      measure: MEASURE[locale],
    };
  });
  doc.cards['card-guard'] = { id: 'card-guard', laneId: lane.id, sceneId: scene, order: 'a8', text: GUARD_ACTION[locale], roles: [ROLES.guard[locale]], steps: [locale === 'en' ? 'Raise the barrier as the car arrives' : '车辆到达时抬杆'] };
  doc.cards['card-cleaner'] = { id: 'card-cleaner', laneId: lane.id, sceneId: scene, order: 'a9', text: locale === 'en' ? 'Tidy the entrance before opening' : '开门前清洁入口', roles: [ROLES.cleaner[locale], ROLES.guard[locale]] };
  // The routine delivers the scene's opportunity.
  const opportunity = Object.values(doc.cards).find((c) => c.sceneId === scene && doc.lanes[c.laneId]?.kind === 'opportunities');
  if (opportunity) doc.relations['relation-welcome'] = { id: 'relation-welcome', kind: 'delivers', fromCardId: 'card-welcome-1', toCardId: opportunity.id };
  return doc;
}
