// Cards as React Flow nodes and touchpoint links as edges; stage columns as nodes only the
// minimap draws.
import { MarkerType } from '@xyflow/react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { openThreadCounts, targetKey } from '../../../shared/comments.ts';
import { gapsById } from '../../../shared/gaps.ts';
import { isPathKind } from '../../../shared/laneKinds.ts';
import type { MapLayout } from '../../../shared/layout.ts';
import type { Card, JourneyDoc } from '../../../shared/model.ts';
import type { CardNodeType } from './CardNode.tsx';
import type { PathEdgeType } from './PathEdge.tsx';
import type { StageNodeType } from './StageNode.tsx';

export type MapNode = CardNodeType | StageNodeType;

// The path's colour (as .path-edge and the export's arrow), so the arrowhead matches its line.
const PATH_COLOUR = '#d97706';

// Node objects are reused while their card (immutable, so compared by identity), box and state
// are unchanged: React Flow then re-renders only the cards that actually changed. A card that
// only moved (a paste above it grew its lane) keeps its data too, and CardNode compares data by
// identity, so its content is not drawn again.
const nodeCache = new WeakMap<Card, { key: string; node: CardNodeType }>();
const dataCache = new WeakMap<Card, { key: string; data: CardNodeType['data'] }>();

export function useMapNodes(
  doc: JourneyDoc,
  layout: MapLayout,
  selection: string[],
  editingCardId: string | null,
  dragged: Record<string, { x: number; y: number }> | null,
  // the whole map, when `doc` is a view of it: an opportunity the view hides still addresses its pain point
  whole: JourneyDoc = doc,
): MapNode[] {
  const stages = useStageNodes(layout);
  return useMemo(() => {
    const selected = new Set(selection);
    const gaps = gapsById(whole);
    const comments = openThreadCounts(whole);
    // Stages first: the minimap draws in order, cards over their stage.
    const nodes: MapNode[] = [...stages];
    for (const box of Object.values(layout.cards)) {
      const card = doc.cards[box.cardId];
      const lane = doc.lanes[box.laneId];
      if (!card || !lane) continue;
      const isSelected = selected.has(card.id);
      const editing = editingCardId === card.id;
      const position = dragged?.[card.id] ?? { x: box.x, y: box.y };
      // The rows under the text depend on other records too (an opportunity's rank, a series' length),
      // and so does whether a pain point is a gap (no opportunity addresses it).
      const gap = gaps.get(card.id)?.kind === 'painpoint';
      const threads = comments.get(targetKey('card', card.id)) ?? 0;
      const dataKey = [editing, lane.kind, gap, threads, JSON.stringify(box.meta), JSON.stringify(box.picture), JSON.stringify(box.thumbs)].join('|');
      const key = [position.x, position.y, box.width, box.height, isSelected, dataKey].join('|');
      const cached = nodeCache.get(card);
      if (cached?.key === key) {
        nodes.push(cached.node);
        continue;
      }
      const path = isPathKind(lane.kind);
      let data = dataCache.get(card);
      if (data?.key !== dataKey) {
        data = { key: dataKey, data: { card, kind: lane.kind, editing, path, meta: box.meta, gap, picture: box.picture, thumbs: box.thumbs, comments: threads } };
        dataCache.set(card, data);
      }
      const node: CardNodeType = {
        id: card.id,
        type: 'card',
        position,
        width: box.width,
        height: box.height,
        selected: isSelected,
        draggable: !editing,
        connectable: path,
        data: data.data,
      };
      nodeCache.set(card, { key, node });
      nodes.push(node);
    }
    return nodes;
  }, [doc, whole, layout, selection, editingCardId, dragged, stages]);
}

function useStageNodes(layout: MapLayout): StageNodeType[] {
  return useMemo(
    () =>
      layout.stages.map(
        (box): StageNodeType => ({
          id: `stage:${box.stageId}`,
          type: 'stage',
          position: { x: box.x, y: 0 },
          width: box.width,
          height: layout.height,
          data: {},
          className: 'stage-node',
          selectable: false,
          draggable: false,
          connectable: false,
          focusable: false,
          deletable: false,
          zIndex: -1,
        }),
      ),
    [layout],
  );
}

export function useMapEdges(doc: JourneyDoc, layout: MapLayout, selectedLinks: string[]): PathEdgeType[] {
  const { t } = useTranslation();
  return useMemo(() => {
    const selected = new Set(selectedLinks);
    // Screen readers hear the cards' texts, never their ids.
    const textOf = (id: string) => doc.cards[id]?.text.trim() || t('card.empty');
    return Object.values(doc.links)
      .filter((link) => layout.cards[link.fromCardId] && layout.cards[link.toCardId])
      .map(
        (link): PathEdgeType => ({
          id: link.id,
          type: 'path',
          source: link.fromCardId,
          target: link.toCardId,
          selected: selected.has(link.id),
          // above the cards, so a path across a row stays visible
          zIndex: 1,
          markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18, color: PATH_COLOUR },
          data: { label: link.label },
          ariaLabel: link.label
            ? t('path.ariaLabelNamed', { from: textOf(link.fromCardId), to: textOf(link.toCardId), label: link.label })
            : t('path.ariaLabel', { from: textOf(link.fromCardId), to: textOf(link.toCardId) }),
        }),
      );
  }, [doc.links, doc.cards, layout, selectedLinks, t]);
}
