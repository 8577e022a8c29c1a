// The words of the printed service action handbook and the exported opportunity matrix, in the
// map's language (the words of the exported map are in theme.ts).
import type { Quadrant } from '../matrix.ts';
import type { Locale } from '../model.ts';

interface HandbookWords {
  handbook: string;
  allRoles: string;
  counts: (scenes: number, series: number, actions: number) => string;
  contents: string;
  rolesHeading: string;
  /** a series' heading: its name and how many actions it chains */
  series: (name: string, count: number) => string;
  /** an action that belongs to no series */
  single: string;
  /** after a heading that goes on from the page before */
  continued: string;
  steps: string;
  noSteps: string;
  roles: string;
  /** the opportunities an action delivers */
  delivers: string;
  training: string;
  inspection: string;
  /** "plan · how often · who owns it" and "who checks · how often · how" */
  trainingLine: (plan: string, frequency: string, owner: string) => string;
  inspectionLine: (who: string, frequency: string, how: string) => string;
  sheet: string;
  sheetIntro: string;
  week: string;
  inspector: string;
  columns: { number: string; action: string; role: string; check: string };
  days: readonly string[];
  notes: string;
  signature: string;
  page: (i: number, n: number) => string;
  /** a field's name before its value: "Who: " and "执行岗位：" */
  label: (name: string) => string;
}

export const HANDBOOK_WORDS: Record<Locale, HandbookWords> = {
  en: {
    handbook: 'Service action handbook',
    allRoles: 'All roles',
    counts: (scenes, series, actions) => `${scenes} scene${scenes === 1 ? '' : 's'} · ${series} routine${series === 1 ? '' : 's'} · ${actions} action${actions === 1 ? '' : 's'}`,
    contents: 'Contents',
    rolesHeading: 'Roles',
    series: (name, count) => `${name} · ${count} action${count === 1 ? '' : 's'} in order`,
    single: 'Action',
    continued: ' (continued)',
    steps: 'Steps',
    noSteps: 'No steps written yet.',
    roles: 'Who',
    delivers: 'Delivers',
    training: 'Training',
    inspection: 'Inspection',
    trainingLine: (plan, frequency, owner) => [plan, frequency && `how often: ${frequency}`, owner && `owner: ${owner}`].filter(Boolean).join(' · '),
    inspectionLine: (who, frequency, how) => [who && `checked by ${who}`, frequency && `how often: ${frequency}`, how].filter(Boolean).join(' · '),
    sheet: 'Inspection sheet',
    sheetIntro: 'Tick each day the action was carried out as written; note what was not.',
    week: 'Week of',
    inspector: 'Inspector',
    columns: { number: 'No.', action: 'Action', role: 'Role', check: 'Checked by · how often' },
    days: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
    notes: 'Notes and corrections',
    signature: 'Signature',
    page: (i, n) => `page ${i} of ${n}`,
    label: (name) => `${name}: `,
  },
  'zh-CN': {
    handbook: '服务动作手册',
    allRoles: '全部岗位',
    counts: (scenes, series, actions) => `${scenes} 个场景 · ${series} 个动作系列 · ${actions} 个服务动作`,
    contents: '目录',
    rolesHeading: '岗位',
    series: (name, count) => `${name} · 共 ${count} 个动作，按顺序执行`,
    single: '单项动作',
    continued: '（续）',
    steps: '动作步骤',
    noSteps: '尚未填写步骤。',
    roles: '执行岗位',
    delivers: '对应机会点',
    training: '培训演练',
    inspection: '检查',
    trainingLine: (plan, frequency, owner) => [plan, frequency && `频次：${frequency}`, owner && `负责人：${owner}`].filter(Boolean).join(' · '),
    inspectionLine: (who, frequency, how) => [who && `由${who}检查`, frequency && `频次：${frequency}`, how && `方式：${how}`].filter(Boolean).join(' · '),
    sheet: '检查表',
    sheetIntro: '每天按手册检查：做到的打勾，没做到的记在下方并跟进纠正。',
    week: '周次',
    inspector: '检查人',
    columns: { number: '序号', action: '服务动作', role: '岗位', check: '检查人 · 频次' },
    days: ['周一', '周二', '周三', '周四', '周五', '周六', '周日'],
    notes: '问题与纠正记录',
    signature: '签字',
    page: (i, n) => `第 ${i} 页，共 ${n} 页`,
    label: (name) => `${name}：`,
  },
};

interface MatrixWords {
  title: (mapTitle: string) => string;
  value: string;
  feasibility: string;
  quadrants: Record<Quadrant, string>;
  unplaced: (count: number) => string;
  none: string;
}

export const MATRIX_WORDS: Record<Locale, MatrixWords> = {
  en: {
    title: (mapTitle) => `${mapTitle} — opportunity matrix`,
    value: 'Value (need & emotion, pain, visibility)',
    feasibility: 'Feasibility',
    quadrants: { quickWins: 'Quick wins', bigBets: 'Big bets', fillIns: 'Fill-ins', deprioritise: 'Deprioritise' },
    unplaced: (count) => `${count} opportunit${count === 1 ? 'y is' : 'ies are'} not fully scored and not shown.`,
    none: 'No opportunity is scored yet.',
  },
  'zh-CN': {
    title: (mapTitle) => `${mapTitle} — 机会点矩阵`,
    value: '价值（需求与情感、痛点、显性）',
    feasibility: '可行性',
    quadrants: { quickWins: '速赢', bigBets: '重点投入', fillIns: '顺手可做', deprioritise: '暂缓' },
    unplaced: (count) => `另有 ${count} 个机会点尚未评分完整，未显示。`,
    none: '还没有评分完整的机会点。',
  },
};
