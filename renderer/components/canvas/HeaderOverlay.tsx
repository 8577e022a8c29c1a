// Stage, scene and lane headers in a layer above the canvas that follows its pan and zoom,
// except that lane headers stay at the left edge and stage/scene headers at the top edge.
// This file only composes the layers; each header kind and each gesture has its own file.
import { useStore } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { GRID, type MapLayout } from '../../../shared/layout.ts';
import type { JourneyDoc } from '../../../shared/model.ts';
import { addStage } from '../../actions/structureActions.ts';
import { useRevealFocus } from '../../hooks/useRevealFocus.ts';
import { startNaming, useCanvasStore } from './canvasStore.ts';
import { forwardWheel } from './forwardWheel.ts';
import { CornerHeader } from './headers/CornerHeader.tsx';
import { LaneHeader } from './headers/LaneHeader.tsx';
import { LaneTools } from './headers/LaneTools.tsx';
import { SceneHeader } from './headers/SceneHeader.tsx';
import { StageHeader } from './headers/StageHeader.tsx';

export function HeaderOverlay({ doc, layout }: { doc: JourneyDoc; layout: MapLayout }) {
  const { t } = useTranslation();
  const [vx, vy, zoom] = useStore((s) => s.transform);
  const marker = useCanvasStore((s) => s.marker);
  const revealFocus = useRevealFocus();
  const px = Math.max(vx, 0);
  const py = Math.max(vy, 0);
  // The first flow x not hidden behind the lane headers.
  const visibleLeft = (px - vx) / zoom + GRID.laneHeaderWidth;
  return (
    <div className="header-layer" onWheel={(e) => forwardWheel(e.nativeEvent, e.currentTarget)} onFocus={revealFocus}>
      <div className="lane-column" style={{ transform: `translate(${px}px, ${vy}px) scale(${zoom})`, height: layout.height + 120 }}>
        {layout.rows.map((row) => (
          <LaneHeader key={row.laneId} row={row} doc={doc} layout={layout} />
        ))}
        <LaneTools doc={doc} y={layout.height} />
        {marker?.axis === 'y' && <div className="header-marker header-marker--y" style={{ top: marker.at }} />}
      </div>
      <div className="header-row" style={{ transform: `translate(${vx}px, ${py}px) scale(${zoom})`, width: layout.width + 200 }}>
        {layout.stages.map((box) => (
          <StageHeader
            key={box.stageId}
            box={box}
            title={doc.stages[box.stageId]?.title ?? ''}
            layout={layout}
            // A wide stage scrolled half out of view keeps its name in view.
            titleOffset={Math.round(Math.max(0, Math.min(visibleLeft - box.x, box.width - 160)))}
          />
        ))}
        {layout.columns.map((column) => (
          <SceneHeader key={column.sceneId ?? `empty-${column.stageId}`} column={column} doc={doc} layout={layout} />
        ))}
        <button type="button" className="add-stage" style={{ left: layout.width + 8 }} onClick={() => startNaming(addStage())}>
          + {t('headers.addStage')}
        </button>
        {marker?.axis === 'x' && <div className="header-marker header-marker--x" style={{ left: marker.at }} />}
      </div>
      <CornerHeader doc={doc} transform={`translate(${px}px, ${py}px) scale(${zoom})`} />
    </div>
  );
}
