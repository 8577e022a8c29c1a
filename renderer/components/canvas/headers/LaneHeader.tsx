// A lane's header: rename, collapse, reorder by dragging, resize by its bottom edge, hide, delete.
import { memo, useRef, type CSSProperties } from 'react';
import { cardAccentVariable } from '../../../../shared/cardStyle.ts';
import { drawsCurve } from '../../../../shared/laneKinds.ts';
import { useTranslation } from 'react-i18next';
import { GRID, laneDropAt, type MapLayout, type RowBox } from '../../../../shared/layout.ts';
import type { JourneyDoc } from '../../../../shared/model.ts';
import { deleteLane, laneOrder } from '../../../actions/structureActions.ts';
import { useHeaderDrag } from '../../../hooks/useHeaderDrag.ts';
import { useResize } from '../../../hooks/useResize.ts';
import { editor } from '../../../state/editor.ts';
import { laneMenu } from '../../../actions/contextMenus.ts';
import { openContextMenu } from '../../../state/contextMenu.ts';
import { useFindMark } from '../../../state/find.ts';
import { InlineText } from '../../InlineText.tsx';
import { setMarker, stopNaming, useCanvasStore } from '../canvasStore.ts';
import { CurveLegend } from './CurveLegend.tsx';

export const LaneHeader = memo(function LaneHeader({ row, doc, layout }: { row: RowBox; doc: JourneyDoc; layout: MapLayout }) {
  const { t } = useTranslation();
  const lane = doc.lanes[row.laneId];
  const naming = useCanvasStore((s) => s.naming === row.laneId);
  const found = useFindMark(`lane:${row.laneId}`);
  const target = useRef<number | null>(null);
  const { start, offset } = useHeaderDrag(
    (flow) => {
      const drop = laneDropAt(layout, flow.y, row.laneId, laneOrder());
      target.current = drop.index;
      setMarker({ axis: 'y', at: drop.markerY });
    },
    () => {
      if (target.current !== null) editor.apply({ type: 'moveLane', id: row.laneId, index: target.current }, 'moveLane');
    },
  );
  const resize = useResize(
    (height) => editor.apply({ type: 'setLaneHeight', id: row.laneId, height: Math.max(GRID.minLaneHeight, height) }),
    () => row.height,
    'y',
  );
  if (!lane) return null;
  const kind = t(`laneKind.${lane.kind}`);
  const count = row.collapsed ? Object.values(doc.cards).filter((c) => c.laneId === lane.id).length : 0;
  return (
    <div
      className={`lane-header lane-header--${lane.kind}${row.collapsed ? ' is-collapsed' : ''}${offset ? ' is-dragging' : ''}${found ? ` is-found--${found}` : ''}`}
      data-testid="lane-header"
      data-lane-id={lane.id}
      style={{ top: row.y, height: row.height, transform: offset ? `translateY(${offset.dy}px)` : undefined, '--lane-colour': cardAccentVariable(lane.kind) } as CSSProperties}
      onPointerDown={start}
      onContextMenu={(e) => openContextMenu(e, 'contextMenu.lane', laneMenu(lane.id))}
    >
      <div className="lane-header__line">
        <button
          type="button"
          className="lane-header__toggle"
          aria-label={row.collapsed ? t('headers.expandLane') : t('headers.collapseLane')}
          title={row.collapsed ? t('headers.expandLane') : t('headers.collapseLane')}
          onPointerDown={(e) => e.stopPropagation()}
          onClick={() => editor.apply({ type: 'setLaneCollapsed', id: lane.id, collapsed: !row.collapsed })}
        >
          {row.collapsed ? '▸' : '▾'}
        </button>
        <InlineText
          className="lane-header__title"
          value={lane.title}
          placeholder={kind}
          label={t('headers.laneTitle')}
          editNow={naming}
          onEditEnd={() => stopNaming(lane.id)}
          onCommit={(value) => editor.apply({ type: 'renameLane', id: lane.id, title: value })}
        />
        {row.collapsed && <span className="lane-header__count">{count}</span>}
      </div>
      {!row.collapsed && lane.title && lane.title !== kind && <span className="lane-header__kind">{kind}</span>}
      {!row.collapsed && drawsCurve(lane.kind) && <CurveLegend doc={doc} />}
      <span className="header-tools" onPointerDown={(e) => e.stopPropagation()}>
        <button type="button" title={t('headers.hideLane')} aria-label={t('headers.hideLane')} onClick={() => editor.apply({ type: 'setLaneHidden', id: lane.id, hidden: true })}>
          ⊘
        </button>
        <button type="button" title={t('headers.deleteLane')} aria-label={t('headers.deleteLane')} onClick={() => void deleteLane(lane.id)}>
          ×
        </button>
      </span>
      {!row.collapsed && (
        <span
          className="resize-handle resize-handle--y"
          data-testid="lane-resize"
          title={t('headers.resizeLane')}
          onPointerDown={(e) => {
            e.stopPropagation();
            resize(e);
          }}
        />
      )}
    </div>
  );
});
