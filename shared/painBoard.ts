// The pain-point board (痛点看板): every pain point of the map as a tile in the column of its loop
// status, the filters of the board and of the map, its badge on the card, and the board as CSV.
// "Today" always comes from the caller (its clock), so all of this stays pure.
import type { MetaPart } from './cardStyle.ts';
import { LOOP_STATUSES, type LoopStatus } from './laneKinds.ts';
import type { Card, JourneyDoc, Locale } from './model.ts';
import { sortOrdered } from './order.ts';
import { isOpen, isOverdue, loopStatusOf } from './painLoop.ts';
import { csvCell, csvText } from './csv.ts';

export interface BoardItem {
  cardId: string;
  text: string;
  status: LoopStatus;
  severity?: 1 | 2 | 3;
  owner: string;
  due?: string;
  overdue: boolean;
  stageId: string;
  stage: string;
  sceneId: string;
  scene: string;
  plan: string;
  check: string;
}

/** Every pain point of the map in reading order: stage, scene, lane, then its place in the cell. */
export function boardItems(doc: JourneyDoc, today: string): BoardItem[] {
  const stageRank = new Map(sortOrdered(Object.values(doc.stages)).map((s, i) => [s.id, i]));
  const scenes = sortOrdered(Object.values(doc.scenes)).sort((a, b) => (stageRank.get(a.stageId) ?? 0) - (stageRank.get(b.stageId) ?? 0));
  const sceneRank = new Map(scenes.map((s, i) => [s.id, i]));
  const laneRank = new Map(sortOrdered(Object.values(doc.lanes)).map((l, i) => [l.id, i]));
  const cards = sortOrdered(Object.values(doc.cards).filter((c) => doc.lanes[c.laneId]?.kind === 'painpoints' && doc.scenes[c.sceneId]));
  cards.sort((a, b) => (sceneRank.get(a.sceneId) ?? 0) - (sceneRank.get(b.sceneId) ?? 0) || (laneRank.get(a.laneId) ?? 0) - (laneRank.get(b.laneId) ?? 0));
  return cards.map((card) => {
    const scene = doc.scenes[card.sceneId]!;
    return {
      cardId: card.id,
      text: card.text,
      status: loopStatusOf(card),
      ...(card.severity !== undefined && { severity: card.severity }),
      owner: card.loop?.owner ?? '',
      ...(card.loop?.due !== undefined && { due: card.loop.due }),
      overdue: isOverdue(card, today),
      stageId: scene.stageId,
      stage: doc.stages[scene.stageId]?.title ?? '',
      sceneId: scene.id,
      scene: scene.title,
      plan: card.loop?.plan ?? '',
      check: card.loop?.check ?? '',
    };
  });
}

/** What the board shows: absent fields do not filter. `owner: ''` is the tiles nobody owns. */
export interface BoardFilter {
  stageId?: string;
  owner?: string;
  severity?: 1 | 2 | 3;
  overdue?: boolean;
}

export const sameOwner = (a: string, b: string): boolean => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

export function filterItems(items: readonly BoardItem[], filter: BoardFilter): BoardItem[] {
  return items.filter(
    (item) =>
      (filter.stageId === undefined || item.stageId === filter.stageId) &&
      (filter.owner === undefined || sameOwner(item.owner, filter.owner)) &&
      (filter.severity === undefined || item.severity === filter.severity) &&
      (!filter.overdue || item.overdue),
  );
}

/** The owners named on the map, once each whatever their case, in the order they first appear. */
export function ownersOf(items: readonly BoardItem[]): string[] {
  const out: string[] = [];
  for (const item of items) if (item.owner.trim() && !out.some((o) => sameOwner(o, item.owner))) out.push(item.owner.trim());
  return out;
}

/** One column per status of the loop, each in reading order. */
export function boardColumns(items: readonly BoardItem[]): Record<LoopStatus, BoardItem[]> {
  const columns = Object.fromEntries(LOOP_STATUSES.map((s) => [s, [] as BoardItem[]])) as Record<LoopStatus, BoardItem[]>;
  for (const item of items) columns[item.status].push(item);
  return columns;
}

/** The status one column to the left or right (none past the ends). */
export function neighbourStatus(status: LoopStatus, step: -1 | 1): LoopStatus | null {
  return LOOP_STATUSES[LOOP_STATUSES.indexOf(status) + step] ?? null;
}

/** Which pain points the map shows in full; the others are dimmed. Not kept in the file. */
export const MAP_LOOP_FILTERS = ['all', 'open', 'overdue', 'closed'] as const;
export type MapLoopFilter = (typeof MAP_LOOP_FILTERS)[number];

export function passesMapFilter(card: Pick<Card, 'loop'>, filter: MapLoopFilter, today: string): boolean {
  if (filter === 'open') return isOpen(card);
  if (filter === 'overdue') return isOverdue(card, today);
  if (filter === 'closed') return !isOpen(card);
  return true;
}

/** Glyphs of the statuses, so the badge reads without its colour. */
export const LOOP_GLYPHS: Record<LoopStatus, string> = { found: '○', reported: '◔', planned: '◑', assessed: '◕', closed: '●' };
export const OVERDUE_GLYPH = '⚑';

const BADGE_WORDS: Record<Locale, Record<LoopStatus, string> & { due: string }> = {
  en: { found: 'found', reported: 'reported', planned: 'planned', assessed: 'assessed', closed: 'closed', due: 'due' },
  'zh-CN': { found: '发现', reported: '反馈', planned: '改善计划', assessed: '考核', closed: '关闭', due: '截止' },
};

/** "12-20": a due date in the badge (the year only when it is not this year's). */
export function shortDue(due: string, today?: string): string {
  return today && due.slice(0, 4) === today.slice(0, 4) ? due.slice(5) : due;
}

/**
 * The loop's part of a pain point's meta row: "◑ planned · due 12-20"; past its due date (with
 * `today`, the caller's), the glyph ⚑ and the severity's red. A pain point nobody has moved on
 * from found, with no owner or date, shows nothing, so a fresh map stays quiet.
 */
export function loopMetaParts(card: Pick<Card, 'loop'>, locale: Locale, today?: string): MetaPart[] {
  const loop = card.loop;
  if (!loop) return [];
  const words = BADGE_WORDS[locale] ?? BADGE_WORDS.en;
  const status = loop.status;
  if (status === 'found' && !loop.due && !loop.owner.trim() && loop.history.length === 0) return [];
  const overdue = today !== undefined && isOverdue(card, today);
  const due = loop.due && status !== 'closed' ? ` · ${words.due} ${shortDue(loop.due, today)}` : '';
  return [{ text: `${overdue ? OVERDUE_GLYPH : LOOP_GLYPHS[status]} ${words[status]}${due}`, tone: overdue ? 'overdue' : 'loop' }];
}

// The board's CSV (shared/csv.ts): every field is text, so even a "-2" is kept from formulas.
export const csvField = (value: string): string => csvCell(value);
export const toCsv = (rows: readonly (readonly string[])[]): string => csvText(rows);

const CSV_HEADS: Record<Locale, string[]> = {
  en: ['Pain point', 'Stage', 'Scene', 'Severity', 'Status', 'Owner', 'Due', 'Overdue', 'Improvement plan', 'Check result'],
  'zh-CN': ['痛点', '旅程阶段', '场景', '严重程度', '状态', '负责人', '截止日期', '已逾期', '改善计划', '考核结果'],
};

export function boardCsv(items: readonly BoardItem[], locale: Locale): string {
  const words = BADGE_WORDS[locale] ?? BADGE_WORDS.en;
  const yes = locale === 'zh-CN' ? '是' : 'yes';
  return toCsv([
    CSV_HEADS[locale] ?? CSV_HEADS.en,
    ...items.map((i) => [i.text, i.stage, i.scene, i.severity ? String(i.severity) : '', words[i.status], i.owner, i.due ?? '', i.overdue ? yes : '', i.plan, i.check]),
  ]);
}

export const statusWord = (status: LoopStatus, locale: Locale): string => (BADGE_WORDS[locale] ?? BADGE_WORDS.en)[status];
