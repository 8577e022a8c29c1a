// The emotion curve lane, drawn with Konva in screen space and kept in step with React Flow's
// viewport: the canvas covers only the visible part of the lane and is redrawn at screen
// resolution, so the curve stays sharp at every zoom. Points of the active curve can be dragged
// (snapping to the scale; Alt for free values), clicked on empty lane space to add, selected
// for ↑/↓ and Delete. Highlights, darkest points, peak and end update live while dragging.
import { openThreadCounts, targetKey } from '../../../shared/comments.ts';
import { useStore } from '@xyflow/react';
import Konva from 'konva';
import { Fragment, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Circle, Group, Label, Layer, Line, Path, Rect, Stage, Tag, Text } from 'react-konva';
import { analyseCurve } from '../../../shared/emotion/analysis.ts';
import { gapsById } from '../../../shared/gaps.ts';
import { monotoneSegments, segmentsToPath } from '../../../shared/emotion/curve.ts';
import { placeLabels, type Box, type LabelWish } from '../../../shared/emotion/labels.ts';
import { activeCurve, curveRuns, placeCurve, scoreOfY, visibleCurves, yOfScore } from '../../../shared/emotion/laneGeometry.ts';
import { SCALES, moodOf, snapScore } from '../../../shared/emotion/scale.ts';
import { newId } from '../../../shared/ids.ts';
import { drawsCurve } from '../../../shared/laneKinds.ts';
import { GRID, type MapLayout, type RowBox } from '../../../shared/layout.ts';
import type { JourneyDoc } from '../../../shared/model.ts';
import type { Operation } from '../../../shared/ops.ts';
import { MOOD_FILLS } from '../../../shared/theme.ts';
import { sortOrdered } from '../../../shared/order.ts';
import { editor } from '../../state/editor.ts';
import { forwardWheel } from './forwardWheel.ts';
import { emotionPointMenu } from '../../actions/contextMenus.ts';
import { openContextMenu } from '../../state/contextMenu.ts';
import { useFind } from '../../state/find.ts';
import { session, useSession } from '../../state/session.ts';

const FONT = "system-ui, 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";
const HEADER_HEIGHT = GRID.stageHeaderHeight + GRID.sceneHeaderHeight;

declare global {
  interface Window {
    /** Where each emotion point is, in pixels from the canvas' top-left (for tests and support). */
    cjmEmotionPoints?: () => { id: string; x: number; y: number }[];
    /** The markers the curves show now: highlight, darkest, peak, end. */
    cjmEmotionMarkers?: () => { id: string; kind: string }[];
    /** Every label the lane shows (mood zones and markers), as boxes on screen. */
    cjmEmotionLabels?: () => ({ id: string; text: string } & Box)[];
  }
}

type ScreenLabel = { id: string; text: string } & Box;

function exposePoints(points: { id: string; x: number; y: number }[], markers: { id: string; kind: string }[], labels: ScreenLabel[]): void {
  window.cjmEmotionMarkers = () => markers;
  const onScreen = () => document.querySelector('.react-flow')?.getBoundingClientRect();
  window.cjmEmotionPoints = () => {
    const canvas = onScreen();
    return points.map((p) => ({ id: p.id, x: p.x + (canvas?.left ?? 0), y: p.y + (canvas?.top ?? 0) }));
  };
  window.cjmEmotionLabels = () => {
    const canvas = onScreen();
    return labels.map((l) => ({ ...l, x: l.x + (canvas?.left ?? 0), y: l.y + (canvas?.top ?? 0) }));
  };
}

const MARKER_FONT_SIZE = 10;
const ZONE_FONT_SIZE = 11;
const widths = new Map<string, number>();
/** A label's width as Konva will draw it (measured once per text and size). */
function textWidth(text: string, fontSize: number, padding = 0): number {
  const key = `${fontSize}|${padding}|${text}`;
  let width = widths.get(key);
  if (width === undefined) {
    width = new Konva.Text({ text, fontSize, fontFamily: FONT, padding }).width();
    widths.set(key, width);
  }
  return width;
}

/** Where the mood zones' names are drawn, in flow coordinates (the marker labels keep clear of them). */
function zoneLabels(doc: JourneyDoc, row: RowBox, names: { delighted: string; neutral: string; bad: string }): ({ id: string; text: string } & Box)[] {
  const scale = SCALES[doc.map.scale];
  const x = GRID.laneHeaderWidth + 6;
  const at = { delighted: row.y + 4, neutral: yOfScore(scale.neutral, row, doc) - 14, bad: row.y + row.height - 16 };
  return (['delighted', 'neutral', 'bad'] as const).map((mood) => ({ id: `zone-${mood}`, text: names[mood], x, y: at[mood], width: textWidth(names[mood], ZONE_FONT_SIZE), height: ZONE_FONT_SIZE + 2 }));
}

interface Drag {
  id: string;
  score: number;
  x: number;
}

function MoodZones({ doc, layout, row, names }: { doc: JourneyDoc; layout: MapLayout; row: RowBox; names: ReturnType<typeof zoneLabels> }) {
  const scale = SCALES[doc.map.scale];
  const y = (score: number) => yOfScore(score, row, doc);
  const goodBottom = (y(scale.delighted) + y(scale.neutral)) / 2;
  const badTop = (y(scale.bad) + y(scale.neutral)) / 2;
  const x0 = GRID.laneHeaderWidth;
  const width = layout.width - x0;
  return (
    <Group listening={false}>
      <Rect x={x0} y={row.y} width={width} height={goodBottom - row.y} fill="rgba(34,197,94,0.09)" />
      <Rect x={x0} y={badTop} width={width} height={row.y + row.height - badTop} fill="rgba(239,68,68,0.08)" />
      <Line points={[x0, y(scale.neutral), layout.width, y(scale.neutral)]} stroke="#bcccdc" strokeWidth={1} dash={[4, 4]} />
      {names.map((name, i) => (
        <Text key={name.id} x={name.x} y={name.y} text={name.text} fontSize={ZONE_FONT_SIZE} fontFamily={FONT} fill={['#15803d', '#64748b', '#b91c1c'][i]} />
      ))}
    </Group>
  );
}

/** A face for a point (☺ · ☹ by mood), drawn over its circle. */
function Face({ x, y, mood }: { x: number; y: number; mood: 'delighted' | 'neutral' | 'bad' }) {
  const mouth =
    mood === 'delighted' ? `M${x - 4},${y + 2} Q${x},${y + 6} ${x + 4},${y + 2}` : mood === 'bad' ? `M${x - 4},${y + 5} Q${x},${y + 1} ${x + 4},${y + 5}` : `M${x - 4},${y + 3.5} L${x + 4},${y + 3.5}`;
  return (
    <Group listening={false}>
      <Circle x={x - 2.8} y={y - 2} radius={1.2} fill="#0f172a" />
      <Circle x={x + 2.8} y={y - 2} radius={1.2} fill="#0f172a" />
      <Path data={mouth} stroke="#0f172a" strokeWidth={1.3} lineCap="round" />
    </Group>
  );
}

/** A marker's label, its pointer tip at (x, tipY) as placed by placeLabels. */
function Marker({ x, tipY, text, colour, below }: { x: number; tipY: number; text: string; colour: string; below: boolean }) {
  return (
    <Label x={x} y={tipY} listening={false}>
      <Tag fill={colour} cornerRadius={3} pointerDirection={below ? 'up' : 'down'} pointerWidth={6} pointerHeight={4} />
      <Text text={text} fontSize={MARKER_FONT_SIZE} fontFamily={FONT} fill="#fff" padding={2} />
    </Label>
  );
}

interface MarkerWish {
  curveId: string;
  id: string;
  kind: 'highlight' | 'darkest' | 'peak' | 'end';
  text: string;
  colour: string;
  below: boolean;
}

export function EmotionLayer({ doc, layout }: { doc: JourneyDoc; layout: MapLayout }) {
  const { t } = useTranslation();
  const [vx, vy, zoom] = useStore((s) => s.transform);
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  const selectedPointId = useSession((s) => s.selectedPointId);
  // Points whose note matches what Find looks for get a ring, like found cards.
  const found = useFind((s) => s.matches);
  const foundNow = useFind((s) => s.currentKey);
  const chosenCurve = useSession((s) => s.activeCurveId);
  const [drag, setDrag] = useState<Drag | null>(null);
  const [hover, setHover] = useState<string | null>(null);
  const row = layout.rows.find((r) => !r.collapsed && drawsCurve(doc.lanes[r.laneId]?.kind));
  const active = activeCurve(doc, chosenCurve);

  const curves = useMemo(() => {
    if (!row) return [];
    return visibleCurves(doc).map((curve) => {
      const scores = drag ? { [drag.id]: drag.score } : {};
      const placed = placeCurve(doc, layout, row, curve.id, scores);
      const analysis = analyseCurve(
        placed.map((p) => ({ id: p.point.id, sceneId: p.point.sceneId, score: scores[p.point.id] ?? p.point.score })),
        doc.map.scale,
      );
      return { curve, placed, runs: curveRuns(doc, placed), analysis };
    });
  }, [doc, layout, row, drag]);

  if (!row) return null;
  // The visible part of the lane on screen: right of the lane headers, below the stage and scene headers.
  const lanePx = Math.max(vx, 0) + GRID.laneHeaderWidth * zoom;
  const headerPy = Math.max(vy, 0) + HEADER_HEIGHT * zoom;
  const left = Math.max(vx + GRID.laneHeaderWidth * zoom, lanePx, 0);
  const right = Math.min(vx + layout.width * zoom, width);
  const top = Math.max(vy + row.y * zoom, headerPy, 0);
  const bottom = Math.min(vy + (row.y + row.height) * zoom, height);
  if (right - left < 1 || bottom - top < 1) return null;

  // Snapped to the scale's steps unless Alt is held (then to hundredths).
  const scoreAt = (flowY: number, free: boolean) => {
    const score = scoreOfY(flowY, row, doc);
    return free ? Math.round(score * 100) / 100 : snapScore(score, doc.map.scale);
  };

  const toFlow = (stage: Konva.Stage) => {
    const pointer = stage.getPointerPosition();
    return pointer ? { x: (pointer.x + left - vx) / zoom, y: (pointer.y + top - vy) / zoom } : null;
  };

  const addPoint = (event: Konva.KonvaEventObject<MouseEvent | TouchEvent>) => {
    if (event.target !== event.target.getStage() && event.target.name() !== 'lane-hit') return;
    const curveId = active;
    const at = toFlow(event.target.getStage() as Konva.Stage);
    if (!curveId || !at) return;
    const column = layout.columns.find((c) => c.sceneId && at.x >= c.x && at.x < c.x + c.width);
    if (!column?.sceneId) return;
    const others = placeCurve(doc, layout, row, curveId).filter((p) => p.point.sceneId === column.sceneId);
    const id = newId('emotion');
    editor.apply(
      {
        type: 'addEmotionPoint',
        id,
        curveId,
        sceneId: column.sceneId,
        score: snapScore(scoreOfY(at.y, row, doc), doc.map.scale),
        index: others.filter((p) => p.x < at.x).length,
      },
      'addEmotionPoint',
    );
    session.set({ selectedPointId: id, selection: [], selectedLinks: [] });
  };

  // The markers' labels, placed together (all curves) so that none covers another or a zone's name.
  const names = zoneLabels(doc, row, { delighted: t('emotion.delighted'), neutral: t('emotion.neutral'), bad: t('emotion.bad') });
  const wishes: MarkerWish[] = curves.flatMap(({ curve, analysis: a }) => [
    ...a.highlights.map((id) => ({ curveId: curve.id, id, kind: 'highlight' as const, text: t('emotion.highlight'), colour: '#16a34a', below: false })),
    ...a.darkest.map((id) => ({ curveId: curve.id, id, kind: 'darkest' as const, text: t('emotion.darkest'), colour: '#dc2626', below: true })),
    ...(a.peak
      ? [{ curveId: curve.id, id: a.peak.id, kind: 'peak' as const, text: t(a.peak.direction === 'low' ? 'emotion.peakMarkerLow' : 'emotion.peakMarkerHigh'), colour: '#7c3aed', below: a.peak.direction === 'low' }]
      : []),
    ...(a.end ? [{ curveId: curve.id, id: a.end.id, kind: 'end' as const, text: t('emotion.end'), colour: '#0f172a', below: moodOf(a.end.score, doc.map.scale) === 'bad' }] : []),
  ]);
  // Where each point is drawn now: a dragged one follows the pointer.
  const drawnAt = new Map(curves.flatMap(({ placed }) => placed.map((p) => [p.point.id, drag?.id === p.point.id ? { x: drag.x, y: yOfScore(drag.score, row, doc) } : { x: p.x, y: p.y }] as const)));
  const labelWishes: LabelWish[] = [];
  wishes.forEach((m, i) => {
    const at = drawnAt.get(m.id);
    if (!at) return;
    labelWishes.push({ key: String(i), x: at.x, y: at.y, width: textWidth(m.text, MARKER_FONT_SIZE, 2), height: MARKER_FONT_SIZE + 4, below: m.below });
  });
  // Inside the lane (the layer draws nothing outside it), on the other side of a point when one side is full.
  const labelOf = new Map(placeLabels(labelWishes, names, { top: row.y, bottom: row.y + row.height }).map((label) => [wishes[Number(label.key)], label]));
  const toScreen = (box: Box) => ({ x: vx + box.x * zoom, y: vy + box.y * zoom, width: box.width * zoom, height: box.height * zoom });

  // Darkest points and highlights no opportunity addresses get a small marker beside the point, on
  // the side away from their label (inside a ∪ or under a ∩, where the curve leaves room).
  // of the whole map: an opportunity the shown view hides still addresses its point
  const gaps = gapsById(editor.doc);
  const gapMarks = wishes.flatMap((m) => {
    const gap = gaps.get(m.id);
    const at = drawnAt.get(m.id);
    const label = labelOf.get(m);
    if (!gap || gap.kind !== m.kind || !at) return [];
    const below = label ? !label.below : m.kind === 'highlight';
    return [{ id: m.id, x: vx + at.x * zoom - left + 11, y: vy + at.y * zoom - top + (below ? 11 : -11) }];
  });

  // Open review threads on a point: a count on its upper left (the gap marker keeps the right).
  const threads = openThreadCounts(editor.doc);
  const commentMarks = curves.flatMap(({ placed }) =>
    placed.flatMap((p) => {
      const count = threads.get(targetKey('emotionPoint', p.point.id)) ?? 0;
      const at = drawnAt.get(p.point.id);
      return count > 0 && at ? [{ id: p.point.id, count, x: vx + at.x * zoom - left - 14, y: vy + at.y * zoom - top - 14 }] : [];
    }),
  );

  exposePoints(
    curves.flatMap(({ placed }) => placed.map((p) => ({ id: p.point.id, x: vx + p.x * zoom, y: vy + p.y * zoom }))),
    wishes.map((m) => ({ id: m.id, kind: m.kind })),
    [
      ...names.map((name) => ({ id: name.id, text: name.text, ...toScreen(name) })),
      ...[...labelOf].map(([m, label]) => ({ id: (m as MarkerWish).id, text: (m as MarkerWish).text, ...toScreen(label) })),
    ],
  );

  return (
    <div
      className="emotion-layer"
      data-testid="emotion-layer"
      style={{ left, top, width: right - left, height: bottom - top }}
      onWheel={(e) => forwardWheel(e.nativeEvent, e.currentTarget)}
    >
      <Stage width={right - left} height={bottom - top} onClick={addPoint} onTap={addPoint} onContextMenu={(e) => e.evt.preventDefault()}>
        <Layer>
          <Group x={vx - left} y={vy - top} scaleX={zoom} scaleY={zoom}>
            <Rect name="lane-hit" x={GRID.laneHeaderWidth} y={row.y} width={layout.width - GRID.laneHeaderWidth} height={row.height} fill="transparent" />
            <MoodZones doc={doc} layout={layout} row={row} names={names} />
            {curves.map(({ curve, placed, runs }) => {
              const isActive = curve.id === active;
              const placedById = new Map(placed.map((p) => [p.point.id, p]));
              return (
                <Group key={curve.id} opacity={isActive ? 1 : 0.55}>
                  {runs.map((run) => (
                    <Path
                      key={run[0]?.point.id}
                      data={segmentsToPath(monotoneSegments(run.map((p) => (drag?.id === p.point.id ? { x: drag.x, y: p.y } : p))))}
                      {...(curves.length === 1
                        ? // One curve: coloured by mood, green at the top of the scale to red at the bottom.
                          {
                            strokeLinearGradientStartPoint: { x: 0, y: yOfScore(SCALES[doc.map.scale].max, row, doc) },
                            strokeLinearGradientEndPoint: { x: 0, y: yOfScore(SCALES[doc.map.scale].min, row, doc) },
                            strokeLinearGradientColorStops: [0, '#16a34a', 0.5, curve.colour, 1, '#dc2626'],
                          }
                        : { stroke: curve.colour })}
                      strokeWidth={2.5}
                      lineJoin="round"
                      listening={false}
                    />
                  ))}
                  {placed.map((p) => {
                    const selected = selectedPointId === p.point.id;
                    const score = drag?.id === p.point.id ? drag.score : p.point.score;
                    const key = `emotionPoint:${p.point.id}`;
                    return (
                      <Fragment key={p.point.id}>
                      {found.has(key) && (
                        <Circle x={drag?.id === p.point.id ? drag.x : p.x} y={p.y} radius={13} fill={foundNow === key ? '#f59e0b' : '#fde68a'} opacity={0.8} listening={false} />
                      )}
                      <Circle
                        name={`emotion-point ${p.point.id}`}
                        x={drag?.id === p.point.id ? drag.x : p.x}
                        y={p.y}
                        radius={doc.map.emotionFaces ? 9 : selected ? 8 : 6.5}
                        fill={MOOD_FILLS[moodOf(score, doc.map.scale)]}
                        stroke={selected ? '#2563eb' : curve.colour}
                        strokeWidth={selected ? 3 : 2.5}
                        hitStrokeWidth={12}
                        draggable={isActive}
                        onMouseEnter={() => setHover(p.point.id)}
                        onMouseLeave={() => setHover(null)}
                        onClick={(e) => {
                          e.cancelBubble = true;
                          session.set({ selectedPointId: p.point.id, activeCurveId: curve.id, selection: [], selectedLinks: [] });
                        }}
                        onContextMenu={(e) => {
                          e.cancelBubble = true;
                          openContextMenu(e.evt, 'contextMenu.point', emotionPointMenu(p.point.id));
                        }}
                        dragBoundFunc={(pos) => {
                          // Stay inside the lane, and inside the point's own scene column.
                          const column = layout.columns.find((c) => c.sceneId === p.point.sceneId);
                          const toScreenX = (x: number) => x * zoom + vx - left;
                          const minX = column ? toScreenX(column.x + 6) : pos.x;
                          const maxX = column ? toScreenX(column.x + column.width - 6) : pos.x;
                          const minY = (row.y + 6) * zoom + vy - top;
                          const maxY = (row.y + row.height - 6) * zoom + vy - top;
                          return { x: Math.max(minX, Math.min(maxX, pos.x)), y: Math.max(minY, Math.min(maxY, pos.y)) };
                        }}
                        onDragStart={() => session.set({ selectedPointId: p.point.id, selection: [], selectedLinks: [] })}
                        onDragMove={(e) => {
                          const next = scoreAt(e.target.y(), e.evt.altKey);
                          setDrag({ id: p.point.id, score: next, x: e.target.x() });
                          e.target.y(yOfScore(next, row, doc));
                        }}
                        onDragEnd={(e) => {
                          const ops: Operation[] = [];
                          const final = scoreAt(e.target.y(), e.evt.altKey);
                          if (final !== p.point.score) ops.push({ type: 'setEmotion', id: p.point.id, score: final });
                          const siblings = placed.filter((q) => q.point.sceneId === p.point.sceneId && q.point.id !== p.point.id);
                          const index = siblings.filter((q) => q.x < e.target.x()).length;
                          const current = sortOrdered(siblings.map((q) => q.point).concat(p.point)).indexOf(p.point);
                          if (index !== current) ops.push({ type: 'moveEmotionPoint', id: p.point.id, index });
                          setDrag(null);
                          e.target.position({ x: p.x, y: yOfScore(final, row, doc) });
                          if (ops.length > 0) editor.apply(ops, 'dragEmotionPoint');
                        }}
                      />
                      </Fragment>
                    );
                  })}
                  {doc.map.emotionFaces &&
                    placed.map((p) => {
                      const score = drag?.id === p.point.id ? drag.score : p.point.score;
                      return <Face key={`face-${p.point.id}`} x={drag?.id === p.point.id ? drag.x : p.x} y={yOfScore(score, row, doc)} mood={moodOf(score, doc.map.scale)} />;
                    })}
                  {wishes
                    .filter((m) => m.curveId === curve.id)
                    .map((m) => {
                      const label = labelOf.get(m);
                      return label && <Marker key={`${m.id}-${m.kind}`} x={label.x + label.width / 2} tipY={label.tipY} text={m.text} colour={m.colour} below={label.below} />;
                    })}
                  {hover && placedById.get(hover)?.point.note && (
                    <Label x={(placedById.get(hover) as { x: number }).x + 10} y={(placedById.get(hover) as { y: number }).y + 10} listening={false}>
                      <Tag fill="#0f172a" cornerRadius={4} opacity={0.9} />
                      <Text text={placedById.get(hover)?.point.note} fontSize={12} fontFamily={FONT} fill="#fff" padding={6} width={220} />
                    </Label>
                  )}
                </Group>
              );
            })}
          </Group>
        </Layer>
      </Stage>
      {gapMarks.map((mark) => (
        <span key={mark.id} className="point-gap" role="img" aria-label={t('gaps.badge')} title={t('gaps.badge')} data-testid="point-gap-badge" data-point-id={mark.id} style={{ left: mark.x, top: mark.y }}>
          !
        </span>
      ))}
      {commentMarks.map((mark) => (
        <span
          key={mark.id}
          className="comment-badge point-comment"
          role="img"
          aria-label={t('comments.badge', { count: mark.count })}
          title={t('comments.badge', { count: mark.count })}
          data-testid="point-comment-badge"
          data-point-id={mark.id}
          style={{ left: mark.x, top: mark.y }}
        >
          {mark.count}
        </span>
      ))}
    </div>
  );
}
