// The words of the exported map (its colours and font are shared/theme.ts).
import type { Locale, SceneChannel } from '../model.ts';

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
