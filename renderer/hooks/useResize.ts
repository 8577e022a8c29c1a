// A live resize of a column or a lane: every move folds into one history entry; Esc takes it back.
import { useStore } from '@xyflow/react';
import { useRef } from 'react';
import { editor } from '../state/editor.ts';
import { usePointerDrag } from './usePointerDrag.ts';

export function useResize(apply: (size: number) => void, startSize: () => number, axis: 'x' | 'y') {
  const zoom = useStore((s) => s.transform[2]);
  const gesture = useRef({ start: 0, changed: false });
  return usePointerDrag({
    onStart: () => {
      gesture.current = { start: startSize(), changed: false };
      editor.beginGroup('resize');
    },
    onMove: (_e, dx, dy) => {
      gesture.current.changed = true;
      apply(gesture.current.start + (axis === 'x' ? dx : dy) / zoom);
    },
    onEnd: () => editor.endGroup(),
    onCancel: () => {
      editor.endGroup();
      if (gesture.current.changed) editor.revertLast();
    },
  });
}
