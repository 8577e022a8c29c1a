// A step of the customer's path between two touchpoint cards, with an optional label.
import { BaseEdge, EdgeLabelRenderer, getBezierPath, type Edge, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';

export type PathEdgeType = Edge<{ label: string }, 'path'>;

export const PathEdge = memo(function PathEdge({ id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, selected, markerEnd }: EdgeProps<PathEdgeType>) {
  const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} className={selected ? 'path-edge is-selected' : 'path-edge'} interactionWidth={16} />
      {data?.label && (
        <EdgeLabelRenderer>
          <div className={`path-label nodrag nopan${selected ? ' is-selected' : ''}`} data-testid="path-label" style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}>
            {data.label}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
});
