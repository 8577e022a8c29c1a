// The map's opportunities, most cost-effective first: rank, the four scores, value × feasibility.
// Filter by stage, to the ones not scored yet or to the ones tied to nothing; a click selects the
// card and shows it. Below, the gaps: what no opportunity addresses yet.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SCALES } from '../../shared/emotion/scale.ts';
import { mapGaps } from '../../shared/gaps.ts';
import { OPPORTUNITY_CRITERIA, severityDots } from '../../shared/laneKinds.ts';
import type { JourneyDoc } from '../../shared/model.ts';
import { effectiveScore, mapOpportunities, weightsOf, type ValueWeights } from '../../shared/opportunities.ts';
import { sortOrdered } from '../../shared/order.ts';
import { relationsFrom } from '../../shared/relations.ts';
import { showCard } from '../actions/cardActions.ts';
import { showTarget } from '../actions/relationActions.ts';
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

/** What no opportunity takes on yet; a click shows it on the map. */
function Gaps({ doc }: { doc: JourneyDoc }) {
  const { t } = useTranslation();
  const gaps = mapGaps(doc);
  const curves = Object.keys(doc.curves).length;
  return (
    <section className="gaps" aria-label={t('gaps.title')} data-testid="gaps">
      <h3 title={t('gaps.hint')}>
        {t('gaps.title')} <span className="gaps__count">{gaps.length}</span>
      </h3>
      {gaps.length === 0 ? (
        <p className="panel-empty">{t('gaps.none')}</p>
      ) : (
        <ul className="gap-list">
          {gaps.map((gap) => {
            const card = doc.cards[gap.id];
            const point = doc.emotionPoints[gap.id];
            const text = card ? card.text.trim() || t('card.empty') : point?.note.trim() || t('relations.noNote');
            const score = point ? (point.score > 0 && SCALES[doc.map.scale].min < 0 ? `+${point.score}` : String(point.score)) : '';
            const detail = card ? severityDots(3) : `${score}${curves > 1 ? ` · ${doc.curves[gap.curveId ?? '']?.name ?? ''}` : ''}`;
            return (
              <li key={gap.id}>
                <button type="button" className={`gap-row gap-row--${gap.kind}`} data-testid="gap-row" data-gap-id={gap.id} onClick={() => showTarget(gap.id)}>
                  <span className="gap-row__kind">
                    {t(`gaps.kinds.${gap.kind}`)} <span className="gap-row__detail">{detail}</span>
                  </span>
                  <span className="gap-row__text">{text}</span>
                  <span className="opportunity-row__where">{doc.scenes[gap.sceneId]?.title}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

export function OpportunitiesPanel() {
  const { t } = useTranslation();
  const { doc } = useEditorSnapshot();
  const [stageId, setStageId] = useState('');
  const [unscored, setUnscored] = useState(false);
  const [unaddressed, setUnaddressed] = useState(false);
  const stages = sortOrdered(Object.values(doc.stages));
  const gapCount = mapGaps(doc).length;
  const rows = useMemo(() => {
    const all = mapOpportunities(doc).filter((o) => {
      const card = doc.cards[o.cardId];
      if (stageId && doc.scenes[card?.sceneId ?? '']?.stageId !== stageId) return false;
      if (unaddressed && relationsFrom(doc, 'addresses', o.cardId).length > 0) return false;
      return !unscored || o.missing.length > 0;
    });
    // Ranked first, by rank; then the rest in reading order.
    return [...all.filter((o) => o.rank !== null).sort((a, b) => a.rank! - b.rank!), ...all.filter((o) => o.rank === null)];
  }, [doc, stageId, unscored, unaddressed]);
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
        <label className="panel-check">
          <input type="checkbox" checked={unaddressed} onChange={(e) => setUnaddressed(e.target.checked)} data-testid="opportunities-unaddressed" />
          {t('opportunity.unaddressedOnly')}
        </label>
        <button
          type="button"
          className="opportunities-panel__gaps"
          title={t('gaps.hint')}
          onClick={(e) => e.currentTarget.closest('.opportunities-panel')?.querySelector('.gaps')?.scrollIntoView({ block: 'start', behavior: 'smooth' })}
          data-testid="jump-to-gaps"
        >
          {t('gaps.title')} <span className="gaps__count">{gapCount}</span> ↓
        </button>
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
                      {OPPORTUNITY_CRITERIA.map((c) => {
                        const proposed = o.proposed.includes(c);
                        return (
                          <span key={c} className={proposed ? 'is-proposed' : undefined} title={`${t(`opportunity.criteria.${c}.name`)}${proposed ? ` · ${t('opportunity.proposedTitle')}` : ''}`}>
                            {t(`opportunity.criteria.${c}.short`)} {effectiveScore(card, c, o.proposals) ?? '–'}
                          </span>
                        );
                      })}
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
      <Gaps doc={doc} />
    </aside>
  );
}
