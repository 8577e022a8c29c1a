// A stage column as a node, for the minimap: it draws the map's grid even before there is any
// card. On the canvas it shows nothing (the grid background and headers do) and takes no clicks.
import type { Node } from '@xyflow/react';
import { memo } from 'react';

export type StageNodeType = Node<Record<string, never>, 'stage'>;

export const StageNode = memo(function StageNode() {
  return null;
});
