// A step of the customer's path between two touchpoint cards, with an optional label. Drawn
// above the cards as an arc: between cards of the same row a straight line would vanish under
// the cards in between.
import { BaseEdge, EdgeLabelRenderer, type Edge, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { arcPath } from '../../../shared/pathGeometry.ts';

export type PathEdgeType = Edge<{ label: string }, 'path'>;

export const PathEdge = memo(function PathEdge({ id, sourceX, sourceY, targetX, targetY, data, selected, markerEnd }: EdgeProps<PathEdgeType>) {
  const { path, labelX, labelY } = arcPath(sourceX, sourceY, targetX, targetY);
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} className={selected ? 'path-edge is-selected' : 'path-edge'} interactionWidth={18} />
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
