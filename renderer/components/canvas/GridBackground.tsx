// The grid behind the cards: lane rows, scene cells, the emotion line and the drop highlight.
// It lets pointer events through, so empty cells belong to the pane (box selection, double-click).
import { ViewportPortal } from '@xyflow/react';
import { memo } from 'react';
import { GRID, cellKey, type MapLayout } from '../../../shared/layout.ts';
import type { JourneyDoc } from '../../../shared/model.ts';
import { sortOrdered } from '../../../shared/order.ts';
import { useCanvasStore } from './canvasStore.ts';

const SCORE_MIN = -2;
const SCORE_MAX = 2;

function EmotionLine({ doc, layout, y, height }: { doc: JourneyDoc; layout: MapLayout; y: number; height: number }) {
  const pad = 18;
  const yOf = (score: number) =>
    y + pad + ((SCORE_MAX - Math.max(SCORE_MIN, Math.min(SCORE_MAX, score))) / (SCORE_MAX - SCORE_MIN)) * (height - 2 * pad);
  const points: { id: string; x: number; y: number; score: number; note: string }[] = [];
  for (const column of layout.columns) {
    if (!column.sceneId) continue;
    const inScene = sortOrdered(Object.values(doc.emotionPoints).filter((p) => p.sceneId === column.sceneId));
    inScene.forEach((point, i) => {
      points.push({ id: point.id, x: column.x + ((i + 1) * column.width) / (inScene.length + 1), y: yOf(point.score), score: point.score, note: point.note });
    });
  }
  const x0 = GRID.laneHeaderWidth;
  const width = layout.width - x0;
  return (
    <g>
      <rect className="mood-band mood-band--good" x={x0} y={y} width={width} height={yOf(0.5) - y} />
      <rect className="mood-band mood-band--bad" x={x0} y={yOf(-0.5)} width={width} height={y + height - yOf(-0.5)} />
      <line className="emotion-baseline" x1={x0} x2={layout.width} y1={yOf(0)} y2={yOf(0)} />
      <polyline className="emotion-path" points={points.map((p) => `${p.x},${p.y}`).join(' ')} />
      {points.map((p) => (
        <circle key={p.id} className={`emotion-dot ${p.score >= 1 ? 'is-good' : p.score <= -1 ? 'is-bad' : ''}`} cx={p.x} cy={p.y} r={6} data-testid="emotion-point" data-score={p.score}>
          <title>{p.note}</title>
        </circle>
      ))}
    </g>
  );
}

function DropHighlight({ layout }: { layout: MapLayout }) {
  const drop = useCanvasStore((s) => s.drop);
  if (!drop) return null;
  const column = layout.columns.find((c) => c.sceneId === drop.cell.sceneId);
  const row = layout.rows.find((r) => r.laneId === drop.cell.laneId);
  if (!column || !row) return null;
  const ids = layout.cells[cellKey(drop.cell.laneId, drop.cell.sceneId)] ?? [];
  const before = layout.cards[ids[drop.index] ?? ''];
  const after = layout.cards[ids[drop.index - 1] ?? ''];
  const lineY = before ? before.y - GRID.cardGap / 2 : after ? after.y + after.height + GRID.cardGap / 2 : row.y + GRID.cellPadding / 2;
  return (
    <g data-testid="drop-highlight" data-lane={drop.cell.laneId} data-scene={drop.cell.sceneId}>
      <rect className="drop-cell" x={column.x} y={row.y} width={column.width} height={row.height} />
      <line className="drop-line" x1={column.x + 6} x2={column.x + column.width - 6} y1={lineY} y2={lineY} />
    </g>
  );
}

export const GridBackground = memo(function GridBackground({ doc, layout }: { doc: JourneyDoc; layout: MapLayout }) {
  return (
    <ViewportPortal>
      <svg className="grid-background" width={layout.width} height={layout.height} style={{ width: layout.width, height: layout.height }}>
        {layout.rows.map((row, i) => {
          const lane = doc.lanes[row.laneId];
          return (
            <g key={row.laneId} className={`grid-row grid-row--${lane?.kind ?? 'text'}${i % 2 ? ' is-odd' : ''}${row.collapsed ? ' is-collapsed' : ''}`}>
              <rect x={GRID.laneHeaderWidth} y={row.y} width={layout.width - GRID.laneHeaderWidth} height={row.height} />
              {lane?.kind === 'emotion' && !row.collapsed && <EmotionLine doc={doc} layout={layout} y={row.y} height={row.height} />}
            </g>
          );
        })}
        {layout.columns.map((column) => (
          <g key={column.sceneId ?? `empty-${column.stageId}`}>
            {!column.sceneId && <rect className="grid-empty-stage" x={column.x} y={layout.top} width={column.width} height={layout.height - layout.top} />}
            <line className="grid-column-line" x1={column.x + column.width} x2={column.x + column.width} y1={layout.top} y2={layout.height} />
          </g>
        ))}
        <DropHighlight layout={layout} />
      </svg>
    </ViewportPortal>
  );
});
