// One step of a presentation: a stage (or one scene of it) in large type, fitted to the screen:
// its scenes as columns, the view's card lanes as rows, pain points put forward. A card is
// opened to read it whole.
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { cardAccentVariable, cardFillVariable } from '../../../shared/cardStyle.ts';
import type { JourneyDoc } from '../../../shared/model.ts';
import { stepRows } from '../../../shared/presentation.ts';
import { readCard } from '../../state/presentation.ts';

interface Props {
  doc: JourneyDoc;
  sceneIds: string[];
  /** height and width the rows may take */
  width: number;
  height: number;
}

export function PresentPart({ doc, sceneIds, width, height }: Props) {
  const { t } = useTranslation();
  const rows = stepRows(doc, sceneIds);
  const laneWidth = Math.min(220, Math.max(130, width * 0.14));
  const columnWidth = (width - laneWidth) / Math.max(1, sceneIds.length);
  const rowHeight = (height - 64) / Math.max(1, rows.length);
  // Large type for the room, as large as the busiest cell allows: never under 14 px, never over 30 px.
  const busiest = Math.max(1, ...rows.flatMap((r) => r.cells.map((c) => c.length)));
  const font = Math.round(Math.max(14, Math.min(30, rowHeight / (busiest * 2.4 + 0.6), columnWidth / 13)));
  const grid = { '--present-font': `${font}px`, gridTemplateColumns: `${laneWidth}px repeat(${sceneIds.length}, minmax(0, 1fr))`, gridTemplateRows: `auto repeat(${rows.length}, minmax(0, 1fr))` } as CSSProperties;
  return (
    <div className="present-grid" style={grid} data-testid="present-grid" data-font={font}>
      <div className="present-grid__corner" />
      {sceneIds.map((id) => {
        const scene = doc.scenes[id];
        return (
          <div key={id} className="present-grid__scene" data-testid="present-scene">
            <span className="present-grid__scene-title">{scene?.title || t('scene.untitled')}</span>
            {scene && <span className="present-grid__channel">{t(`channel.${scene.channel}`)}</span>}
          </div>
        );
      })}
      {rows.map((row) => (
        <div key={row.lane.id} className="present-grid__row" style={{ display: 'contents' }}>
          <div className="present-grid__lane" style={{ '--lane-colour': cardAccentVariable(row.lane.kind) } as CSSProperties}>
            {row.lane.title || t(`laneKind.${row.lane.kind}`)}
          </div>
          {row.cells.map((cards, i) => (
            <div key={sceneIds[i]} className="present-grid__cell">
              {cards.map((card) => (
                <button
                  type="button"
                  key={card.id}
                  className={`present-card present-card--${row.lane.kind}${row.lane.kind === 'painpoints' ? ' is-pain' : ''}`}
                  style={{ '--card-bg': cardFillVariable(card, row.lane.kind), '--lane-colour': cardAccentVariable(row.lane.kind) } as CSSProperties}
                  data-testid="present-card"
                  data-card-id={card.id}
                  onClick={() => readCard(card.id)}
                >
                  {card.text.trim() || t('card.empty')}
                  {row.lane.kind === 'painpoints' && card.severity !== undefined && <span className="present-card__severity">{'●'.repeat(card.severity)}</span>}
                </button>
              ))}
            </div>
          ))}
        </div>
      ))}
    </div>
  );
}
