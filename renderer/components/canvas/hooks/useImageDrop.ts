// Image files dragged from the desktop onto the map: onto a card they are attached to it, onto a
// cell's free space they become new cards (renderer/images/imageActions.ts). The card or the
// cell lights up while the drop would land there. A file dropped anywhere else in the window is
// refused, so the browser never opens it in place of the app.
import { useReactFlow } from '@xyflow/react';
import { useCallback, useEffect, type DragEvent } from 'react';
import { addImages } from '../../../images/addImage.ts';
import { carriesFiles, imageTargetAt, type ImageTarget } from '../../../images/dropTarget.ts';
import { putImages } from '../../../images/imageActions.ts';
import { editor } from '../../../state/editor.ts';
import { layoutOf } from '../../../state/layoutCache.ts';
import { message } from '../../../state/message.ts';
import { session } from '../../../state/session.ts';
import { useCanvasStore } from '../canvasStore.ts';

function highlight(target: ImageTarget | null): void {
  useCanvasStore.setState({
    imageTarget: target?.kind === 'card' ? target.cardId : null,
    drop: target?.kind === 'cell' ? { cell: target.cell, index: target.index } : null,
  });
}

export function useImageDrop() {
  const flow = useReactFlow();
  const targetAt = useCallback(
    (event: DragEvent): ImageTarget | null => {
      const point = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      return imageTargetAt(editor.doc, layoutOf(editor.doc), point.x, point.y);
    },
    [flow],
  );

  useEffect(() => {
    const refuse = (event: globalThis.DragEvent) => {
      if (event.dataTransfer && carriesFiles([...event.dataTransfer.types]) && !event.defaultPrevented) {
        event.preventDefault();
        if (event.type === 'dragover') event.dataTransfer.dropEffect = 'none';
      }
    };
    window.addEventListener('dragover', refuse);
    window.addEventListener('drop', refuse);
    return () => {
      window.removeEventListener('dragover', refuse);
      window.removeEventListener('drop', refuse);
    };
  }, []);

  const onDragOver = useCallback(
    (event: DragEvent) => {
      if (!carriesFiles([...event.dataTransfer.types])) return;
      event.preventDefault();
      const target = targetAt(event);
      event.dataTransfer.dropEffect = target ? 'copy' : 'none';
      highlight(target);
    },
    [targetAt],
  );

  const onDrop = useCallback(
    (event: DragEvent) => {
      if (!carriesFiles([...event.dataTransfer.types])) return;
      event.preventDefault();
      highlight(null);
      const files = [...event.dataTransfer.files];
      const target = targetAt(event);
      if (!target) {
        session.set({ notice: { kind: 'warning', message: message('images.noCell') } });
        return;
      }
      void addImages(files).then((ids) => putImages(target, ids));
    },
    [targetAt],
  );

  const onDragLeave = useCallback((event: DragEvent) => {
    // Leaving a card for the cell around it is no leave of the canvas.
    if (event.currentTarget.contains(event.relatedTarget as Node | null)) return;
    highlight(null);
  }, []);

  return { onDragOver, onDrop, onDragLeave };
}
