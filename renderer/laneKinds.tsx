// What each lane kind adds in the window, beside its definition in shared/laneKinds.ts: the
// inspector fields of its cards and any layer it draws on the canvas. A kind without an entry
// has text, colour and tags only.
import { useMemo, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { OPPORTUNITY_CRITERIA, TOUCHPOINT_CHANNELS, type OpportunityCriterion } from '../shared/laneKinds.ts';
import { scoreOpportunities } from '../shared/opportunities.ts';
import { sourceCounts, type Proposal } from '../shared/proposals.ts';
import type { MapLayout } from '../shared/layout.ts';
import type { Card, JourneyDoc, LaneKind } from '../shared/model.ts';
import type { CardFields } from '../shared/ops.ts';
import { EmotionLayer } from './components/canvas/EmotionLayer.tsx';
import { Addresses } from './components/inspector/Addresses.tsx';
import { Field } from './components/inspector/Field.tsx';
import { LIMITS } from './components/inspector/limits.ts';
import { MetricFields } from './components/inspector/MetricFields.tsx';
import { LoopFields } from './components/inspector/LoopFields.tsx';
import { ServiceActionFields } from './components/inspector/ServiceActionFields.tsx';
import { useEditorSnapshot } from './state/editor.ts';

export interface KindFieldsProps {
  card: Card;
  /** one history entry per change */
  set: (fields: CardFields) => void;
}

export interface LaneKindView {
  inspector?: ComponentType<KindFieldsProps>;
  /** drawn over the lane's rows (the emotion curve) */
  layer?: ComponentType<{ doc: JourneyDoc; layout: MapLayout }>;
}

const ROLES = ['phoneSales', 'guard', 'cleaner', 'salesConsultant', 'financeSpecialist', 'deliverySpecialist', 'serviceAdvisor', 'customerService'];

function TouchpointFields({ card, set }: KindFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <label className="inspector__field">
        <span>{t('inspector.channel')}</span>
        <select data-testid="inspector-channel" value={card.channel ?? ''} onChange={(e) => set({ channel: e.target.value || undefined })}>
          <option value="">—</option>
          {card.channel && !TOUCHPOINT_CHANNELS.some((c) => t(`channels.${c}`) === card.channel) && <option value={card.channel}>{card.channel}</option>}
          {TOUCHPOINT_CHANNELS.map((c) => (
            <option key={c} value={t(`channels.${c}`)}>
              {t(`channels.${c}`)}
            </option>
          ))}
        </select>
      </label>
      <Field label={t('inspector.role')} value={card.role ?? ''} list="staff-roles" maxLength={LIMITS.role} testId="inspector-role" onCommit={(role) => set({ role: role.trim() || undefined })} />
      <datalist id="staff-roles">
        {ROLES.map((r) => (
          <option key={r} value={t(`roles.${r}`)} />
        ))}
      </datalist>
    </>
  );
}

function PainPointFields({ card, set }: KindFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <div className="inspector__field">
        <span>{t('inspector.severity')}</span>
        <div className="segmented" role="radiogroup" aria-label={t('inspector.severity')}>
          {([1, 2, 3] as const).map((level) => (
            <button key={level} type="button" role="radio" aria-checked={card.severity === level} onClick={() => set({ severity: card.severity === level ? undefined : level })}>
              {t(`severity.${level}`)}
            </button>
          ))}
        </div>
      </div>
      <LoopFields card={card} set={set} />
    </>
  );
}

/** "from 2 pain points, 1 emotion point" */
function useSourcesText() {
  const { t } = useTranslation();
  return (proposal: Proposal) => {
    const counts = sourceCounts(proposal);
    return (['painpoint', 'need', 'point'] as const)
      .filter((kind) => counts[kind])
      .map((kind) => t(`relations.sources.${kind}`, { count: counts[kind] }))
      .join(t('relations.sourceSeparator'));
  };
}

/**
 * The four criteria of the method, each 1–5 with a one-line reason, and where the card ranks;
 * what it addresses, and what that proposes for need & emotion and pain (shown as a proposal
 * until the user accepts it or picks a value of their own).
 */
function OpportunityFields({ card, set }: KindFieldsProps) {
  const { t } = useTranslation();
  const { doc } = useEditorSnapshot();
  const sources = useSourcesText();
  const mine = useMemo(() => scoreOpportunities(doc), [doc]).find((o) => o.cardId === card.id);
  const setScore = (criterion: OpportunityCriterion, score: { value: number; reason: string } | undefined) => {
    const scores = { ...card.scores, [criterion]: score };
    if (!score) delete scores[criterion];
    set({ scores: Object.keys(scores).length > 0 ? scores : undefined });
  };
  const proposedNames = (mine?.proposed ?? []).map((c) => t(`opportunity.criteria.${c}.short`)).join(t('relations.sourceSeparator'));
  return (
    <>
      <p className="opportunity-summary" data-testid="opportunity-summary">
        {mine?.rank ? t('opportunity.summary', { value: mine.value?.toFixed(1), feasibility: mine.feasibility, rank: mine.rank }) : t('opportunity.unranked')}
        {mine?.rank && proposedNames ? <span className="opportunity-summary__proposed"> · {t('opportunity.summaryProposed', { criteria: proposedNames })}</span> : null}
      </p>
      <Addresses card={card} />
      {OPPORTUNITY_CRITERIA.map((criterion) => {
        const score = card.scores?.[criterion];
        const proposal = criterion === 'need' || criterion === 'pain' ? mine?.proposals[criterion] : undefined;
        const proposed = !score && proposal ? proposal.value : null;
        return (
          <fieldset key={criterion} className="inspector__field criterion" data-testid={`criterion-${criterion}`}>
            <legend title={t(`opportunity.criteria.${criterion}.hint`)}>{t(`opportunity.criteria.${criterion}.name`)}</legend>
            <div className="segmented" role="radiogroup" aria-label={t(`opportunity.criteria.${criterion}.name`)}>
              {[1, 2, 3, 4, 5].map((value) => (
                <button
                  key={value}
                  type="button"
                  role="radio"
                  aria-checked={score?.value === value}
                  className={proposed === value ? 'is-proposed' : undefined}
                  title={proposed === value ? t('opportunity.proposedTitle') : undefined}
                  onClick={() => setScore(criterion, score?.value === value ? undefined : { value, reason: score?.reason ?? '' })}
                >
                  {value}
                </button>
              ))}
            </div>
            {proposal && proposed !== null && (
              <p className="criterion__proposal" data-testid={`proposal-${criterion}`}>
                <span>{t('relations.proposed', { value: proposal.value, sources: sources(proposal) })}</span>
                <button type="button" title={t('relations.acceptTitle', { value: proposal.value })} onClick={() => setScore(criterion, { value: proposal.value, reason: '' })} data-testid={`accept-${criterion}`}>
                  {t('relations.accept')}
                </button>
              </p>
            )}
            {proposal && score && score.value !== proposal.value && (
              <p className="criterion__proposal criterion__proposal--aside" data-testid={`proposal-${criterion}`}>
                {t('relations.proposalAside', { value: proposal.value, sources: sources(proposal) })}
              </p>
            )}
            {/* A reason belongs to a score: written under a proposal, it keeps the proposed value; with neither, a score comes first. */}
            <Field
              label={t('opportunity.reason')}
              value={score?.reason ?? ''}
              testId={`reason-${criterion}`}
              maxLength={LIMITS.reason}
              disabled={!score && !proposal}
              placeholder={score ? undefined : proposal ? t('opportunity.reasonKeepsProposal', { value: proposal.value }) : t('opportunity.reasonNeedsScore')}
              onCommit={(text) => {
                const reason = text.trim();
                if (score) setScore(criterion, { ...score, reason });
                else if (proposal && reason) setScore(criterion, { value: proposal.value, reason });
              }}
            />
          </fieldset>
        );
      })}
    </>
  );
}

const VIEWS: Partial<Record<LaneKind, LaneKindView>> = {
  touchpoints: { inspector: TouchpointFields },
  painpoints: { inspector: PainPointFields },
  opportunities: { inspector: OpportunityFields },
  'service-actions': { inspector: ServiceActionFields },
  metrics: { inspector: MetricFields },
  emotion: { layer: EmotionLayer },
};

export const laneKindView = (kind: LaneKind): LaneKindView => VIEWS[kind] ?? {};

/** The canvas layers of the kinds that have one, each once. */
export const CANVAS_LAYERS = [...new Set(Object.values(VIEWS).flatMap((view) => (view.layer ? [view.layer] : [])))];
