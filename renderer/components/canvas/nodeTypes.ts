// Defined once, outside any component, so React Flow never remounts every node.
import { CardNode } from './CardNode.tsx';
import { PathEdge } from './PathEdge.tsx';
import { StageNode } from './StageNode.tsx';

export const nodeTypes = { card: CardNode, stage: StageNode };
export const edgeTypes = { path: PathEdge };
