// The customer path: a link is drawn from a touchpoint card's handle and dropped anywhere on
// another touchpoint card, which shows while hovered that it will take the link. Double-clicking
// a link edits its label.
import { useReactFlow, type Connection, type Edge, type FinalConnectionState, type OnConnectStartParams } from '@xyflow/react';
import { useCallback, useEffect, useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '../../../../shared/ids.ts';
import { canLink, linkTargetAt } from '../../../../shared/linkTarget.ts';
import { askText } from '../../../actions/dialogs.ts';
import { editor } from '../../../state/editor.ts';
import { layoutOf } from '../../../state/layoutCache.ts';
import { useCanvasStore } from '../canvasStore.ts';

const pointOf = (event: globalThis.MouseEvent | TouchEvent) => ('clientX' in event ? event : (event.changedTouches[0] ?? null));

export function useLinkGestures() {
  const { t } = useTranslation();
  const flow = useReactFlow();
  const stopTracking = useRef<(() => void) | null>(null);

  const targetAt = useCallback(
    (clientX: number, clientY: number, fromId: string) => linkTargetAt(editor.doc, layoutOf(editor.doc), flow.screenToFlowPosition({ x: clientX, y: clientY }), fromId),
    [flow],
  );

  const stop = useCallback(() => {
    stopTracking.current?.();
    stopTracking.current = null;
    useCanvasStore.setState({ linkTarget: null });
  }, []);
  useEffect(() => stop, [stop]);

  const onConnectStart = useCallback(
    (_event: globalThis.MouseEvent | TouchEvent, { nodeId }: OnConnectStartParams) => {
      stop();
      if (!nodeId) return;
      const track = (event: PointerEvent) => {
        const linkTarget = targetAt(event.clientX, event.clientY, nodeId);
        if (useCanvasStore.getState().linkTarget !== linkTarget) useCanvasStore.setState({ linkTarget });
      };
      window.addEventListener('pointermove', track);
      stopTracking.current = () => window.removeEventListener('pointermove', track);
    },
    [stop, targetAt],
  );

  // Released on a handle or anywhere on a card: both make the link, through this one place.
  const onConnectEnd = useCallback(
    (event: globalThis.MouseEvent | TouchEvent, connection: FinalConnectionState) => {
      stop();
      const from = connection.fromNode?.id;
      const point = pointOf(event);
      if (!from || connection.fromHandle?.type !== 'source') return;
      const to = connection.isValid && connection.toNode ? connection.toNode.id : point ? targetAt(point.clientX, point.clientY, from) : null;
      if (to && canLink(editor.doc, from, to)) editor.apply({ type: 'addLink', id: newId('link'), fromCardId: from, toCardId: to }, 'addLink');
    },
    [stop, targetAt],
  );

  const isValidConnection = useCallback((c: Connection | Edge) => canLink(editor.doc, c.source, c.target), []);

  const onEdgeDoubleClick = useCallback(
    (_event: MouseEvent, edge: { id: string }) => {
      const link = editor.doc.links[edge.id];
      if (!link) return;
      void askText(t('path.labelTitle'), link.label).then((label) => {
        if (label !== null && label !== link.label) editor.apply({ type: 'setLinkLabel', id: link.id, label });
      });
    },
    [t],
  );

  return { onConnectStart, onConnectEnd, isValidConnection, onEdgeDoubleClick };
}
