// Right-clicks on the map: a card's menu, or an empty cell's (the emotion lane has its points').
import { useReactFlow, type Node } from '@xyflow/react';
import { useCallback, type MouseEvent } from 'react';
import { holdsCards } from '../../../../shared/laneKinds.ts';
import { cellAt } from '../../../../shared/layout.ts';
import { cardMenu, cellMenu } from '../../../actions/contextMenus.ts';
import { openContextMenu } from '../../../state/contextMenu.ts';
import { editor } from '../../../state/editor.ts';
import { layoutOf } from '../../../state/layoutCache.ts';

export function useContextMenus() {
  const flow = useReactFlow();

  const onNodeContextMenu = useCallback((event: MouseEvent, node: Node) => {
    if (node.type === 'card') openContextMenu(event, 'contextMenu.card', cardMenu(node.id));
  }, []);

  const onPaneContextMenu = useCallback(
    (event: MouseEvent | globalThis.MouseEvent) => {
      const point = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      const cell = cellAt(layoutOf(editor.doc), point.x, point.y);
      if (cell && holdsCards(editor.doc.lanes[cell.laneId]?.kind)) openContextMenu(event, 'contextMenu.cell', cellMenu(cell));
      // No browser menu (Back, Reload…) over the map.
      else event.preventDefault();
    },
    [flow],
  );

  return { onNodeContextMenu, onPaneContextMenu };
}
