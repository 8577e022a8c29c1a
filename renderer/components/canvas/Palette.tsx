// Card kinds to drag onto a cell. A card belongs to the lane it is dropped in.
import { useTranslation } from 'react-i18next';
import type { CSSProperties } from 'react';
import { cardAccentVariable, cardFillVariable } from '../../../shared/cardStyle.ts';
import { paletteKinds } from '../../../shared/laneKinds.ts';

export const PALETTE_MIME = 'application/x-journey-mapper-card-kind';
const KINDS = paletteKinds();

export function Palette() {
  const { t } = useTranslation();
  return (
    <div className="palette" role="toolbar" aria-label={t('palette.label')}>
      <span className="palette__hint">{t('palette.hint')}</span>
      {KINDS.map((kind) => (
        <span
          key={kind}
          className="palette__item"
          // The colours of the cards it makes, from the one source the canvas and exports use.
          style={{ '--card-bg': cardFillVariable({}, kind), '--lane-colour': cardAccentVariable(kind) } as CSSProperties}
          draggable
          data-testid={`palette-${kind}`}
          onDragStart={(event) => {
            event.dataTransfer.setData(PALETTE_MIME, kind);
            event.dataTransfer.effectAllowed = 'copy';
          }}
        >
          {t(`laneKind.${kind}`)}
        </span>
      ))}
    </div>
  );
}
