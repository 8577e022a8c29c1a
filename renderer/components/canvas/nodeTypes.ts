// Defined once, outside any component, so React Flow never remounts every node.
import { CardNode } from './CardNode.tsx';
import { CornerNode, LaneHeaderNode, SceneNode, StageNode } from './HeaderNodes.tsx';
import { LaneRowNode } from './LaneRowNode.tsx';

export const nodeTypes = {
  corner: CornerNode,
  stage: StageNode,
  scene: SceneNode,
  laneHeader: LaneHeaderNode,
  laneRow: LaneRowNode,
  card: CardNode,
};
