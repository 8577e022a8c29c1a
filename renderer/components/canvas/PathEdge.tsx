// A step of the customer's path between two touchpoint cards, with an optional label. The line
// comes from the cards' boxes (shared/pathGeometry.ts), the same as in the export; the boxes are
// React Flow's, so the line follows a card while it is dragged.
import { BaseEdge, EdgeLabelRenderer, useInternalNode, type Edge, type EdgeProps, type InternalNode } from '@xyflow/react';
import { memo } from 'react';
import { labelSizeOf, linkGeometry, type Rect } from '../../../shared/pathGeometry.ts';

export type PathEdgeType = Edge<{ label: string }, 'path'>;

function boxOf(node: InternalNode | undefined): Rect | null {
  if (!node) return null;
  const { x, y } = node.internals.positionAbsolute;
  return { x, y, width: node.measured.width ?? node.width ?? 0, height: node.measured.height ?? node.height ?? 0 };
}

export const PathEdge = memo(function PathEdge({ id, source, target, data, selected, markerEnd }: EdgeProps<PathEdgeType>) {
  const from = boxOf(useInternalNode(source));
  const to = boxOf(useInternalNode(target));
  if (!from || !to) return null;
  const label = data?.label ?? '';
  const { path, labelX, labelY } = linkGeometry(from, to, labelSizeOf(label));
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} className={selected ? 'path-edge is-selected' : 'path-edge'} interactionWidth={18} />
      {label && (
        <EdgeLabelRenderer>
          <div className={`path-label nodrag nopan${selected ? ' is-selected' : ''}`} data-testid="path-label" style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}>
            {label}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
});
