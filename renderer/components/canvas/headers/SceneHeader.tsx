// A scene's header: rename, pick its channel, reorder by dragging (also into another stage),
// resize the column by its right edge, add a scene after it, delete; it names the personas the
// scene is about, when it has some. A stage without scenes
// shows an "add scene" button in its place.
import { openThreadCounts, targetKey } from '../../../../shared/comments.ts';
import { memo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { GRID, sceneDropAt, type ColumnBox, type MapLayout } from '../../../../shared/layout.ts';
import type { JourneyDoc } from '../../../../shared/model.ts';
import { addScene, deleteScene } from '../../../actions/structureActions.ts';
import { useHeaderDrag } from '../../../hooks/useHeaderDrag.ts';
import { useResize } from '../../../hooks/useResize.ts';
import { editor } from '../../../state/editor.ts';
import { sceneMenu } from '../../../actions/contextMenus.ts';
import { openContextMenu } from '../../../state/contextMenu.ts';
import { useFindMark } from '../../../state/find.ts';
import { InlineText } from '../../InlineText.tsx';
import { setMarker, startNaming, stopNaming, useCanvasStore } from '../canvasStore.ts';
import { ChannelMenu } from './ChannelMenu.tsx';

export const SceneHeader = memo(function SceneHeader({ column, doc, layout }: { column: ColumnBox; doc: JourneyDoc; layout: MapLayout }) {
  const { t, i18n } = useTranslation();
  const scene = doc.scenes[column.sceneId ?? ''];
  const naming = useCanvasStore((s) => Boolean(scene) && s.naming === scene?.id);
  const found = useFindMark(`scene:${column.sceneId ?? ''}`);
  const comments = openThreadCounts(doc).get(targetKey('scene', column.sceneId ?? '')) ?? 0;
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
        <button type="button" className="add-first-scene" onClick={() => startNaming(addScene(column.stageId))}>
          + {t('headers.addScene')}
        </button>
      </div>
    );
  }
  // who goes through the scene (a Mermaid task's actors), by the personas' names of the moment
  const actors = (scene.personaIds ?? []).flatMap((id) => (doc.personas[id] ? [doc.personas[id].name] : []));
  const stageScenes = layout.stages.find((s) => s.stageId === scene.stageId)?.sceneIds ?? [];
  return (
    <div
      className={`scene-header${offset ? ' is-dragging' : ''}${found ? ` is-found--${found}` : ''}`}
      data-testid="scene-header"
      data-scene-id={scene.id}
      style={{ left: column.x, width: column.width, transform: offset ? `translateX(${offset.dx}px)` : undefined }}
      onPointerDown={start}
      onContextMenu={(e) => openContextMenu(e, 'contextMenu.scene', sceneMenu(scene.id))}
    >
      {comments > 0 && (
        <span className="comment-badge" role="img" aria-label={t('comments.badge', { count: comments })} title={t('comments.badge', { count: comments })} data-testid="comment-badge">
          {comments}
        </span>
      )}
      <InlineText
        className="scene-header__title"
        value={scene.title}
        placeholder={t('scene.untitled')}
        label={t('headers.sceneTitle')}
        editNow={naming}
        onEditEnd={() => stopNaming(scene.id)}
        onCommit={(value) => editor.apply({ type: 'renameScene', id: scene.id, title: value })}
      />
      <span className="scene-header__row">
        <ChannelMenu scene={scene} />
        {actors.length > 0 && (
          <span className="scene-header__personas" data-testid="scene-personas" title={t('scene.personas', { names: new Intl.ListFormat(i18n.language).format(actors) })}>
            {actors.join(' · ')}
          </span>
        )}
      </span>
      <span className="header-tools" onPointerDown={(e) => e.stopPropagation()}>
        <button
          type="button"
          title={t('headers.addSceneAfter')}
          aria-label={t('headers.addSceneAfter')}
          onClick={() => startNaming(addScene(scene.stageId, stageScenes.indexOf(scene.id) + 1))}
        >
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
