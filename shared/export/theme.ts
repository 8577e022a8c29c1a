// Colours and words of the exported map, matching the canvas (renderer/styles.css).
import type { LaneKind, Locale, SceneChannel } from '../model.ts';

export const FONT_STACK =
  "system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', sans-serif";

export const LANE_COLOURS: Record<LaneKind, string> = {
  needs: '#60a5fa',
  actions: '#a78bfa',
  touchpoints: '#f59e0b',
  emotion: '#ec4899',
  painpoints: '#ef4444',
  opportunities: '#22c55e',
  'service-actions': '#14b8a6',
  roles: '#94a3b8',
  metrics: '#64748b',
  text: '#94a3b8',
  images: '#94a3b8',
};

/** Fill of an emotion point by mood, on the canvas and in exports. */
export const MOOD_FILLS = { delighted: '#bbf7d0', neutral: '#ffffff', bad: '#fecaca' } as const;

interface Words {
  channel: Record<SceneChannel, string>;
  delighted: string;
  neutral: string;
  bad: string;
  highlight: string;
  darkest: string;
  /** the most intense moment's marker, when it is a high and when a low */
  peakHigh: string;
  peakLow: string;
  end: string;
}

export const LABELS: Record<Locale, Words> = {
  en: {
    channel: { online: 'Online', offline: 'Offline', both: 'Online + offline' },
    delighted: 'Delighted',
    neutral: 'Neutral',
    bad: 'Bad',
    highlight: 'Highlight',
    darkest: 'Darkest',
    peakHigh: 'Most intense · high',
    peakLow: 'Most intense · low',
    end: 'End',
  },
  'zh-CN': {
    channel: { online: '线上', offline: '线下', both: '线上+线下' },
    delighted: '愉悦',
    neutral: '一般',
    bad: '糟糕',
    highlight: '高光点',
    darkest: '至暗点',
    peakHigh: '最强烈 · 高峰',
    peakLow: '最强烈 · 低谷',
    end: '终点',
  },
};
