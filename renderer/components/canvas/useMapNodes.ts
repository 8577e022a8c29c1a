// Turns the document and its layout into React Flow nodes. Headers and rows come first so
// cards are drawn above them.
import type { Node } from '@xyflow/react';
import { useMemo } from 'react';
import { GRID, layoutMap, type MapLayout } from '../../../shared/layout.ts';
import type { JourneyDoc } from '../../../shared/model.ts';
import { sortOrdered } from '../../../shared/order.ts';
import type { CardNodeType } from './CardNode.tsx';
import type { CornerNodeType, LaneHeaderNodeType, SceneNodeType, StageNodeType } from './HeaderNodes.tsx';
import type { LaneRowNodeType, RowPoint } from './LaneRowNode.tsx';

const fixed = { draggable: false, selectable: false, focusable: false, connectable: false } as const;

function headerNodes(doc: JourneyDoc, layout: MapLayout): Node[] {
  const persona = sortOrdered(Object.values(doc.personas))[0]?.name ?? '';
  const nodes: Node[] = [
    {
      id: 'corner',
      type: 'corner',
      position: { x: 0, y: 0 },
      width: GRID.laneHeaderWidth,
      height: layout.top,
      data: { title: doc.map.title, persona },
      ...fixed,
    } satisfies CornerNodeType,
  ];
  for (const box of layout.stages) {
    const stage = doc.stages[box.stageId];
    if (!stage) continue;
    nodes.push({
      id: `stage:${stage.id}`,
      type: 'stage',
      position: { x: box.x, y: 0 },
      width: box.width,
      height: GRID.stageHeaderHeight,
      data: { stage, sceneCount: box.sceneIds.length },
      ...fixed,
    } satisfies StageNodeType);
  }
  for (const column of layout.columns) {
    const scene = column.sceneId ? doc.scenes[column.sceneId] : undefined;
    if (!scene) continue;
    nodes.push({
      id: `scene:${scene.id}`,
      type: 'scene',
      position: { x: column.x, y: GRID.stageHeaderHeight },
      width: column.width,
      height: GRID.sceneHeaderHeight,
      data: { scene },
      ...fixed,
    } satisfies SceneNodeType);
  }
  return nodes;
}

function emotionPoints(doc: JourneyDoc, layout: MapLayout): RowPoint[] {
  const points: RowPoint[] = [];
  for (const column of layout.columns) {
    if (!column.sceneId) continue;
    const inScene = sortOrdered(Object.values(doc.emotionPoints).filter((p) => p.sceneId === column.sceneId));
    inScene.forEach((point, i) => {
      const x = column.x - GRID.laneHeaderWidth + ((i + 1) * column.width) / (inScene.length + 1);
      points.push({ id: point.id, x, score: point.score, note: point.note });
    });
  }
  return points;
}

function laneNodes(doc: JourneyDoc, layout: MapLayout): Node[] {
  const nodes: Node[] = [];
  const width = layout.width - GRID.laneHeaderWidth;
  const cells = layout.columns.map((c) => ({ sceneId: c.sceneId, x: c.x - GRID.laneHeaderWidth, width: c.width }));
  for (const row of layout.rows) {
    const lane = doc.lanes[row.laneId];
    if (!lane) continue;
    nodes.push({
      id: `lane:${lane.id}`,
      type: 'laneHeader',
      position: { x: 0, y: row.y },
      width: GRID.laneHeaderWidth,
      height: row.height,
      data: { lane },
      ...fixed,
    } satisfies LaneHeaderNodeType);
    nodes.push({
      id: `row:${lane.id}`,
      type: 'laneRow',
      position: { x: GRID.laneHeaderWidth, y: row.y },
      width,
      height: row.height,
      zIndex: -1,
      data: {
        laneId: lane.id,
        kind: lane.kind,
        cells,
        width,
        height: row.height,
        points: lane.kind === 'emotion' ? emotionPoints(doc, layout) : [],
      },
      ...fixed,
    } satisfies LaneRowNodeType);
  }
  return nodes;
}

export function useMapNodes(doc: JourneyDoc, selection: string[], editingCardId: string | null): Node[] {
  const layout = useMemo(() => layoutMap(doc), [doc]);
  const grid = useMemo(() => [...headerNodes(doc, layout), ...laneNodes(doc, layout)], [doc, layout]);
  return useMemo(() => {
    const selected = new Set(selection);
    const cards: Node[] = [];
    for (const box of Object.values(layout.cards)) {
      const card = doc.cards[box.cardId];
      const lane = doc.lanes[box.laneId];
      if (!card || !lane) continue;
      cards.push({
        id: card.id,
        type: 'card',
        position: { x: box.x, y: box.y },
        width: box.width,
        height: box.height,
        selected: selected.has(card.id),
        draggable: false,
        connectable: false,
        data: { card, kind: lane.kind, editing: editingCardId === card.id },
      } satisfies CardNodeType);
    }
    return [...grid, ...cards];
  }, [doc, layout, grid, selection, editingCardId]);
}
