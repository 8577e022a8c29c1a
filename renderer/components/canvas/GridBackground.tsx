// The grid behind the cards: lane rows, scene cells and the drop highlight.
// It lets pointer events through, so empty cells belong to the pane (box selection, double-click).
import { ViewportPortal } from '@xyflow/react';
import { memo } from 'react';
import { GRID, cellKey, type MapLayout } from '../../../shared/layout.ts';
import type { JourneyDoc } from '../../../shared/model.ts';
import { useCanvasStore } from './canvasStore.ts';

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
