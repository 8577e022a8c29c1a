// What each lane kind adds in the window, beside its definition in shared/laneKinds.ts: the
// inspector fields of its cards and any layer it draws on the canvas. A kind without an entry
// has text, colour and tags only.
import { useMemo, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { OPPORTUNITY_CRITERIA, TOUCHPOINT_CHANNELS, type OpportunityCriterion } from '../shared/laneKinds.ts';
import { scoreOpportunities } from '../shared/opportunities.ts';
import type { MapLayout } from '../shared/layout.ts';
import type { Card, JourneyDoc, LaneKind } from '../shared/model.ts';
import type { CardFields } from '../shared/ops.ts';
import { EmotionLayer } from './components/canvas/EmotionLayer.tsx';
import { Field } from './components/inspector/Field.tsx';
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
      <Field label={t('inspector.role')} value={card.role ?? ''} list="staff-roles" testId="inspector-role" onCommit={(role) => set({ role: role.trim() || undefined })} />
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
  );
}

/** The four criteria of the method, each 1–5 with a one-line reason, and where the card ranks. */
function OpportunityFields({ card, set }: KindFieldsProps) {
  const { t } = useTranslation();
  const { doc } = useEditorSnapshot();
  const mine = useMemo(() => scoreOpportunities(doc), [doc]).find((o) => o.cardId === card.id);
  const setScore = (criterion: OpportunityCriterion, score: { value: number; reason: string } | undefined) => {
    const scores = { ...card.scores, [criterion]: score };
    if (!score) delete scores[criterion];
    set({ scores: Object.keys(scores).length > 0 ? scores : undefined });
  };
  return (
    <>
      <p className="opportunity-summary" data-testid="opportunity-summary">
        {mine?.rank ? t('opportunity.summary', { value: mine.value?.toFixed(1), feasibility: mine.feasibility, rank: mine.rank }) : t('opportunity.unranked')}
      </p>
      {OPPORTUNITY_CRITERIA.map((criterion) => {
        const score = card.scores?.[criterion];
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
                  onClick={() => setScore(criterion, score?.value === value ? undefined : { value, reason: score?.reason ?? '' })}
                >
                  {value}
                </button>
              ))}
            </div>
            <Field
              label={t('opportunity.reason')}
              value={score?.reason ?? ''}
              testId={`reason-${criterion}`}
              onCommit={(reason) => score && setScore(criterion, { ...score, reason: reason.trim() })}
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
  emotion: { layer: EmotionLayer },
};

export const laneKindView = (kind: LaneKind): LaneKindView => VIEWS[kind] ?? {};

/** The canvas layers of the kinds that have one, each once. */
export const CANVAS_LAYERS = [...new Set(Object.values(VIEWS).flatMap((view) => (view.layer ? [view.layer] : [])))];
