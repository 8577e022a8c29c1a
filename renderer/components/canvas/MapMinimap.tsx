// The minimap in the bottom-right corner (Fit keeps the map clear of it) and the button that
// hides and shows it; the choice is remembered for every map.
import { MiniMap, Panel, type Node } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { LaneKind } from '../../../shared/model.ts';
import { laneColours } from '../../../shared/theme.ts';
import { toggleMinimap, useViewPrefs } from '../../state/viewPrefs.ts';

const minimapColour = (node: Node) => {
  if (node.type === 'stage') return '#e2e8f0';
  const kind = (node.data as { kind?: LaneKind }).kind;
  return kind ? laneColours(kind).accent : '#94a3b8';
};
const minimapStroke = (node: Node) => (node.type === 'stage' ? '#94a3b8' : 'transparent');

export function MapMinimap() {
  const { t } = useTranslation();
  const shown = useViewPrefs((s) => s.minimap);
  const label = shown ? t('canvas.hideMinimap') : t('canvas.showMinimap');
  return (
    <>
      {shown && <MiniMap pannable zoomable className="minimap" nodeColor={minimapColour} nodeStrokeColor={minimapStroke} nodeStrokeWidth={6} ariaLabel={t('canvas.minimap')} />}
      <Panel position="bottom-right" className={`minimap-toggle${shown ? ' is-on' : ''}`}>
        <button type="button" className="minimap-toggle__button" onClick={toggleMinimap} title={label} aria-label={label} aria-pressed={shown}>
          {shown ? '▾' : '▴'}
        </button>
      </Panel>
    </>
  );
}
