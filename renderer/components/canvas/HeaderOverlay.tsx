// Stage, scene and lane headers in a layer above the canvas that follows its pan and zoom,
// except that lane headers stay at the left edge and stage/scene headers at the top edge.
// Every header gesture (rename, reorder by dragging, resize, add, delete) lives here.
import { useReactFlow, useStore } from '@xyflow/react';
import { memo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GRID, laneDropAt, sceneDropAt, stageDropAt, type ColumnBox, type MapLayout, type RowBox, type StageBox } from '../../../shared/layout.ts';
import { LANE_KINDS, type JourneyDoc, type LaneKind } from '../../../shared/model.ts';
import { sortOrdered } from '../../../shared/order.ts';
import { addLane, addScene, addStage, cycleSceneChannel, deleteLane, deleteScene, deleteStage, laneOrder } from '../../actions/structureActions.ts';
import { usePointerDrag } from '../../hooks/usePointerDrag.ts';
import { editor } from '../../state/editor.ts';
import { InlineText } from '../InlineText.tsx';
import { useCanvasStore } from './canvasStore.ts';
import { forwardWheel } from './forwardWheel.ts';

const setMarker = (marker: { axis: 'x' | 'y'; at: number } | null) => useCanvasStore.setState({ marker });

/** A live resize: every move folds into one history entry; Esc takes it back. */
function useResize(apply: (size: number) => void, startSize: () => number, axis: 'x' | 'y') {
  const zoom = useStore((s) => s.transform[2]);
  const gesture = useRef({ start: 0, changed: false });
  return usePointerDrag({
    onStart: () => {
      gesture.current = { start: startSize(), changed: false };
      editor.beginGroup('resize');
    },
    onMove: (_e, dx, dy) => {
      gesture.current.changed = true;
      apply(gesture.current.start + (axis === 'x' ? dx : dy) / zoom);
    },
    onEnd: () => editor.endGroup(),
    onCancel: () => {
      editor.endGroup();
      if (gesture.current.changed) editor.revertLast();
    },
  });
}

function useHeaderDrag(onMove: (flow: { x: number; y: number }) => void, onDrop: () => void) {
  const { screenToFlowPosition } = useReactFlow();
  const [offset, setOffset] = useState<{ dx: number; dy: number } | null>(null);
  const zoom = useStore((s) => s.transform[2]);
  const start = usePointerDrag({
    onMove: (event, dx, dy) => {
      setOffset({ dx: dx / zoom, dy: dy / zoom });
      onMove(screenToFlowPosition({ x: event.clientX, y: event.clientY }));
    },
    onEnd: () => {
      setOffset(null);
      setMarker(null);
      onDrop();
    },
    onCancel: () => {
      setOffset(null);
      setMarker(null);
    },
  });
  return { start, offset };
}

const StageHeader = memo(function StageHeader({ box, title, layout, titleOffset }: { box: StageBox; title: string; layout: MapLayout; titleOffset: number }) {
  const { t } = useTranslation();
  const target = useRef<number | null>(null);
  const { start, offset } = useHeaderDrag(
    (flow) => {
      const drop = stageDropAt(layout, flow.x, box.stageId);
      target.current = drop.index;
      setMarker({ axis: 'x', at: drop.markerX });
    },
    () => {
      if (target.current !== null) editor.apply({ type: 'moveStage', id: box.stageId, index: target.current }, 'moveStage');
    },
  );
  return (
    <div
      className={`stage-header${offset ? ' is-dragging' : ''}`}
      data-testid="stage-header"
      data-stage-id={box.stageId}
      style={{ left: box.x, width: box.width, transform: offset ? `translateX(${offset.dx}px)` : undefined }}
      onPointerDown={start}
    >
      <InlineText
        className="stage-header__title"
        style={titleOffset > 0 ? { marginLeft: titleOffset } : undefined}
        value={title}
        placeholder={t('stage.untitled')}
        label={t('headers.stageTitle')}
        onCommit={(value) => editor.apply({ type: 'renameStage', id: box.stageId, title: value })}
      />
      <span className="header-tools" onPointerDown={(e) => e.stopPropagation()}>
        <button type="button" title={t('headers.addScene')} aria-label={t('headers.addScene')} onClick={() => addScene(box.stageId)}>
          +
        </button>
        <button type="button" title={t('headers.deleteStage')} aria-label={t('headers.deleteStage')} onClick={() => void deleteStage(box.stageId)}>
          ×
        </button>
      </span>
    </div>
  );
});

const SceneHeader = memo(function SceneHeader({ column, doc, layout }: { column: ColumnBox; doc: JourneyDoc; layout: MapLayout }) {
  const { t } = useTranslation();
  const scene = doc.scenes[column.sceneId ?? ''];
  const target = useRef<{ stageId: string; index: number } | null>(null);
  const { start, offset } = useHeaderDrag(
    (flow) => {
      if (!scene) return;
      const drop = sceneDropAt(layout, flow.x, scene.id);
      target.current = drop;
      if (drop) setMarker({ axis: 'x', at: drop.markerX });
    },
    () => {
      const to = target.current;
      if (scene && to) editor.apply({ type: 'moveScene', id: scene.id, stageId: to.stageId, index: to.index }, 'moveScene');
    },
  );
  const resize = useResize(
    (width) => scene && editor.apply({ type: 'setSceneWidth', id: scene.id, width: Math.max(GRID.minSceneWidth, width) }),
    () => column.width,
    'x',
  );
  if (!scene) {
    return (
      <div className="scene-header scene-header--empty" style={{ left: column.x, width: column.width }}>
        <button type="button" className="add-first-scene" onClick={() => addScene(column.stageId)}>
          + {t('headers.addScene')}
        </button>
      </div>
    );
  }
  const stageScenes = layout.stages.find((s) => s.stageId === scene.stageId)?.sceneIds ?? [];
  return (
    <div
      className={`scene-header${offset ? ' is-dragging' : ''}`}
      data-testid="scene-header"
      data-scene-id={scene.id}
      style={{ left: column.x, width: column.width, transform: offset ? `translateX(${offset.dx}px)` : undefined }}
      onPointerDown={start}
    >
      <InlineText
        className="scene-header__title"
        value={scene.title}
        placeholder={t('scene.untitled')}
        label={t('headers.sceneTitle')}
        onCommit={(value) => editor.apply({ type: 'renameScene', id: scene.id, title: value })}
      />
      <button
        type="button"
        className={`channel-badge channel-badge--${scene.channel}`}
        title={t('headers.cycleChannel')}
        onPointerDown={(e) => e.stopPropagation()}
        onClick={() => cycleSceneChannel(scene.id)}
      >
        {t(`channel.${scene.channel}`)}
      </button>
      <span className="header-tools" onPointerDown={(e) => e.stopPropagation()}>
        <button type="button" title={t('headers.addSceneAfter')} aria-label={t('headers.addSceneAfter')} onClick={() => addScene(scene.stageId, stageScenes.indexOf(scene.id) + 1)}>
          +
        </button>
        <button type="button" title={t('headers.deleteScene')} aria-label={t('headers.deleteScene')} onClick={() => void deleteScene(scene.id)}>
          ×
        </button>
      </span>
      <span
        className="resize-handle resize-handle--x"
        data-testid="column-resize"
        title={t('headers.resizeColumn')}
        onPointerDown={(e) => {
          e.stopPropagation();
          resize(e);
        }}
      />
    </div>
  );
});

const LaneHeader = memo(function LaneHeader({ row, doc, layout }: { row: RowBox; doc: JourneyDoc; layout: MapLayout }) {
  const { t } = useTranslation();
  const lane = doc.lanes[row.laneId];
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
      className={`lane-header lane-header--${lane.kind}${row.collapsed ? ' is-collapsed' : ''}${offset ? ' is-dragging' : ''}`}
      data-testid="lane-header"
      data-lane-id={lane.id}
      style={{ top: row.y, height: row.height, transform: offset ? `translateY(${offset.dy}px)` : undefined }}
      onPointerDown={start}
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
          onCommit={(value) => editor.apply({ type: 'renameLane', id: lane.id, title: value })}
        />
        {row.collapsed && <span className="lane-header__count">{count}</span>}
      </div>
      {!row.collapsed && lane.title && lane.title !== kind && <span className="lane-header__kind">{kind}</span>}
      {!row.collapsed && lane.kind === 'emotion' && <CurveLegend doc={doc} />}
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

/** Which line is which, on the emotion lane itself. */
function CurveLegend({ doc }: { doc: JourneyDoc }) {
  const curves = sortOrdered(Object.values(doc.curves)).filter((c) => !c.hidden);
  if (curves.length < 2) return null;
  return (
    <ul className="lane-legend" data-testid="lane-legend">
      {curves.map((curve) => (
        <li key={curve.id}>
          <span className="lane-legend__swatch" style={{ background: curve.colour }} />
          {curve.name}
        </li>
      ))}
    </ul>
  );
}

function LaneTools({ doc, y }: { doc: JourneyDoc; y: number }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const hidden = sortOrdered(Object.values(doc.lanes).filter((l) => l.hidden));
  const add = (kind: LaneKind) => {
    setOpen(false);
    addLane(kind);
  };
  return (
    <div className="lane-tools" style={{ top: y + 8 }}>
      <button type="button" className="lane-tools__add" onClick={() => setOpen(!open)} aria-expanded={open}>
        + {t('headers.addLane')}
      </button>
      {open && (
        <ul className="kind-menu" role="menu" aria-label={t('headers.addLane')}>
          {LANE_KINDS.map((kind) => (
            <li key={kind}>
              <button type="button" role="menuitem" onClick={() => add(kind)}>
                {t(`laneKind.${kind}`)}
              </button>
            </li>
          ))}
        </ul>
      )}
      {hidden.length > 0 && (
        <div className="lane-tools__hidden">
          <span>{t('headers.hiddenLanes')}</span>
          {hidden.map((lane) => (
            <button key={lane.id} type="button" title={t('headers.showLane')} onClick={() => editor.apply({ type: 'setLaneHidden', id: lane.id, hidden: false })}>
              {lane.title || t(`laneKind.${lane.kind}`)}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}

export function HeaderOverlay({ doc, layout }: { doc: JourneyDoc; layout: MapLayout }) {
  const { t } = useTranslation();
  const [vx, vy, zoom] = useStore((s) => s.transform);
  const marker = useCanvasStore((s) => s.marker);
  const px = Math.max(vx, 0);
  const py = Math.max(vy, 0);
  // The first flow x not hidden behind the lane headers.
  const visibleLeft = (px - vx) / zoom + GRID.laneHeaderWidth;
  const persona = sortOrdered(Object.values(doc.personas))[0]?.name ?? '';
  return (
    <div className="header-layer" onWheel={(e) => forwardWheel(e.nativeEvent, e.currentTarget)}>
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
        <button type="button" className="add-stage" style={{ left: layout.width + 8 }} onClick={() => addStage()}>
          + {t('headers.addStage')}
        </button>
        {marker?.axis === 'x' && <div className="header-marker header-marker--x" style={{ left: marker.at }} />}
      </div>
      <div className="corner" style={{ transform: `translate(${px}px, ${py}px) scale(${zoom})` }}>
        <InlineText
          className="corner__title"
          value={doc.map.title}
          placeholder={t('app.untitled')}
          label={t('headers.mapTitle')}
          onCommit={(value) => editor.apply({ type: 'setMapTitle', title: value })}
        />
        {persona && <div className="corner__persona">{persona}</div>}
      </div>
    </div>
  );
}
