// A pointer drag that starts after a few pixels of movement (so a click stays a click), with
// pointer capture so the gesture survives leaving the element.
import { useCallback, useLayoutEffect, useRef, type PointerEvent as ReactPointerEvent } from 'react';

export interface DragHandlers {
  onStart?: (event: PointerEvent) => void;
  onMove: (event: PointerEvent, dx: number, dy: number) => void;
  onEnd: (event: PointerEvent, dx: number, dy: number) => void;
  onCancel?: () => void;
}

const THRESHOLD = 4;

export function usePointerDrag(handlers: DragHandlers) {
  const ref = useRef(handlers);
  useLayoutEffect(() => {
    ref.current = handlers;
  });
  return useCallback((down: ReactPointerEvent) => {
    if (down.button !== 0) return;
    const target = down.currentTarget as HTMLElement;
    const start = { x: down.clientX, y: down.clientY };
    let dragging = false;
    const move = (event: PointerEvent) => {
      const dx = event.clientX - start.x;
      const dy = event.clientY - start.y;
      if (!dragging && Math.hypot(dx, dy) < THRESHOLD) return;
      if (!dragging) {
        dragging = true;
        target.setPointerCapture(event.pointerId);
        ref.current.onStart?.(event);
      }
      ref.current.onMove(event, dx, dy);
    };
    const finish = (event: PointerEvent, cancelled: boolean) => {
      target.removeEventListener('pointermove', move);
      target.removeEventListener('pointerup', up);
      target.removeEventListener('pointercancel', cancel);
      window.removeEventListener('keydown', escape, true);
      if (!dragging) return;
      if (cancelled) ref.current.onCancel?.();
      else ref.current.onEnd(event, event.clientX - start.x, event.clientY - start.y);
    };
    const up = (event: PointerEvent) => finish(event, false);
    const cancel = (event: PointerEvent) => finish(event, true);
    const escape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !dragging) return;
      event.stopPropagation();
      dragging = false;
      ref.current.onCancel?.();
    };
    target.addEventListener('pointermove', move);
    target.addEventListener('pointerup', up);
    target.addEventListener('pointercancel', cancel);
    window.addEventListener('keydown', escape, true);
  }, []);
}
