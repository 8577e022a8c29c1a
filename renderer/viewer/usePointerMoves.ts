// The map under the mouse, a pen or fingers: one pointer drags it (or, without moving, clicks what
// is under it), two pinch it: their spread zooms around their middle, their middle moves it.
import { useRef, useState, type PointerEvent, type RefObject } from 'react';

const DRAG_SLOP = 4;

interface Options {
  frame: RefObject<HTMLElement | null>;
  panBy: (dx: number, dy: number) => void;
  zoomBy: (factor: number, at: { x: number; y: number }) => void;
  /** a press and release without moving: what was under the pointer */
  onClick: (target: Element | null) => void;
}

type Point = { x: number; y: number };

export function usePointerMoves({ frame, panBy, zoomBy, onClick }: Options) {
  const pointers = useRef(new Map<number, Point>());
  const press = useRef<{ moved: boolean; target: Element | null; start: Point } | null>(null);
  const pinch = useRef<{ spread: number; middle: Point } | null>(null);
  const [dragging, setDragging] = useState(false);

  const twoFingers = () => {
    const [a, b] = [...pointers.current.values()];
    if (!a || !b) return null;
    const box = frame.current?.getBoundingClientRect();
    return { spread: Math.hypot(a.x - b.x, a.y - b.y), middle: { x: (a.x + b.x) / 2 - (box?.left ?? 0), y: (a.y + b.y) / 2 - (box?.top ?? 0) } };
  };

  const onPointerDown = (event: PointerEvent<HTMLElement>) => {
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    frame.current?.focus({ preventScroll: true });
    event.currentTarget.setPointerCapture(event.pointerId);
    const point = { x: event.clientX, y: event.clientY };
    pointers.current.set(event.pointerId, point);
    if (pointers.current.size === 1) press.current = { moved: false, target: event.target as Element, start: point };
    else if (press.current) press.current.moved = true;
    if (pointers.current.size === 2) pinch.current = twoFingers();
  };

  const onPointerMove = (event: PointerEvent<HTMLElement>) => {
    const before = pointers.current.get(event.pointerId);
    if (!before) return;
    const point = { x: event.clientX, y: event.clientY };
    const p = press.current;
    // Under the slop a press is still a click: the map waits.
    if (p && !p.moved && Math.hypot(point.x - p.start.x, point.y - p.start.y) < DRAG_SLOP) return;
    pointers.current.set(event.pointerId, point);
    if (p && !p.moved) {
      p.moved = true;
      setDragging(true);
    }
    const was = pinch.current;
    const now = pointers.current.size >= 2 ? twoFingers() : null;
    if (was && now) {
      zoomBy(now.spread / Math.max(1, was.spread), now.middle);
      panBy(now.middle.x - was.middle.x, now.middle.y - was.middle.y);
      pinch.current = now;
    } else if (pointers.current.size === 1) panBy(point.x - before.x, point.y - before.y);
  };

  const onPointerEnd = (event: PointerEvent<HTMLElement>, released: boolean) => {
    if (!pointers.current.delete(event.pointerId)) return;
    pinch.current = pointers.current.size === 2 ? twoFingers() : null;
    if (pointers.current.size > 0) return;
    const p = press.current;
    press.current = null;
    setDragging(false);
    if (released && p && !p.moved) onClick(p.target);
  };

  return {
    dragging,
    handlers: {
      onPointerDown,
      onPointerMove,
      onPointerUp: (event: PointerEvent<HTMLElement>) => onPointerEnd(event, true),
      onPointerCancel: (event: PointerEvent<HTMLElement>) => onPointerEnd(event, false),
    },
  };
}
