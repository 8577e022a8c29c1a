// The map on a React Flow canvas: pan, zoom, fit, selection and in-place card editing.
import {
  Background,
  BackgroundVariant,
  Controls,
  MiniMap,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
  type Node,
  type NodeChange,
  type ReactFlowInstance,
} from '@xyflow/react';
import { useCallback, useEffect, type KeyboardEvent } from 'react';
import { registerCanvas } from '../../actions/canvasControls.ts';
import { useEditorSnapshot } from '../../state/editor.ts';
import { session, useSession } from '../../state/session.ts';
import { startEditing } from './CardNode.tsx';
import { nodeTypes } from './nodeTypes.ts';
import { useMapNodes } from './useMapNodes.ts';

const minimapColour = (node: Node) =>
  node.type === 'stage' ? '#1e3a5f' : node.type === 'card' ? '#94a3b8' : node.type === 'laneRow' ? '#f1f5f9' : '#dbe3ec';

const FIT = { padding: 0.04, duration: 200 } as const;
// Opening a wide map fitted to the window would make its text unreadable on a projector:
// below this zoom, show its top-left corner at this zoom instead.
const READABLE_ZOOM = 0.8;

function Canvas() {
  const { doc } = useEditorSnapshot();
  const selection = useSession((s) => s.selection);
  const editingCardId = useSession((s) => s.editingCardId);
  const nodes = useMapNodes(doc, selection, editingCardId);
  const flow = useReactFlow();

  useEffect(() => {
    registerCanvas({
      zoomIn: () => void flow.zoomIn({ duration: 150 }),
      zoomOut: () => void flow.zoomOut({ duration: 150 }),
      fit: () => void flow.fitView(FIT),
    });
    return () => registerCanvas(null);
  }, [flow]);

  // Selection lives in the session store: it is not history, and it survives re-layouts.
  const onNodesChange = useCallback((changes: NodeChange[]) => {
    const current = new Set(session.get().selection);
    let changed = false;
    for (const change of changes) {
      if (change.type !== 'select') continue;
      changed = true;
      if (change.selected) current.add(change.id);
      else current.delete(change.id);
    }
    if (changed) session.set({ selection: [...current] });
  }, []);

  const showReadable = useCallback((instance: ReactFlowInstance) => {
    void instance.fitView({ padding: FIT.padding }).then(() => {
      if (instance.getZoom() < READABLE_ZOOM) void instance.setViewport({ x: 16, y: 16, zoom: READABLE_ZOOM });
    });
  }, []);

  const onKeyDown = useCallback((event: KeyboardEvent) => {
    const { selection, editingCardId } = session.get();
    if (event.key === 'Enter' && !editingCardId && selection.length === 1 && selection[0]) {
      event.preventDefault();
      startEditing(selection[0]);
    }
  }, []);

  return (
    <ReactFlow
      nodes={nodes}
      nodeTypes={nodeTypes}
      onNodesChange={onNodesChange}
      onKeyDown={onKeyDown}
      nodesDraggable={false}
      nodesConnectable={false}
      deleteKeyCode={null}
      zoomOnDoubleClick={false}
      minZoom={0.05}
      maxZoom={4}
      onInit={showReadable}
      proOptions={{ hideAttribution: true }}
    >
      <Background variant={BackgroundVariant.Dots} gap={24} size={1} />
      <MiniMap pannable zoomable className="minimap" nodeColor={minimapColour} />
      <Controls showInteractive={false} />
    </ReactFlow>
  );
}

export function MapCanvas() {
  return (
    <ReactFlowProvider>
      <Canvas />
    </ReactFlowProvider>
  );
}
