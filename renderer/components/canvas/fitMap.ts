// The viewport that shows the whole map — headers, "+ Stage" and "+ Lane" included — clear of
// the minimap in the bottom-right corner.
import { editor } from '../../state/editor.ts';
import { layoutOf } from '../../state/layoutCache.ts';
import { fitViewport, type Bounds, type FitViewport, type Size } from './fitViewport.ts';

// Used before the buttons are in the page; measured afterwards (they are longer in some languages).
const ADD_STAGE_ROOM = 120;
const ADD_LANE_ROOM = 48;
const CORNER_GAP = 8;

function mapBounds(container: HTMLElement): Bounds {
  const layout = layoutOf(editor.doc);
  const addStage = container.querySelector<HTMLElement>('.add-stage');
  const laneTools = container.querySelector<HTMLElement>('.lane-tools');
  // offsetWidth/Height are in flow units: the header layer is scaled by a CSS transform.
  const right = addStage ? addStage.offsetLeft + addStage.offsetWidth + CORNER_GAP : layout.width + ADD_STAGE_ROOM;
  const bottom = laneTools ? laneTools.offsetTop + laneTools.offsetHeight + CORNER_GAP : layout.height + ADD_LANE_ROOM;
  return { x: 0, y: 0, width: Math.max(layout.width, right), height: Math.max(layout.height, bottom) };
}

/** The part of the pane's bottom-right corner the minimap and its button cover. */
function cornerOf(container: HTMLElement): Size | null {
  const pane = container.getBoundingClientRect();
  const parts = [...container.querySelectorAll('.react-flow__minimap, .minimap-toggle')].map((e) => e.getBoundingClientRect());
  if (parts.length === 0) return null;
  return {
    width: pane.right - Math.min(...parts.map((r) => r.left)) + CORNER_GAP,
    height: pane.bottom - Math.min(...parts.map((r) => r.top)) + CORNER_GAP,
  };
}

export function fittedViewport(container: HTMLElement): FitViewport {
  const rect = container.getBoundingClientRect();
  return fitViewport(mapBounds(container), { width: rect.width, height: rect.height }, cornerOf(container));
}
