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

/** A card's padding and borders (a pain point's are thicker), the gaps between cards and between lanes, and the line height (present.css). */
const CARD_CHROME = 12;
const CARD_GAP = 4;
const ROW_GAP = 6;
const MAX_WEIGHT = 3;
const LINE_HEIGHT = 1.25;

export function PresentPart({ doc, sceneIds, width, height }: Props) {
  const { t } = useTranslation();
  const rows = stepRows(doc, sceneIds);
  const laneWidth = Math.min(220, Math.max(130, width * 0.14));
  const columnWidth = (width - laneWidth) / Math.max(1, sceneIds.length);
  // Each lane as tall as its busiest cell needs, up to three cards: a lane of one card a cell gives room to a busier one.
  const weights = rows.map((r) => Math.min(MAX_WEIGHT, Math.max(1, ...r.cells.map((c) => c.length))));
  const room = height - 64 - rows.length * ROW_GAP;
  const slot = room / Math.max(1, weights.reduce((sum, w) => sum + w, 0));
  // Large type for the room (14 to 30 px), but never so large that a card loses its one line: then
  // smaller type (down to 11 px), and as many lines a card as its slot holds (at most 3).
  const textRoom = slot - CARD_CHROME - CARD_GAP;
  const font = Math.floor(Math.max(11, Math.min(30, columnWidth / 13, textRoom / LINE_HEIGHT, Math.max(14, slot / 2.4))));
  const lines = Math.max(1, Math.min(3, Math.floor(textRoom / (font * LINE_HEIGHT))));
  // How many cards a cell of each lane shows whole; a busier cell shows one fewer and says how many more it has.
  const cardHeight = lines * font * LINE_HEIGHT + CARD_CHROME;
  const fits = weights.map((w) => Math.max(1, Math.floor((w * slot + CARD_GAP + 1) / (cardHeight + CARD_GAP))));
  const grid = { '--present-font': `${font}px`, '--present-lines': lines, gridTemplateColumns: `${laneWidth}px repeat(${sceneIds.length}, minmax(0, 1fr))`, gridTemplateRows: `auto ${weights.map((w) => `minmax(0, ${w}fr)`).join(' ')}` } as CSSProperties;
  return (
    <div className="present-grid" style={grid} data-testid="present-grid" data-font={font} data-lines={lines}>
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
      {rows.map((row, r) => (
        <div key={row.lane.id} className="present-grid__row" style={{ display: 'contents' }}>
          <div className="present-grid__lane" style={{ '--lane-colour': cardAccentVariable(row.lane.kind) } as CSSProperties}>
            {row.lane.title || t(`laneKind.${row.lane.kind}`)}
          </div>
          {row.cells.map((cards, i) => {
            const fit = fits[r] ?? 1;
            const shown = cards.length > fit ? cards.slice(0, fit - 1) : cards;
            const more = cards.slice(shown.length);
            return (
              <div key={sceneIds[i]} className="present-grid__cell">
                {shown.map((card) => (
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
                {more.length > 0 && (
                  <button
                    type="button"
                    className="present-card present-card--more"
                    data-testid="present-more"
                    title={more.map((card) => card.text.trim()).join('\n')}
                    onClick={() => readCard(more[0]?.id ?? null)}
                  >
                    {t('present.more', { count: more.length })}
                  </button>
                )}
              </div>
            );
          })}
        </div>
      ))}
    </div>
  );
}
