// A card of the HTML file's map, opened by a click: where it sits, its whole text, what it
// carries, the emotion of its scene, and its review comments when the file has them.
import { useTranslation } from 'react-i18next';
import { threadsOf } from '../../shared/comments.ts';
import type { JourneyDoc } from '../../shared/model.ts';
import { sortOrdered } from '../../shared/order.ts';
import { cardFacts } from '../components/present/cardFacts.ts';
import { PanelSection } from './PanelSection.tsx';
import { ThreadList } from './ThreadList.tsx';

export function CardDetails({ doc, cardId, onClose }: { doc: JourneyDoc; cardId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const card = doc.cards[cardId];
  if (!card) return null;
  const lane = doc.lanes[card.laneId];
  const scene = doc.scenes[card.sceneId];
  const stage = scene && doc.stages[scene.stageId];
  const points = sortOrdered(Object.values(doc.curves))
    .filter((curve) => !curve.hidden)
    .flatMap((curve) => Object.values(doc.emotionPoints).filter((p) => p.curveId === curve.id && p.sceneId === card.sceneId).map((point) => ({ curve, point })));
  const threads = threadsOf(doc).filter((thread) => thread.root.target === 'card' && thread.root.targetId === cardId);
  return (
    <PanelSection title={t('viewer.card')} closeLabel={t('viewer.closeCard')} onClose={onClose} testId="viewer-card" className="viewer-card">
      <p className="viewer-card__where" data-testid="viewer-card-where">
        {[stage?.title, scene?.title, lane ? lane.title || t(`laneKind.${lane.kind}`) : ''].filter(Boolean).join(' › ')}
      </p>
      <p className="viewer-card__text" data-testid="viewer-card-text">
        {card.text.trim() || t('card.empty')}
      </p>
      {cardFacts(card, t).map((fact) => (
        <p key={fact} className="viewer-card__fact">
          {fact}
        </p>
      ))}
      {points.length > 0 && (
        <div className="viewer-card__emotion">
          <h3>{t('viewer.sceneEmotion')}</h3>
          <ul>
            {points.map(({ curve, point }) => (
              <li key={point.id}>
                <span className="viewer-card__swatch" style={{ background: curve.colour }} /> {curve.name}: {point.score}
                {point.note && <span className="viewer-card__note"> · {point.note}</span>}
              </li>
            ))}
          </ul>
        </div>
      )}
      {threads.length > 0 && <ThreadList doc={doc} threads={threads} />}
    </PanelSection>
  );
}
