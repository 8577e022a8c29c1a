// Below the last lane: "+ Lane" with a menu of lane kinds, and the hidden lanes to show again.
import { useTranslation } from 'react-i18next';
import { LANE_KINDS, type JourneyDoc, type LaneKind } from '../../../../shared/model.ts';
import { sortOrdered } from '../../../../shared/order.ts';
import { addLane } from '../../../actions/structureActions.ts';
import { useMenu } from '../../../hooks/useMenu.ts';
import { editor } from '../../../state/editor.ts';
import { startNaming } from '../canvasStore.ts';

export function LaneTools({ doc, y }: { doc: JourneyDoc; y: number }) {
  const { t } = useTranslation();
  const { open, close, buttonProps, menuProps } = useMenu();
  const hidden = sortOrdered(Object.values(doc.lanes).filter((l) => l.hidden));
  const add = (kind: LaneKind) => {
    // The focus goes to the new lane's title, not back to the button.
    close(false);
    startNaming(addLane(kind));
  };
  return (
    <div className="lane-tools" style={{ top: y + 8 }}>
      <button type="button" className="lane-tools__add" {...buttonProps}>
        + {t('headers.addLane')}
      </button>
      {open && (
        <ul className="kind-menu" aria-label={t('headers.addLane')} {...menuProps}>
          {LANE_KINDS.map((kind) => (
            <li key={kind} role="none">
              <button type="button" role="menuitem" onClick={() => add(kind)}>
                {t(`laneKind.${kind}`)}
              </button>
            </li>
          ))}
        </ul>
      )}
      {hidden.length > 0 && (
        <div className="lane-tools__hidden">
          <span>{t('headers.hiddenLanes')}</span>
          {hidden.map((lane) => (
            <button key={lane.id} type="button" title={t('headers.showLane')} onClick={() => editor.apply({ type: 'setLaneHidden', id: lane.id, hidden: false })}>
              {lane.title || t(`laneKind.${lane.kind}`)}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
