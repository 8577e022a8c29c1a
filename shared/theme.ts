// Every colour and the font of the map, said once. The canvas gets them as CSS custom properties
// (themeVariables, set on the page's root and per card), the export draws with them directly,
// so what is printed is what is on screen.
import type { CardColour, LaneKind } from './model.ts';

export const FONT_STACK =
  "system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', sans-serif";

export interface LaneColours {
  accent: string;
  fill: string;
}

/** Each lane kind's hue (the stripe of its header and cards) and its cards' fill; a kind without its own has the default. */
export const LANE_THEME: Partial<Record<LaneKind, LaneColours>> = {
  needs: { accent: '#60a5fa', fill: '#eff6ff' },
  actions: { accent: '#a78bfa', fill: '#f5f3ff' },
  touchpoints: { accent: '#f59e0b', fill: '#fffbeb' },
  emotion: { accent: '#ec4899', fill: '#ffffff' },
  painpoints: { accent: '#ef4444', fill: '#fef2f2' },
  opportunities: { accent: '#22c55e', fill: '#f0fdf4' },
  'service-actions': { accent: '#14b8a6', fill: '#f0fdfa' },
  roles: { accent: '#94a3b8', fill: '#ffffff' },
  metrics: { accent: '#64748b', fill: '#ffffff' },
  text: { accent: '#94a3b8', fill: '#ffffff' },
  images: { accent: '#94a3b8', fill: '#ffffff' },
};

export const DEFAULT_LANE_COLOURS: LaneColours = { accent: '#94a3b8', fill: '#ffffff' };
export const laneColours = (kind: LaneKind): LaneColours => LANE_THEME[kind] ?? DEFAULT_LANE_COLOURS;

/** The fills a card can be given by hand (they win over its lane's). */
export const CARD_COLOUR_FILLS: Record<CardColour, string> = {
  yellow: '#fef9c3',
  orange: '#ffedd5',
  red: '#fee2e2',
  pink: '#fce7f3',
  purple: '#f3e8ff',
  blue: '#dbeafe',
  teal: '#ccfbf1',
  green: '#dcfce7',
  grey: '#f1f5f9',
};

/** Text, and the lines of grids and frames, on paper as on screen (the canvas' --ink and --line-strong). */
export const INK_COLOUR = '#1f2933';
export const LINE_COLOUR = '#bcccdc';

/** Pain point severity is red at every level: the number of dots says how severe. */
export const SEVERITY_COLOUR = '#dc2626';
/** Channel and role under a card's text. */
export const DETAIL_COLOUR = '#52606d';
export const TAG_COLOUR = '#2563eb';
/** An opportunity's value × feasibility (and its rank) under its text. */
export const SCORE_COLOUR = '#15803d';
/** A service action's place in its series, "Greeting 2/5". */
export const SERIES_COLOUR = '#7c3aed';
/** A pain point's loop status on its card. */
export const LOOP_COLOUR = '#0f766e';

/**
 * A metric's status (met / near / missed): bluish green, amber and red,
 * darkened to read on white (≥ 4.5:1); told apart by glyph as well, never by colour alone.
 */
export const METRIC_STATUS_COLOURS = { met: '#00785a', near: '#8a5a00', missed: '#b42318' } as const;
export const SPARKLINE_COLOUR = '#475569';

/** How each kind of part of the row under a card's text is drawn (shared/cardStyle.ts). */
export const META_TONES = {
  rank: { colour: SCORE_COLOUR, bold: true },
  score: { colour: SCORE_COLOUR, bold: true },
  severity: { colour: SEVERITY_COLOUR, bold: false },
  series: { colour: SERIES_COLOUR, bold: true },
  details: { colour: DETAIL_COLOUR, bold: false },
  // a pain point's place in the closed loop, and the same past its due date (red, with ⚑)
  loop: { colour: LOOP_COLOUR, bold: false },
  overdue: { colour: SEVERITY_COLOUR, bold: true },
  tag: { colour: TAG_COLOUR, bold: false },
  // a metric's latest value against its target: each status has its own glyph too (shared/metricText.ts)
  'metric-met': { colour: METRIC_STATUS_COLOURS.met, bold: true },
  'metric-near': { colour: METRIC_STATUS_COLOURS.near, bold: true },
  'metric-missed': { colour: METRIC_STATUS_COLOURS.missed, bold: true },
  sparkline: { colour: SPARKLINE_COLOUR, bold: false },
} as const;
export type MetaTone = keyof typeof META_TONES;

/** Fill of an emotion point by mood. */
export const MOOD_FILLS = { delighted: '#bbf7d0', neutral: '#ffffff', bad: '#fecaca' } as const;

/** The tokens as CSS custom properties, for the page's root (`kinds`: every lane kind, LANE_KINDS). */
export function themeVariables(kinds: readonly LaneKind[]): Record<string, string> {
  return {
    '--severity': SEVERITY_COLOUR,
    '--detail': DETAIL_COLOUR,
    '--tag': TAG_COLOUR,
    '--score': SCORE_COLOUR,
    ...Object.fromEntries(Object.entries(META_TONES).map(([tone, { colour }]) => [`--meta-${tone}`, colour])),
    ...Object.fromEntries(Object.entries(MOOD_FILLS).map(([mood, fill]) => [`--mood-${mood}`, fill])),
    ...Object.fromEntries(Object.entries(CARD_COLOUR_FILLS).map(([colour, fill]) => [`--card-colour-${colour}`, fill])),
    ...Object.fromEntries(
      kinds.flatMap((kind) => [
        [`--lane-${kind}-accent`, laneColours(kind).accent],
        [`--lane-${kind}-fill`, laneColours(kind).fill],
      ]),
    ),
  };
}
