// Defined once, outside any component, so React Flow never remounts every node.
import { CardNode } from './CardNode.tsx';
import { PathEdge } from './PathEdge.tsx';

export const nodeTypes = { card: CardNode };
export const edgeTypes = { path: PathEdge };
