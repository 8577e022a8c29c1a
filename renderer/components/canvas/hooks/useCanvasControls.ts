// Zoom and fit for the toolbar, the menu and shortcuts, which live outside React.
import { useReactFlow } from '@xyflow/react';
import { useEffect, type RefObject } from 'react';
import { registerCanvas } from '../../../actions/canvasControls.ts';
import { session } from '../../../state/session.ts';
import { fittedViewport } from '../fitMap.ts';
import { floatingCovers, revealing } from '../revealing.ts';

export const FIT_DURATION = 200;

export function useCanvasControls(container: RefObject<HTMLElement | null>): void {
  const flow = useReactFlow();
  useEffect(() => {
    registerCanvas({
      zoomIn: () => void flow.zoomIn({ duration: 150 }),
      zoomOut: () => void flow.zoomOut({ duration: 150 }),
      fit: () => {
        if (container.current) void flow.setViewport(fittedViewport(container.current), { duration: FIT_DURATION });
      },
      fitSelection: () => {
        const ids = session.get().selection;
        if (ids.length > 0) void flow.fitView({ padding: 0.04, duration: FIT_DURATION, nodes: ids.map((id) => ({ id })), maxZoom: 1.5 });
      },
      reveal: (rect) => {
        const pane = container.current?.getBoundingClientRect();
        if (!pane) return;
        void flow.setViewport(revealing(flow.getViewport(), rect, pane, floatingCovers(pane)), { duration: FIT_DURATION });
      },
    });
    return () => registerCanvas(null);
  }, [flow, container]);
}
