// The map on a React Flow canvas: pan, zoom, fit, selection and in-place card editing.
import {
  Background,
  BackgroundVariant,
  Controls,
  MiniMap,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
  type NodeChange,
} from '@xyflow/react';
import { useCallback, useEffect, type KeyboardEvent } from 'react';
import { registerCanvas } from '../../actions/canvasControls.ts';
import { useEditorSnapshot } from '../../state/editor.ts';
import { session, useSession } from '../../state/session.ts';
import { startEditing } from './CardNode.tsx';
import { nodeTypes } from './nodeTypes.ts';
import { useMapNodes } from './useMapNodes.ts';

const FIT = { padding: 0.04, duration: 200 } as const;

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
      fitView
      fitViewOptions={{ padding: FIT.padding }}
      proOptions={{ hideAttribution: true }}
    >
      <Background variant={BackgroundVariant.Dots} gap={24} size={1} />
      <MiniMap pannable zoomable className="minimap" />
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
