// The background of one lane: a cell per scene column. The emotion lane also draws its
// points and a simple line through them (the full curve editor comes with the Konva layer).
import type { Node, NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { LaneKind } from '../../../shared/model.ts';

export interface RowCell {
  sceneId: string | null;
  x: number;
  width: number;
}
export interface RowPoint {
  id: string;
  x: number;
  score: number;
  note: string;
}
export type LaneRowNodeType = Node<
  { laneId: string; kind: LaneKind; cells: RowCell[]; width: number; height: number; points: RowPoint[] },
  'laneRow'
>;

const SCORE_MIN = -2;
const SCORE_MAX = 2;

function EmotionLine({ points, width, height }: { points: RowPoint[]; width: number; height: number }) {
  const { t } = useTranslation();
  const pad = 18;
  const y = (score: number) =>
    pad + ((SCORE_MAX - Math.max(SCORE_MIN, Math.min(SCORE_MAX, score))) / (SCORE_MAX - SCORE_MIN)) * (height - 2 * pad);
  const band = (from: number, to: number) => ({ y: y(to), h: y(from) - y(to) });
  const good = band(0.5, SCORE_MAX);
  const bad = band(SCORE_MIN, -0.5);
  return (
    <svg className="emotion-line" width={width} height={height} aria-label={t('laneKind.emotion')}>
      <rect className="mood-band mood-band--good" x={0} y={good.y - pad} width={width} height={good.h + pad} />
      <rect className="mood-band mood-band--bad" x={0} y={bad.y} width={width} height={bad.h + pad} />
      <line className="emotion-baseline" x1={0} x2={width} y1={y(0)} y2={y(0)} />
      <polyline className="emotion-path" points={points.map((p) => `${p.x},${y(p.score)}`).join(' ')} />
      {points.map((p) => (
        <circle
          key={p.id}
          className={`emotion-dot ${p.score >= 1 ? 'is-good' : p.score <= -1 ? 'is-bad' : ''}`}
          cx={p.x}
          cy={y(p.score)}
          r={6}
          data-testid="emotion-point"
          data-score={p.score}
        >
          <title>{p.note}</title>
        </circle>
      ))}
    </svg>
  );
}

export const LaneRowNode = memo(function LaneRowNode({ data }: NodeProps<LaneRowNodeType>) {
  return (
    <div className={`lane-row lane-row--${data.kind}`}>
      {data.cells.map((cell) => (
        <div
          key={cell.sceneId ?? `empty-${cell.x}`}
          className={`cell${cell.sceneId ? '' : ' cell--empty-stage'}`}
          style={{ left: cell.x, width: cell.width }}
        />
      ))}
      {data.kind === 'emotion' && <EmotionLine points={data.points} width={data.width} height={data.height} />}
    </div>
  );
});
