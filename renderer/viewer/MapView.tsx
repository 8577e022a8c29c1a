// The map, read only: the exported picture of the shown view, moved by dragging, the wheel and
// the keys. A click on a card opens its details; the find's matches are ringed, the current one
// brought into view. The picture is the export's own SVG (its text escaped when it was drawn).
import { memo, useEffect, useLayoutEffect, useRef, type KeyboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { SvgResult } from '../../shared/export/svg.ts';
import type { Box } from '../../shared/emotion/labels.ts';
import '../components/comments/badge.css';
import { usePointerMoves } from './usePointerMoves.ts';
import type { ViewportControls } from './useViewport.ts';

/** A part of the map the find or the details point at: `data-card-id`, `data-scene-id`… and its id. */
export interface MapMark {
  attribute: string;
  id: string;
}

const selectorOf = (mark: MapMark) => `[${mark.attribute}="${CSS.escape(mark.id)}"]`;
const KEY_STEP = 80;

/** Where an element of the picture lies, in map pixels (the picture's own units, whatever the zoom). */
function boxOf(element: Element): Box | null {
  if (!(element instanceof SVGGraphicsElement)) return null;
  const box = element.getBBox();
  const matrix = element.getCTM();
  return { x: box.x + (matrix?.e ?? 0), y: box.y + (matrix?.f ?? 0), width: box.width, height: box.height };
}

const Picture = memo(function Picture({ svg }: { svg: string }) {
  return <div className="viewer-map__picture" dangerouslySetInnerHTML={{ __html: svg.replace(/^<\?xml[^>]*>\s*/, '') }} />;
});

/** The attribute the picture (shared/export/svg.ts) names each kind of item by: a find's matches, pinned comments and badges are found by it. */
export const MARK_ATTRIBUTES: Readonly<Record<string, string>> = { card: 'data-card-id', scene: 'data-scene-id', emotionPoint: 'data-point-id', stage: 'data-stage-id', lane: 'data-lane-id' };

/** The element of the picture an item of this kind (a find target's kind, a comment's target) is drawn as. */
export const markOf = (kind: string, id: string): MapMark | null => {
  const attribute = MARK_ATTRIBUTES[kind];
  return attribute ? { attribute, id } : null;
};

interface Props {
  picture: SvgResult;
  /** open review threads by targetKey (shared/comments.ts), shown as a badge on their card, scene or point */
  badges: ReadonlyMap<string, number>;
  matches: readonly MapMark[];
  current: MapMark | null;
  selectedCardId: string | null;
  onCard: (cardId: string | null) => void;
  /** the window onto the map, and how it moves (the toolbar's zoom buttons share them) */
  frame: RefObject<HTMLDivElement | null>;
  controls: ViewportControls;
}

export function MapView({ picture, badges, matches, current, selectedCardId, onCard, frame, controls }: Props) {
  const { t } = useTranslation();
  const sheet = useRef<HTMLDivElement>(null);
  const overlay = useRef<HTMLDivElement>(null);
  const { viewport, zoomBy, panBy, show, fit } = controls;

  // The wheel is the map's (not the page's): a listener that may prevent the browser's scrolling.
  useEffect(() => {
    const element = frame.current;
    if (!element) return;
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const box = element.getBoundingClientRect();
      if (event.ctrlKey || event.metaKey) zoomBy(Math.exp(-event.deltaY * 0.0025), { x: event.clientX - box.left, y: event.clientY - box.top });
      else if (event.shiftKey && event.deltaX === 0) panBy(-event.deltaY, 0);
      else panBy(-event.deltaX, -event.deltaY);
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, [frame, zoomBy, panBy]);

  // Rings on the matches and the open card, set on the picture's own elements.
  useLayoutEffect(() => {
    const root = sheet.current;
    // a new picture (another view) has new elements to ring
    if (!root || !picture.svg) return;
    const marked: Element[] = [];
    const mark = (element: Element | null, name: string) => {
      if (!element) return;
      element.classList.add(name);
      marked.push(element);
    };
    for (const match of matches) root.querySelectorAll(selectorOf(match)).forEach((element) => mark(element, 'is-match'));
    if (current) mark(root.querySelector(selectorOf(current)), 'is-current');
    if (selectedCardId) mark(root.querySelector(selectorOf({ attribute: MARK_ATTRIBUTES.card as string, id: selectedCardId })), 'is-selected');
    return () => marked.forEach((element) => element.classList.remove('is-match', 'is-current', 'is-selected'));
  }, [picture, matches, current, selectedCardId]);

  // A badge beside each commented item, placed on the picture (so it moves and zooms with it); its text is a number only.
  useLayoutEffect(() => {
    const root = sheet.current;
    const layer = overlay.current;
    if (!root || !layer || !picture.svg) return;
    for (const [key, count] of badges) {
      const [kind = '', id = ''] = key.split(/:(.*)/s);
      const mark = markOf(kind, id);
      const element = mark && root.querySelector(selectorOf(mark));
      const box = element && boxOf(element);
      if (!box) continue;
      const badge = document.createElement('span');
      badge.className = `comment-badge viewer-badge viewer-badge--${kind}`;
      badge.textContent = String(count);
      // a card's badge at its corner, a scene's inside its header's right end, a point's beside it
      const x = kind === 'scene' ? box.x + box.width - 22 : kind === 'emotionPoint' ? box.x + box.width + 2 : box.x - 7;
      const y = kind === 'scene' ? box.y + 4 : box.y - 7;
      badge.style.transform = `translate(${x}px, ${y}px)`;
      layer.append(badge);
    }
    return () => layer.replaceChildren();
  }, [picture, badges]);

  // The current match comes into view, readable.
  useEffect(() => {
    const root = sheet.current;
    const element = current && picture.svg && root?.querySelector(selectorOf(current));
    const box = element && boxOf(element);
    if (box) show(box);
  }, [current, picture, show]);

  const { dragging, handlers } = usePointerMoves({
    frame,
    panBy,
    zoomBy,
    onClick: (target) => onCard(target?.closest('[data-card-id]')?.getAttribute('data-card-id') ?? null),
  });
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, [number, number]> = { ArrowLeft: [KEY_STEP, 0], ArrowRight: [-KEY_STEP, 0], ArrowUp: [0, KEY_STEP], ArrowDown: [0, -KEY_STEP] };
    const move = moves[event.key];
    if (move) panBy(...move);
    else if (event.key === '+' || event.key === '=') zoomBy(1.25);
    else if (event.key === '-') zoomBy(0.8);
    else if (event.key === '0') fit();
    else return;
    event.preventDefault();
  };

  return (
    <div
      ref={frame}
      className={`viewer-map${dragging ? ' is-dragging' : ''}${matches.length > 0 ? ' is-finding' : ''}`}
      data-testid="viewer-map"
      data-zoom={viewport.zoom.toFixed(3)}
      tabIndex={0}
      role="application"
      aria-label={t('viewer.mapLabel')}
      {...handlers}
      onKeyDown={onKeyDown}
    >
      <div
        ref={sheet}
        className="viewer-map__sheet"
        data-testid="viewer-sheet"
        style={{ width: picture.width, height: picture.height, transform: `translate(${viewport.x}px, ${viewport.y}px) scale(${viewport.zoom})` }}
      >
        <Picture svg={picture.svg} />
        <div ref={overlay} className="viewer-map__badges" data-testid="viewer-badges" />
      </div>
    </div>
  );
}
