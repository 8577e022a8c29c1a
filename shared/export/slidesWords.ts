// The words of the exported slide deck, in the map's language (the words it shares with the
// exported map, channels and curve markers, are LABELS in theme.ts). Plain functions, not an
// i18n library: shared/ is pure and the deck is written outside the renderer.
import type { Locale } from '../model.ts';

interface SlidesWords {
  /** the title slide's line of figures */
  counts: (stages: number, scenes: number, cards: number) => string;
  /** the title slide's line of persona names */
  personas: (names: string[]) => string;
  /** a stage spread over several slides: "Buy (1/2)" */
  part: (title: string, index: number, count: number) => string;
  /** the head of the lane-title column of a stage's table */
  lane: string;
  noScenes: string;
  /** cards of a cell left out to keep the slide readable */
  more: (count: number) => string;
  opportunities: string;
  columns: { rank: string; text: string; value: string; feasibility: string; score: string };
  none: string;
  /** opportunities left out of the summary: not fully scored, or past the rows of one slide */
  unscored: (count: number) => string;
  notShown: (count: number) => string;
  untitled: string;
}

export const SLIDES_WORDS: Record<Locale, SlidesWords> = {
  en: {
    counts: (stages, scenes, cards) => `${stages} stage${stages === 1 ? '' : 's'} · ${scenes} scene${scenes === 1 ? '' : 's'} · ${cards} card${cards === 1 ? '' : 's'}`,
    personas: (names) => `Persona${names.length === 1 ? '' : 's'}: ${names.join(' · ')}`,
    part: (title, index, count) => `${title} (${index}/${count})`,
    lane: 'Lane',
    noScenes: 'No scenes in this stage yet.',
    more: (count) => `+${count} more`,
    opportunities: 'Opportunities, most cost-effective first',
    columns: { rank: 'Rank', text: 'Opportunity', value: 'Value', feasibility: 'Feasibility', score: 'Score' },
    none: 'No opportunity is scored yet.',
    unscored: (count) => `${count} more opportunit${count === 1 ? 'y is' : 'ies are'} not fully scored.`,
    notShown: (count) => `${count} lower-ranked opportunit${count === 1 ? 'y is' : 'ies are'} not shown.`,
    untitled: 'Untitled journey map',
  },
  'zh-CN': {
    counts: (stages, scenes, cards) => `${stages} 个阶段 · ${scenes} 个场景 · ${cards} 张卡片`,
    personas: (names) => `用户画像：${names.join('、')}`,
    part: (title, index, count) => `${title}（${index}/${count}）`,
    lane: '泳道',
    noScenes: '这个阶段还没有场景。',
    more: (count) => `另有 ${count} 张`,
    opportunities: '机会点（按性价比排序）',
    columns: { rank: '排名', text: '机会点', value: '价值', feasibility: '可行性', score: '得分' },
    none: '还没有评分完整的机会点。',
    unscored: (count) => `另有 ${count} 个机会点尚未评分完整。`,
    notShown: (count) => `另有 ${count} 个排名靠后的机会点未列出。`,
    untitled: '未命名旅程地图',
  },
};
