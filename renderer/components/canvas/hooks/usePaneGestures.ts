// Clicks on empty canvas: a click picks the cell that Paste goes to, a double-click creates a card.
import { useReactFlow } from '@xyflow/react';
import { useCallback, type MouseEvent } from 'react';
import { cellAt, insertionIndex } from '../../../../shared/layout.ts';
import { createCard } from '../../../actions/cardActions.ts';
import { editor } from '../../../state/editor.ts';
import { layoutOf } from '../../../state/layoutCache.ts';
import { session } from '../../../state/session.ts';

export function usePaneGestures() {
  const flow = useReactFlow();

  const onPaneClick = useCallback(
    (event: MouseEvent) => {
      const point = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      session.set({ activeCell: cellAt(layoutOf(editor.doc), point.x, point.y), selectedLinks: [] });
    },
    [flow],
  );

  const onDoubleClick = useCallback(
    (event: MouseEvent) => {
      if (!(event.target as HTMLElement).classList.contains('react-flow__pane')) return;
      const point = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      const current = layoutOf(editor.doc);
      const cell = cellAt(current, point.x, point.y);
      if (cell) createCard(cell, insertionIndex(current, cell, point.y));
    },
    [flow],
  );

  return { onPaneClick, onDoubleClick };
}
