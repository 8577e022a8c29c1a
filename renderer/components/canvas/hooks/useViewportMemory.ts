// Each saved map opens where it was last looked at; a map seen for the first time opens fitted,
// or at its top-left corner when fitting would make its text too small to read.
import type { ReactFlowInstance, Viewport } from '@xyflow/react';
import { useCallback, type RefObject } from 'react';
import { session } from '../../../state/session.ts';
import { fittedViewport } from '../fitMap.ts';

// Opening a wide map fitted to the window would make its text unreadable on a projector:
// below this zoom, show its top-left corner at this zoom instead.
const READABLE_ZOOM = 0.8;
const viewportKey = (path: string) => `cjm.viewport:${path}`;

function savedViewport(path: string | null): Viewport | null {
  if (!path) return null;
  try {
    const value = JSON.parse(localStorage.getItem(viewportKey(path)) ?? 'null') as Viewport | null;
    return value && [value.x, value.y, value.zoom].every(Number.isFinite) ? value : null;
  } catch {
    return null;
  }
}

export function useViewportMemory(container: RefObject<HTMLElement | null>) {
  const onInit = useCallback(
    (instance: Pick<ReactFlowInstance, 'setViewport'>) => {
      const saved = savedViewport(session.get().path);
      if (saved) {
        void instance.setViewport(saved);
        return;
      }
      const fitted = container.current ? fittedViewport(container.current) : null;
      void instance.setViewport(fitted && fitted.zoom >= READABLE_ZOOM ? fitted : { x: 16, y: 16, zoom: READABLE_ZOOM });
    },
    [container],
  );

  const onMoveEnd = useCallback((_event: unknown, viewport: Viewport) => {
    const { path } = session.get();
    if (path) localStorage.setItem(viewportKey(path), JSON.stringify(viewport));
  }, []);

  return { onInit, onMoveEnd };
}
