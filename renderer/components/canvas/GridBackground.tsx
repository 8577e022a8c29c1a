// The grid behind the cards: lane rows, scene cells, the emotion line and the drop highlight.
// It lets pointer events through, so empty cells belong to the pane (box selection, double-click).
import { ViewportPortal } from '@xyflow/react';
import { memo } from 'react';
import { GRID, cellKey, type MapLayout } from '../../../shared/layout.ts';
import type { JourneyDoc } from '../../../shared/model.ts';
import { monotoneSegments, segmentsToPath } from '../../../shared/emotion/curve.ts';
import { SCALES, moodOf } from '../../../shared/emotion/scale.ts';
import { sortOrdered } from '../../../shared/order.ts';
import { curvePoints } from '../../../shared/summary.ts';
import { useCanvasStore } from './canvasStore.ts';

/**
 * The emotion curves (SVG for now): mood zones of the map's scale, a neutral baseline, and each
 * visible curve through its points with a monotone path (never overshooting). A scene without a
 * point breaks the curve unless the map says to draw through it.
 */
function EmotionLine({ doc, layout, y, height }: { doc: JourneyDoc; layout: MapLayout; y: number; height: number }) {
  const scale = SCALES[doc.map.scale];
  const pad = 18;
  const yOf = (score: number) => y + pad + ((scale.max - Math.max(scale.min, Math.min(scale.max, score))) / (scale.max - scale.min)) * (height - 2 * pad);
  const columnIndex = new Map(layout.columns.filter((c) => c.sceneId).map((c, i) => [c.sceneId as string, i]));
  const x0 = GRID.laneHeaderWidth;
  const width = layout.width - x0;
  const goodTop = yOf(scale.max) - pad;
  const goodBottom = (yOf(scale.delighted) + yOf(scale.neutral)) / 2;
  const badTop = (yOf(scale.bad) + yOf(scale.neutral)) / 2;
  return (
    <g>
      <rect className="mood-band mood-band--good" x={x0} y={goodTop} width={width} height={goodBottom - goodTop} />
      <rect className="mood-band mood-band--bad" x={x0} y={badTop} width={width} height={y + height - badTop} />
      <line className="emotion-baseline" x1={x0} x2={layout.width} y1={yOf(scale.neutral)} y2={yOf(scale.neutral)} />
      {sortOrdered(Object.values(doc.curves))
        .filter((curve) => !curve.hidden)
        .map((curve) => {
          const all = curvePoints(doc, curve.id);
          const points = all.flatMap((point) => {
            const column = layout.columns.find((c) => c.sceneId === point.sceneId);
            if (!column) return [];
            // Several points in one scene share its width, left to right.
            const inScene = all.filter((p) => p.sceneId === point.sceneId);
            const i = inScene.indexOf(point);
            return [{ point, column: columnIndex.get(point.sceneId) ?? 0, x: column.x + ((i + 1) * column.width) / (inScene.length + 1), y: yOf(point.score) }];
          });
          // Runs of points with no empty scene between them (unless gaps are drawn through).
          const runs: (typeof points)[] = [];
          for (const p of points) {
            const run = runs.at(-1);
            const last = run?.at(-1);
            if (run && last && (doc.map.curveGaps === 'interpolate' || p.column - last.column <= 1)) run.push(p);
            else runs.push([p]);
          }
          return (
            <g key={curve.id} className="emotion-curve" data-curve-id={curve.id} style={{ color: curve.colour }}>
              {runs.map((run) => (
                <path key={run[0]?.point.id} className="emotion-path" d={segmentsToPath(monotoneSegments(run))} />
              ))}
              {points.map(({ point, x, y: py }) => (
                <circle
                  key={point.id}
                  className={`emotion-dot is-${moodOf(point.score, doc.map.scale)}`}
                  cx={x}
                  cy={py}
                  r={6}
                  data-testid="emotion-point"
                  data-score={point.score}
                >
                  <title>{point.note}</title>
                </circle>
              ))}
            </g>
          );
        })}
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
