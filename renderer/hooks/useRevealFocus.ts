// The header layer is clipped, not scrolled (see styles.css): when something in it gets the focus
// out of view, the browser must not scroll it, so the view pans instead. Headers of the top row
// move with the view only sideways and lane headers only up and down, so each pans on its axis.
import { useReactFlow } from '@xyflow/react';
import { useCallback, type FocusEvent } from 'react';
import { openArea, shiftToFit } from '../components/canvas/openArea.ts';

export function useRevealFocus() {
  const flow = useReactFlow();
  return useCallback(
    (event: FocusEvent<HTMLElement>) => {
      const target = event.target;
      // An open menu is shown whole, not just its focused item.
      const shown = (target.closest('[role="menu"]') as HTMLElement | null) ?? target;
      const layer = event.currentTarget.getBoundingClientRect();
      const box = shown.getBoundingClientRect();
      const viewport = flow.getViewport();
      const room = openArea(viewport, layer.width, layer.height);
      const dx = target.closest('.header-row') ? shiftToFit({ start: box.left - layer.left, end: box.right - layer.left }, room.x) : 0;
      const dy = target.closest('.lane-column') ? shiftToFit({ start: box.top - layer.top, end: box.bottom - layer.top }, room.y) : 0;
      if (dx !== 0 || dy !== 0) void flow.setViewport({ ...viewport, x: viewport.x + dx, y: viewport.y + dy }, { duration: 120 });
    },
    [flow],
  );
}
