// The map's opportunities, most cost-effective first: rank, the four scores, value × feasibility.
// Filter by stage or to the ones not scored yet; a click selects the card and shows it.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OPPORTUNITY_CRITERIA } from '../../shared/laneKinds.ts';
import { scoreOpportunities, weightsOf, type ValueWeights } from '../../shared/opportunities.ts';
import { sortOrdered } from '../../shared/order.ts';
import { showCard } from '../actions/cardActions.ts';
import { titleWithShortcut } from '../actions/shortcutText.ts';
import { editor, useEditorSnapshot } from '../state/editor.ts';
import { toggleMatrix } from '../state/matrix.ts';

/** How much need & emotion, pain and visibility count towards value, for this map (one undo step each). */
function Weights({ weights, own }: { weights: ValueWeights; own: boolean }) {
  const { t } = useTranslation();
  const set = (criterion: keyof ValueWeights, value: number) => {
    if (!Number.isFinite(value) || value < 0 || value > 10 || value === weights[criterion]) return;
    editor.apply({ type: 'setOpportunityWeights', weights: { ...weights, [criterion]: value } }, 'setOpportunityWeights');
  };
  return (
    <fieldset className="opportunity-weights" data-testid="opportunity-weights">
      <legend>{t('opportunity.weights')}</legend>
      {(['need', 'pain', 'visibility'] as const).map((criterion) => (
        <label key={criterion}>
          <span>{t(`opportunity.criteria.${criterion}.short`)}</span>
          <input
            key={weights[criterion]}
            type="number"
            min={0}
            max={10}
            step={0.5}
            defaultValue={weights[criterion]}
            aria-label={t(`opportunity.criteria.${criterion}.name`)}
            onBlur={(e) => set(criterion, e.currentTarget.valueAsNumber)}
            onKeyDown={(e) => e.key === 'Enter' && set(criterion, e.currentTarget.valueAsNumber)}
          />
        </label>
      ))}
      <button type="button" disabled={!own} onClick={() => editor.apply({ type: 'setOpportunityWeights', weights: null }, 'setOpportunityWeights')}>
        {t('opportunity.defaultWeights')}
      </button>
    </fieldset>
  );
}

export function OpportunitiesPanel() {
  const { t } = useTranslation();
  const { doc } = useEditorSnapshot();
  const [stageId, setStageId] = useState('');
  const [unscored, setUnscored] = useState(false);
  const stages = sortOrdered(Object.values(doc.stages));
  const rows = useMemo(() => {
    const all = scoreOpportunities(doc).filter((o) => {
      const card = doc.cards[o.cardId];
      if (stageId && doc.scenes[card?.sceneId ?? '']?.stageId !== stageId) return false;
      return !unscored || o.missing.length > 0;
    });
    // Ranked first, by rank; then the rest in reading order.
    return [...all.filter((o) => o.rank !== null).sort((a, b) => a.rank! - b.rank!), ...all.filter((o) => o.rank === null)];
  }, [doc, stageId, unscored]);
  return (
    <aside className="inspector opportunities-panel" aria-label={t('laneKind.opportunities')} data-testid="opportunities-panel">
      <div className="opportunities-panel__head">
        <h2>{t('laneKind.opportunities')}</h2>
        <button type="button" onClick={toggleMatrix} title={titleWithShortcut(t('menu.opportunityMatrix'), 'opportunity-matrix')} data-testid="open-matrix">
          {t('matrix.open')}
        </button>
      </div>
      <div className="opportunities-panel__filters">
        <select aria-label={t('opportunity.stageFilter')} value={stageId} onChange={(e) => setStageId(e.target.value)} data-testid="opportunities-stage">
          <option value="">{t('opportunity.allStages')}</option>
          {stages.map((stage) => (
            <option key={stage.id} value={stage.id}>
              {stage.title || t('stage.untitled')}
            </option>
          ))}
        </select>
        <label className="panel-check">
          <input type="checkbox" checked={unscored} onChange={(e) => setUnscored(e.target.checked)} data-testid="opportunities-unscored" />
          {t('opportunity.unscoredOnly')}
        </label>
      </div>
      <Weights weights={weightsOf(doc)} own={Boolean(doc.map.opportunityWeights)} />
      {rows.length === 0 ? (
        <p className="panel-empty">{t('opportunity.none')}</p>
      ) : (
        <ol className="opportunity-list">
          {rows.map((o) => {
            const card = doc.cards[o.cardId]!;
            return (
              <li key={o.cardId}>
                <button type="button" className="opportunity-row" data-testid="opportunity-row" onClick={() => showCard(o.cardId)}>
                  <span className="opportunity-row__rank">{o.rank ? `#${o.rank}` : '—'}</span>
                  <span className="opportunity-row__body">
                    <span className="opportunity-row__text">{card.text || t('card.empty')}</span>
                    <span className="opportunity-row__scores">
                      {OPPORTUNITY_CRITERIA.map((c) => (
                        <span key={c} title={t(`opportunity.criteria.${c}.name`)}>
                          {t(`opportunity.criteria.${c}.short`)} {card.scores?.[c]?.value ?? '–'}
                        </span>
                      ))}
                      {o.score !== null && <strong>◆ {o.value!.toFixed(1)} × {o.feasibility}</strong>}
                    </span>
                    <span className="opportunity-row__where">{doc.scenes[card.sceneId]?.title}</span>
                  </span>
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </aside>
  );
}
