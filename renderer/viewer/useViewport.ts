// Where the viewer looks at the map: an offset and a zoom, changed by dragging, the wheel
// (Ctrl or ⌘ with it zooms, as a trackpad's pinch does), the keys and the zoom buttons.
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { Box } from '../../shared/emotion/labels.ts';

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

export const MIN_ZOOM = 0.1;
export const MAX_ZOOM = 4;
const PAD = 24;
const clampZoom = (zoom: number) => Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom));
const sizeOf = (frame: RefObject<HTMLElement | null>) => ({ width: frame.current?.clientWidth ?? 0, height: frame.current?.clientHeight ?? 0 });

export interface ViewportControls {
  viewport: Viewport;
  /** the whole map in the window */
  fit: () => void;
  /** by a factor, around a point of the window (default: its centre) */
  zoomBy: (factor: number, at?: { x: number; y: number }) => void;
  panBy: (dx: number, dy: number) => void;
  /** brings a part of the map (in map pixels) to the middle of the window, readable */
  show: (box: Box) => void;
}

function fitted(frame: { width: number; height: number }, map: { width: number; height: number }): Viewport {
  const zoom = clampZoom(Math.min(1, (frame.width - 2 * PAD) / map.width, (frame.height - 2 * PAD) / map.height));
  return { zoom, x: (frame.width - map.width * zoom) / 2, y: Math.max(PAD, (frame.height - map.height * zoom) / 2) };
}

/** A map too wide to read whole opens at the height of the window, from its first stage. */
function opening(frame: { width: number; height: number }, map: { width: number; height: number }): Viewport {
  const whole = fitted(frame, map);
  if (whole.zoom >= 0.5) return whole;
  return { zoom: clampZoom(Math.min(1, Math.max(0.5, (frame.height - 2 * PAD) / map.height))), x: PAD, y: PAD };
}

export function useViewport(frame: RefObject<HTMLElement | null>, map: { width: number; height: number }): ViewportControls {
  const [viewport, setViewport] = useState<Viewport>({ x: PAD, y: PAD, zoom: 1 });
  const opened = useRef('');

  // Once the window has a size (and again for a picture of another size: another view), the map opens in it.
  useEffect(() => {
    const element = frame.current;
    if (!element) return;
    const key = `${map.width}×${map.height}`;
    const observer = new ResizeObserver(() => {
      const size = sizeOf(frame);
      if (opened.current === key || !size.width || !size.height) return;
      opened.current = key;
      setViewport(opening(size, map));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [frame, map]);

  const fit = useCallback(() => setViewport(fitted(sizeOf(frame), map)), [frame, map]);

  const zoomBy = useCallback(
    (factor: number, at?: { x: number; y: number }) => {
      const size = sizeOf(frame);
      const point = at ?? { x: size.width / 2, y: size.height / 2 };
      setViewport((v) => {
        const zoom = clampZoom(v.zoom * factor);
        const k = zoom / v.zoom;
        return { zoom, x: point.x - (point.x - v.x) * k, y: point.y - (point.y - v.y) * k };
      });
    },
    [frame],
  );

  const panBy = useCallback((dx: number, dy: number) => setViewport((v) => ({ ...v, x: v.x + dx, y: v.y + dy })), []);

  const show = useCallback(
    (box: Box) => {
      const { width, height } = sizeOf(frame);
      setViewport((v) => {
        const zoom = Math.max(v.zoom, Math.min(1, (width - 2 * PAD) / Math.max(box.width, 1), (height - 2 * PAD) / Math.max(box.height, 1)));
        return { zoom, x: width / 2 - (box.x + box.width / 2) * zoom, y: height / 2 - (box.y + box.height / 2) * zoom };
      });
    },
    [frame],
  );

  return { viewport, fit, zoomBy, panBy, show };
}
