// The map on a React Flow canvas: cards are nodes, the touchpoint path is edges, the grid is a
// background layer and the headers a sticky layer above. Every gesture is one history entry.
import {
  Background,
  BackgroundVariant,
  Controls,
  MiniMap,
  ReactFlow,
  ReactFlowProvider,
  SelectionMode,
  useReactFlow,
  type Connection,
  type EdgeChange,
  type Node,
  type NodeChange,
  type ReactFlowInstance,
  type Viewport,
} from '@xyflow/react';
import { useCallback, useEffect, useState, type DragEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '../../../shared/ids.ts';
import { cellAt, insertionIndex } from '../../../shared/layout.ts';
import type { Operation } from '../../../shared/ops.ts';
import { copySelection, createCard, paste } from '../../actions/cardActions.ts';
import { registerCanvas } from '../../actions/canvasControls.ts';
import { useFollowEditing } from '../../hooks/useFollowEditing.ts';
import { askText } from '../../actions/dialogs.ts';
import { editor, useEditorSnapshot } from '../../state/editor.ts';
import { layoutOf } from '../../state/layoutCache.ts';
import { session, useSession } from '../../state/session.ts';
import { useCanvasStore } from './canvasStore.ts';
import { EmotionLayer } from './EmotionLayer.tsx';
import { GridBackground } from './GridBackground.tsx';
import { HeaderOverlay } from './HeaderOverlay.tsx';
import { edgeTypes, nodeTypes } from './nodeTypes.ts';
import type { CardNodeType } from './CardNode.tsx';
import { PALETTE_MIME } from './Palette.tsx';
import type { PathEdgeType } from './PathEdge.tsx';
import { useMapEdges, useMapNodes } from './useMapNodes.ts';

const minimapColour = (node: Node) => {
  const kind = (node.data as { kind?: string }).kind;
  return kind === 'painpoints' ? '#fca5a5' : kind === 'opportunities' ? '#86efac' : kind === 'touchpoints' ? '#fcd34d' : '#94a3b8';
};

const FIT = { padding: 0.04, duration: 200 } as const;
// Opening a wide map fitted to the window would make its text unreadable on a projector:
// below this zoom, show its top-left corner at this zoom instead.
const READABLE_ZOOM = 0.8;
const viewportKey = (path: string) => `cjm.viewport:${path}`;

function savedViewport(path: string | null): Viewport | null {
  if (!path) return null;
  try {
    const value = JSON.parse(localStorage.getItem(viewportKey(path)) ?? 'null') as Viewport | null;
    return value && [value.x, value.y, value.zoom].every(Number.isFinite) ? value : null;
  } catch {
    return null;
  }
}

// The whole grid, headers included: fitting only the cards would put the first scene under the
// lane headers, which stay pinned to the left edge.
function gridBounds() {
  const layout = layoutOf(editor.doc);
  return { x: 0, y: 0, width: layout.width, height: layout.height };
}

const isTextField = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

function Canvas() {
  const { t } = useTranslation();
  const { doc } = useEditorSnapshot();
  const layout = layoutOf(doc);
  const selection = useSession((s) => s.selection);
  const selectedLinks = useSession((s) => s.selectedLinks);
  const editingCardId = useSession((s) => s.editingCardId);
  const [dragged, setDragged] = useState<Record<string, { x: number; y: number }> | null>(null);
  const nodes = useMapNodes(doc, layout, selection, editingCardId, dragged);
  const edges = useMapEdges(doc, layout, selectedLinks);
  const flow = useReactFlow();
  useFollowEditing();

  useEffect(() => {
    registerCanvas({
      zoomIn: () => void flow.zoomIn({ duration: 150 }),
      zoomOut: () => void flow.zoomOut({ duration: 150 }),
      fit: () => void flow.fitBounds(gridBounds(), FIT),
      fitSelection: () => {
        const ids = session.get().selection;
        if (ids.length > 0) void flow.fitView({ ...FIT, nodes: ids.map((id) => ({ id })), maxZoom: 1.5 });
      },
    });
    return () => registerCanvas(null);
  }, [flow]);

  // The clipboard: cards go out with their data, come back into the selected card's cell.
  useEffect(() => {
    const onCopy = (event: ClipboardEvent) => {
      if (!isTextField(event.target) && copySelection(event, event.type === 'cut')) event.preventDefault();
    };
    const onPaste = (event: ClipboardEvent) => {
      if (!isTextField(event.target) && !session.get().dialog && paste(event)) event.preventDefault();
    };
    document.addEventListener('copy', onCopy);
    document.addEventListener('cut', onCopy);
    document.addEventListener('paste', onPaste);
    return () => {
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('cut', onCopy);
      document.removeEventListener('paste', onPaste);
    };
  }, []);

  const onInit = useCallback((instance: ReactFlowInstance<CardNodeType, PathEdgeType>) => {
    const saved = savedViewport(session.get().path);
    if (saved) {
      void instance.setViewport(saved);
      return;
    }
    void instance.fitBounds(gridBounds(), { padding: FIT.padding }).then(() => {
      if (instance.getZoom() < READABLE_ZOOM) void instance.setViewport({ x: 16, y: 16, zoom: READABLE_ZOOM });
    });
  }, []);

  const onMoveEnd = useCallback((_event: unknown, viewport: Viewport) => {
    const { path } = session.get();
    if (path) localStorage.setItem(viewportKey(path), JSON.stringify(viewport));
  }, []);

  // Selection lives in the session store: it is not history, and it survives re-layouts.
  const onNodesChange = useCallback((changes: NodeChange[]) => {
    const current = new Set(session.get().selection);
    let selectionChanged = false;
    const moved: Record<string, { x: number; y: number }> = {};
    for (const change of changes) {
      if (change.type === 'select') {
        selectionChanged = true;
        if (change.selected) current.add(change.id);
        else current.delete(change.id);
      } else if (change.type === 'position' && change.dragging && change.position) {
        moved[change.id] = change.position;
      }
    }
    if (selectionChanged) session.set({ selection: [...current], editingCardId: null, selectedPointId: null });
    if (Object.keys(moved).length > 0) setDragged((prev) => ({ ...prev, ...moved }));
  }, []);

  const onEdgesChange = useCallback((changes: EdgeChange[]) => {
    const current = new Set(session.get().selectedLinks);
    let changed = false;
    for (const change of changes) {
      if (change.type !== 'select') continue;
      changed = true;
      if (change.selected) current.add(change.id);
      else current.delete(change.id);
    }
    if (changed) session.set({ selectedLinks: [...current] });
  }, []);

  const dropTargetAt = useCallback(
    (clientX: number, clientY: number, moving: ReadonlySet<string>) => {
      const point = flow.screenToFlowPosition({ x: clientX, y: clientY });
      const current = layoutOf(editor.doc);
      const cell = cellAt(current, point.x, point.y);
      if (!cell || editor.doc.lanes[cell.laneId]?.kind === 'emotion') return null;
      return { cell, index: insertionIndex(current, cell, point.y, moving) };
    },
    [flow],
  );

  const onNodeDrag = useCallback(
    (event: globalThis.MouseEvent | TouchEvent, _node: Node, moving: Node[]) => {
      const point = 'clientX' in event ? event : event.touches[0];
      if (!point) return;
      useCanvasStore.setState({ drop: dropTargetAt(point.clientX, point.clientY, new Set(moving.map((n) => n.id))) });
    },
    [dropTargetAt],
  );

  const onNodeDragStop = useCallback((_event: globalThis.MouseEvent | TouchEvent, _node: Node, moving: Node[]) => {
    const { drop } = useCanvasStore.getState();
    useCanvasStore.setState({ drop: null });
    setDragged(null);
    if (!drop) return;
    // Keep the dragged cards in their reading order.
    const current = layoutOf(editor.doc);
    const ids = moving
      .map((n) => n.id)
      .filter((id) => current.cards[id])
      .sort((a, b) => (current.cards[a]!.x - current.cards[b]!.x) * 1e6 + (current.cards[a]!.y - current.cards[b]!.y));
    const ops = ids.map((id, i): Operation => ({ type: 'moveCard', id, ...drop.cell, index: drop.index + i }));
    editor.apply(ops, 'moveCards');
    session.set({ activeCell: drop.cell });
  }, []);

  const onConnect = useCallback((connection: Connection) => {
    const { source, target } = connection;
    if (!source || !target || source === target) return;
    const exists = Object.values(editor.doc.links).some((l) => l.fromCardId === source && l.toCardId === target);
    if (!exists) editor.apply({ type: 'addLink', id: newId('link'), fromCardId: source, toCardId: target }, 'addLink');
  }, []);

  const onEdgeDoubleClick = useCallback(
    async (_event: MouseEvent, edge: { id: string }) => {
      const link = editor.doc.links[edge.id];
      if (!link) return;
      const label = await askText(t('path.labelTitle'), link.label);
      if (label !== null && label !== link.label) editor.apply({ type: 'setLinkLabel', id: link.id, label });
    },
    [t],
  );

  const cellUnder = useCallback(
    (event: { clientX: number; clientY: number }) => {
      const point = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      return cellAt(layoutOf(editor.doc), point.x, point.y);
    },
    [flow],
  );

  const onPaneClick = useCallback(
    (event: MouseEvent) => {
      session.set({ activeCell: cellUnder(event), selectedLinks: [] });
    },
    [cellUnder],
  );

  // Double-click on an empty part of a cell creates a card there.
  const onDoubleClick = useCallback(
    (event: MouseEvent) => {
      if (!(event.target as HTMLElement).classList.contains('react-flow__pane')) return;
      const cell = cellUnder(event);
      if (!cell) return;
      const current = layoutOf(editor.doc);
      const point = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      createCard(cell, insertionIndex(current, cell, point.y));
    },
    [cellUnder, flow],
  );

  const onDragOver = useCallback(
    (event: DragEvent) => {
      if (!event.dataTransfer.types.includes(PALETTE_MIME)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
      useCanvasStore.setState({ drop: dropTargetAt(event.clientX, event.clientY, new Set()) });
    },
    [dropTargetAt],
  );

  const onDrop = useCallback(
    (event: DragEvent) => {
      if (!event.dataTransfer.types.includes(PALETTE_MIME)) return;
      event.preventDefault();
      const drop = dropTargetAt(event.clientX, event.clientY, new Set());
      useCanvasStore.setState({ drop: null });
      if (drop) createCard(drop.cell, drop.index);
    },
    [dropTargetAt],
  );

  return (
    <div className="canvas" onDoubleClick={onDoubleClick} onDragOver={onDragOver} onDrop={onDrop} onDragLeave={() => useCanvasStore.setState({ drop: null })}>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onNodeDrag={onNodeDrag}
        onNodeDragStop={onNodeDragStop}
        onConnect={onConnect}
        onEdgeDoubleClick={(e, edge) => void onEdgeDoubleClick(e, edge)}
        onPaneClick={onPaneClick}
        onInit={onInit}
        onMoveEnd={onMoveEnd}
        nodesDraggable
        nodesConnectable
        elementsSelectable
        selectionOnDrag
        selectionMode={SelectionMode.Partial}
        panOnDrag={[1]}
        panOnScroll
        zoomOnScroll={false}
        zoomOnPinch
        zoomOnDoubleClick={false}
        multiSelectionKeyCode="Shift"
        deleteKeyCode={null}
        disableKeyboardA11y
        // Off-screen cards stay out of the DOM: panning a 2,000-card map paints only what is seen.
        onlyRenderVisibleElements
        minZoom={0.05}
        maxZoom={4}
        proOptions={{ hideAttribution: true }}
      >
        <Background variant={BackgroundVariant.Dots} gap={24} size={1} />
        <GridBackground doc={doc} layout={layout} />
        <EmotionLayer doc={doc} layout={layout} />
        <HeaderOverlay doc={doc} layout={layout} />
        <MiniMap pannable zoomable className="minimap" nodeColor={minimapColour} />
        <Controls showInteractive={false} showFitView={false} position="bottom-left" className="zoom-controls" />
      </ReactFlow>
    </div>
  );
}

export function MapCanvas() {
  return (
    <ReactFlowProvider>
      <Canvas />
    </ReactFlowProvider>
  );
}
