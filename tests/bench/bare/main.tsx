// The floor for the canvas benchmark: React Flow with the same number of plain nodes, laid out
// like the map's cards, and nothing else.
import '@xyflow/react/dist/style.css';
import { ReactFlow, type Node } from '@xyflow/react';
import { createRoot } from 'react-dom/client';

const count = Number(new URLSearchParams(location.search).get('n') ?? 2000);
const perColumn = Math.ceil(count / 60);
const nodes: Node[] = Array.from({ length: count }, (_, i) => ({
  id: `n${i}`,
  position: { x: 168 + Math.floor(i / perColumn) * 240 + 8, y: 100 + (i % perColumn) * 64 },
  data: { label: `${i + 1}. card text` },
  style: { width: 224, height: 56 },
}));

createRoot(document.getElementById('root') as HTMLElement).render(
  <ReactFlow nodes={nodes} defaultViewport={{ x: 16, y: 16, zoom: 0.8 }} panOnScroll zoomOnScroll={false} minZoom={0.05} proOptions={{ hideAttribution: true }} />,
);
