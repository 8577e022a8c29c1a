// A card opened during a presentation: its whole text in large type, where it sits (lane and
// scene) and what it carries (severity, channel, role, tags). Read only; Esc or a click closes it.
import { useTranslation } from 'react-i18next';
import type { JourneyDoc } from '../../../shared/model.ts';
import { readCard } from '../../state/presentation.ts';
import { cardFacts } from './cardFacts.ts';

export function CardReader({ doc, cardId }: { doc: JourneyDoc; cardId: string }) {
  const { t } = useTranslation();
  const card = doc.cards[cardId];
  if (!card) return null;
  const lane = doc.lanes[card.laneId];
  const scene = doc.scenes[card.sceneId];
  const facts = cardFacts(card, t);
  return (
    <div className="present-reader" role="dialog" aria-modal="true" aria-label={card.text.slice(0, 80)} data-testid="present-reader" onClick={() => readCard(null)}>
      <div className="present-reader__card" onClick={(e) => e.stopPropagation()}>
        <p className="present-reader__where">
          {lane ? lane.title || t(`laneKind.${lane.kind}`) : ''} · {scene?.title ?? ''}
        </p>
        <p className="present-reader__text">{card.text.trim() || t('card.empty')}</p>
        {facts.length > 0 && (
          <ul className="present-reader__facts">
            {facts.map((fact) => (
              <li key={fact}>{fact}</li>
            ))}
          </ul>
        )}
        <button type="button" className="present-reader__close" onClick={() => readCard(null)}>
          {t('present.closeCard')}
        </button>
      </div>
    </div>
  );
}
