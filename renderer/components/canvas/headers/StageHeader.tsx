// A stage's header: rename (double-click), reorder by dragging, add a scene, delete.
import { memo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { stageDropAt, type MapLayout, type StageBox } from '../../../../shared/layout.ts';
import { addScene, deleteStage, stageOrder } from '../../../actions/structureActions.ts';
import { useHeaderDrag } from '../../../hooks/useHeaderDrag.ts';
import { editor } from '../../../state/editor.ts';
import { stageMenu } from '../../../actions/contextMenus.ts';
import { openContextMenu } from '../../../state/contextMenu.ts';
import { useFindMark } from '../../../state/find.ts';
import { InlineText } from '../../InlineText.tsx';
import { setMarker, startNaming, stopNaming, useCanvasStore } from '../canvasStore.ts';

export const StageHeader = memo(function StageHeader({ box, title, layout, titleOffset }: { box: StageBox; title: string; layout: MapLayout; titleOffset: number }) {
  const { t } = useTranslation();
  const naming = useCanvasStore((s) => s.naming === box.stageId);
  const found = useFindMark(`stage:${box.stageId}`);
  const target = useRef<number | null>(null);
  const { start, offset } = useHeaderDrag(
    (flow) => {
      const drop = stageDropAt(layout, flow.x, box.stageId, stageOrder());
      target.current = drop.index;
      setMarker({ axis: 'x', at: drop.markerX });
    },
    () => {
      if (target.current !== null) editor.apply({ type: 'moveStage', id: box.stageId, index: target.current }, 'moveStage');
    },
  );
  return (
    <div
      className={`stage-header${offset ? ' is-dragging' : ''}${found ? ` is-found--${found}` : ''}`}
      data-testid="stage-header"
      data-stage-id={box.stageId}
      style={{ left: box.x, width: box.width, transform: offset ? `translateX(${offset.dx}px)` : undefined }}
      onPointerDown={start}
      onContextMenu={(e) => openContextMenu(e, 'contextMenu.stage', stageMenu(box.stageId))}
    >
      <InlineText
        className="stage-header__title"
        style={titleOffset > 0 ? { marginLeft: titleOffset } : undefined}
        value={title}
        placeholder={t('stage.untitled')}
        label={t('headers.stageTitle')}
        editNow={naming}
        onEditEnd={() => stopNaming(box.stageId)}
        onCommit={(value) => editor.apply({ type: 'renameStage', id: box.stageId, title: value })}
      />
      <span className="header-tools" onPointerDown={(e) => e.stopPropagation()}>
        <button type="button" title={t('headers.addScene')} aria-label={t('headers.addScene')} onClick={() => startNaming(addScene(box.stageId))}>
          +
        </button>
        <button type="button" title={t('headers.deleteStage')} aria-label={t('headers.deleteStage')} onClick={() => void deleteStage(box.stageId)}>
          ×
        </button>
      </span>
    </div>
  );
});
