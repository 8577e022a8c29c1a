// The map on a React Flow canvas: cards are nodes, the touchpoint path is edges, the grid is a
// background layer and the headers a sticky layer above. Each gesture lives in its own hook
// (./hooks); this file only puts them together. Every gesture is one history entry.
import { Background, BackgroundVariant, ReactFlow, ReactFlowProvider, SelectionMode, type NodeChange } from '@xyflow/react';
import { useCallback, useMemo, useRef, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditorSnapshot } from '../../state/editor.ts';
import { useFollowEditing } from '../../hooks/useFollowEditing.ts';
import { layoutOf, viewedOf } from '../../state/layoutCache.ts';
import { useSession } from '../../state/session.ts';
import { CANVAS_LAYERS } from '../../laneKinds.tsx';
import { GridBackground } from './GridBackground.tsx';
import { HeaderOverlay } from './HeaderOverlay.tsx';
import { useCanvasControls } from './hooks/useCanvasControls.ts';
import { useCardDrag } from './hooks/useCardDrag.ts';
import { useClipboard } from './hooks/useClipboard.ts';
import { useContextMenus } from './hooks/useContextMenus.ts';
import { useImageDrop } from './hooks/useImageDrop.ts';
import { useLinkGestures } from './hooks/useLinkGestures.ts';
import { usePaletteDrop } from './hooks/usePaletteDrop.ts';
import { usePaneGestures } from './hooks/usePaneGestures.ts';
import { useSelectionSync } from './hooks/useSelectionSync.ts';
import { useViewportMemory } from './hooks/useViewportMemory.ts';
import { MapMinimap } from './MapMinimap.tsx';
import { edgeTypes, nodeTypes } from './nodeTypes.ts';
import { useMapEdges, useMapNodes } from './useMapNodes.ts';

function Canvas() {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const { doc: whole } = useEditorSnapshot();
  // What the canvas draws: the map through the shown view (records keep their ids, edits go to the whole map).
  useSession((s) => s.shownViewId);
  const doc = viewedOf(whole);
  const layout = layoutOf(whole);
  const selection = useSession((s) => s.selection);
  const selectedLinks = useSession((s) => s.selectedLinks);
  const editingCardId = useSession((s) => s.editingCardId);

  useCanvasControls(container);
  useClipboard();
  const { onInit, onMoveEnd } = useViewportMemory(container);
  const { onSelectNodes, onEdgesChange } = useSelectionSync();
  const { dragged, onPositionChanges, onNodeDrag, onNodeDragStop } = useCardDrag();
  const { onConnectStart, onConnectEnd, isValidConnection, onEdgeDoubleClick } = useLinkGestures();
  const paletteDrop = usePaletteDrop();
  const imageDrop = useImageDrop();
  const { onPaneClick, onDoubleClick } = usePaneGestures();
  const { onNodeContextMenu, onPaneContextMenu } = useContextMenus();
  useFollowEditing(container);
  // Each drop looks at what is dragged (a palette kind, files) and leaves the others alone.
  const onDragOver = (event: DragEvent) => {
    paletteDrop.onDragOver(event);
    imageDrop.onDragOver(event);
  };
  const onDrop = (event: DragEvent) => {
    paletteDrop.onDrop(event);
    imageDrop.onDrop(event);
  };
  const onDragLeave = (event: DragEvent) => {
    paletteDrop.onDragLeave();
    imageDrop.onDragLeave(event);
  };

  const nodes = useMapNodes(doc, layout, selection, editingCardId, dragged, whole);
  const edges = useMapEdges(doc, layout, selectedLinks);
  const onNodesChange = useCallback(
    (changes: NodeChange[]) => {
      onSelectNodes(changes);
      onPositionChanges(changes);
    },
    [onSelectNodes, onPositionChanges],
  );
  // React Flow's own words for screen readers, in the window's language.
  const ariaLabelConfig = useMemo(
    () => ({
      'node.a11yDescription.default': t('canvas.cardDescription'),
      'node.a11yDescription.keyboardDisabled': t('canvas.cardDescription'),
      'edge.a11yDescription.default': t('canvas.linkDescription'),
      'minimap.ariaLabel': t('canvas.minimap'),
      'handle.ariaLabel': t('path.handle'),
    }),
    [t],
  );

  return (
    <div className="canvas" ref={container} onDoubleClick={onDoubleClick} onDragOver={onDragOver} onDrop={onDrop} onDragLeave={onDragLeave}>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onNodeDrag={onNodeDrag}
        onNodeDragStop={onNodeDragStop}
        onConnectStart={onConnectStart}
        onConnectEnd={onConnectEnd}
        isValidConnection={isValidConnection}
        onEdgeDoubleClick={onEdgeDoubleClick}
        onPaneClick={onPaneClick}
        onNodeContextMenu={onNodeContextMenu}
        onPaneContextMenu={onPaneContextMenu}
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
        ariaLabelConfig={ariaLabelConfig}
        // Off-screen cards stay out of the DOM: panning a 2,000-card map paints only what is seen.
        onlyRenderVisibleElements
        minZoom={0.05}
        maxZoom={4}
        proOptions={{ hideAttribution: true }}
      >
        <Background variant={BackgroundVariant.Dots} gap={24} size={1} />
        <GridBackground doc={doc} layout={layout} />
        {CANVAS_LAYERS.map((Layer, i) => (
          <Layer key={i} doc={doc} layout={layout} />
        ))}
        <HeaderOverlay doc={doc} layout={layout} />
        <MapMinimap />
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
