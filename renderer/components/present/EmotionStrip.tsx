// The journey's emotion curves across all its scenes, drawn up to the step the room has reached:
// the part already told is drawn, the rest waits; the step's scenes are lit and its moments
// (highlights, darkest points, peak, end) are marked and named.
import { useTranslation } from 'react-i18next';
import { monotoneSegments, segmentsToPath } from '../../../shared/emotion/curve.ts';
import { SCALES } from '../../../shared/emotion/scale.ts';
import type { JourneyDoc } from '../../../shared/model.ts';
import type { Emphasis, emotionStrip } from '../../../shared/presentation.ts';

const COLOURS: Record<Emphasis, string> = { highlight: '#16a34a', darkest: '#dc2626', peak: '#7c3aed', end: '#0f172a' };

interface Props {
  doc: JourneyDoc;
  strip: ReturnType<typeof emotionStrip>;
  /** the scenes of the step, lit */
  current: readonly string[];
  moments: { pointId: string; curveId: string; kinds: Emphasis[] }[];
  width: number;
  height: number;
  /** name each moment beside it (off on the summary, which lists them) */
  labels?: boolean;
}

export function EmotionStrip({ doc, strip, current, moments, width, height, labels = true }: Props) {
  const { t } = useTranslation();
  const scale = SCALES[doc.map.scale];
  const n = Math.max(1, strip.scenes.length);
  // room above and below the scale for a moment's ring and its name
  const pad = { left: 16, right: 16, top: 34, bottom: 30 };
  const slotWidth = (width - pad.left - pad.right) / n;
  const x = (slot: number) => pad.left + (slot + 0.5) * slotWidth;
  const y = (score: number) => pad.top + ((scale.max - score) / (scale.max - scale.min || 1)) * (height - pad.top - pad.bottom);
  const lit = strip.scenes.map((id, i) => (current.includes(id) ? i : -1)).filter((i) => i >= 0);
  const label = (kind: Emphasis, point: { score: number }) =>
    kind === 'peak' ? t(point.score < scale.neutral ? 'emotion.peakMarkerLow' : 'emotion.peakMarkerHigh') : t(`emotion.${kind}`);
  return (
    <svg className="present-strip" width={width} height={height} role="img" aria-label={t('present.curve')} data-testid="present-strip">
      <rect x={pad.left} y={pad.top} width={width - pad.left - pad.right} height={(y(scale.delighted) + y(scale.neutral)) / 2 - pad.top} fill="rgba(34,197,94,0.10)" />
      <rect x={pad.left} y={(y(scale.bad) + y(scale.neutral)) / 2} width={width - pad.left - pad.right} height={height - pad.bottom - (y(scale.bad) + y(scale.neutral)) / 2} fill="rgba(239,68,68,0.09)" />
      <line x1={pad.left} x2={width - pad.right} y1={y(scale.neutral)} y2={y(scale.neutral)} stroke="#bcccdc" strokeDasharray="4 4" />
      {lit.length > 0 && (
        <rect className="present-strip__now" x={pad.left + (lit[0] as number) * slotWidth} y={pad.top - 6} width={lit.length * slotWidth} height={height - pad.top - pad.bottom + 6} rx={6} />
      )}
      {strip.curves.map((curve) => {
        const drawn = curve.points.slice(0, curve.drawn).map((p) => ({ x: x(p.slot), y: y(p.score), id: p.id }));
        return (
          <g key={curve.curveId} data-testid="present-curve" data-drawn={curve.drawn}>
            <path d={segmentsToPath(monotoneSegments(drawn))} fill="none" stroke={curve.colour} strokeWidth={4} strokeLinecap="round" />
            {drawn.map((p) => (
              <circle key={p.id} cx={p.x} cy={p.y} r={5} fill="#fff" stroke={curve.colour} strokeWidth={3} />
            ))}
          </g>
        );
      })}
      {moments.map((moment) => {
        const curve = strip.curves.find((c) => c.curveId === moment.curveId);
        const point = curve?.points.find((p) => p.id === moment.pointId);
        if (!curve || !point) return null;
        const kind = moment.kinds[0] as Emphasis;
        const px = x(point.slot);
        const py = y(point.score);
        const text = moment.kinds.map((k) => label(k, point)).join(' · ');
        const below = py - 16 < 14;
        return (
          <g key={moment.pointId} data-testid="present-moment" data-kinds={moment.kinds.join(' ')}>
            <circle cx={px} cy={py} r={10} fill="none" stroke={COLOURS[kind]} strokeWidth={3} />
            {labels && (
              <text x={px} y={below ? py + 28 : py - 16} textAnchor="middle" className="present-strip__label" fill={COLOURS[kind]}>
                {text}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
