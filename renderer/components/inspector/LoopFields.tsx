// A pain point's closed loop (痛点闭环) in the inspector: the five steps as a stepper (one click =
// one status change, signed with the user's name and the time), its owner, due date, improvement
// plan and check result, and the history of its status changes. Every change is one undo step.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LOOP_STATUSES, type PainLoop } from '../../../shared/laneKinds.ts';
import { boardItems, ownersOf } from '../../../shared/painBoard.ts';
import { emptyLoop, isOverdue, loopStatusOf } from '../../../shared/painLoop.ts';
import type { Card } from '../../../shared/model.ts';
import type { CardFields } from '../../../shared/ops.ts';
import { changeName, setLoopStatus } from '../../actions/loopActions.ts';
import { useAuthor } from '../../state/author.ts';
import { useEditorSnapshot } from '../../state/editor.ts';
import { localToday } from '../../today.ts';
import { Field } from './Field.tsx';
import { LIMITS } from './limits.ts';
import './loop.css';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** When a change was made, in the language of the moment (as it was stored when it is no date). */
function when(at: string, locale: string): string {
  const date = new Date(at);
  if (Number.isNaN(date.getTime())) return at;
  return date.toLocaleString(locale, { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
}

/** The due date: written when the field is left or Enter is pressed, so typing a year is one step. */
function DueField({ due, write }: { due: string | undefined; write: (due: string | undefined) => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(due ?? '');
  const [shown, setShown] = useState(due);
  if (shown !== due) {
    // A new value from elsewhere (undo, the board) starts a fresh draft.
    setShown(due);
    setDraft(due ?? '');
  }
  const commit = (value: string) => {
    const next = ISO_DAY.test(value) ? value : undefined;
    if (next !== due) write(next);
  };
  return (
    <label className="inspector__field loop__due">
      <span>{t('loop.due')}</span>
      <span className="loop__due-row">
        <input
          type="date"
          data-testid="loop-due"
          value={draft}
          aria-label={t('loop.due')}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={() => commit(draft)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit(draft);
          }}
        />
        {due && (
          <button type="button" className="link-button" onClick={() => write(undefined)} aria-label={t('loop.clearDue')} title={t('loop.clearDue')}>
            ×
          </button>
        )}
      </span>
    </label>
  );
}

export function LoopFields({ card, set }: { card: Card; set: (fields: CardFields) => void }) {
  const { t, i18n } = useTranslation();
  const { doc } = useEditorSnapshot();
  const author = useAuthor((s) => s.name);
  const loop: PainLoop = card.loop ?? emptyLoop();
  const status = loopStatusOf(card);
  const at = LOOP_STATUSES.indexOf(status);
  const owners = useMemo(() => ownersOf(boardItems(doc, '')), [doc]);
  const write = (patch: Partial<PainLoop>) => {
    const next = { ...loop, ...patch };
    if (patch.due === undefined && 'due' in patch) delete next.due;
    set({ loop: next });
  };
  const overdue = isOverdue(card, localToday());
  return (
    <section className="loop-fields" aria-labelledby="loop-title" data-testid="loop-fields">
      <h3 id="loop-title">
        {t('loop.title')}
        {overdue && (
          <span className="loop__overdue" data-testid="loop-overdue">
            ⚑ {t('loop.overdue')}
          </span>
        )}
      </h3>
      <ol className="loop__steps" aria-label={t('loop.stepper')} data-testid="loop-stepper">
        {LOOP_STATUSES.map((step, i) => (
          <li key={step} className={i < at ? 'is-done' : i === at ? 'is-current' : ''}>
            <button
              type="button"
              data-status={step}
              aria-current={i === at ? 'step' : undefined}
              title={t('loop.stepTitle', { status: t(`loop.status.${step}`) })}
              onClick={() => void setLoopStatus(card.id, step)}
            >
              <span className="loop__dot" aria-hidden="true">
                {i < at ? '✓' : i + 1}
              </span>
              <span className="loop__label">{t(`loop.short.${step}`)}</span>
            </button>
          </li>
        ))}
      </ol>
      <p className="loop__status" data-testid="loop-status">
        {t(`loop.status.${status}`)}
      </p>
      <Field label={t('loop.owner')} value={loop.owner} list="loop-owners" maxLength={LIMITS.loopOwner} testId="loop-owner" onCommit={(owner) => write({ owner: owner.trim() })} />
      <datalist id="loop-owners">
        {owners.map((o) => (
          <option key={o} value={o} />
        ))}
      </datalist>
      <DueField due={loop.due} write={(due) => write({ due })} />
      <Field label={t('loop.plan')} value={loop.plan} multiline maxLength={LIMITS.loopText} testId="loop-plan" onCommit={(plan) => write({ plan })} />
      <Field label={t('loop.check')} value={loop.check} multiline maxLength={LIMITS.loopText} testId="loop-check" onCommit={(check) => write({ check })} />
      <details className="loop__history" data-testid="loop-history" open={loop.history.length > 0 && loop.history.length <= 6}>
        <summary>
          {t('loop.history')} ({loop.history.length})
        </summary>
        {loop.history.length === 0 ? (
          <p className="loop__empty">{t('loop.noHistory')}</p>
        ) : (
          <ol reversed>
            {loop.history.toReversed().map((change, i) => (
              <li key={`${loop.history.length - i}`}>
                <b>{t(`loop.short.${change.status}`)}</b> · {change.by || '—'} · <time dateTime={change.at}>{when(change.at, i18n.language)}</time>
              </li>
            ))}
          </ol>
        )}
      </details>
      {author && (
        <p className="loop__author">
          {t('loop.nameTitle', { name: author })}{' '}
          <button type="button" className="link-button" onClick={() => void changeName()}>
            {t('loop.changeName')}
          </button>
        </p>
      )}
    </section>
  );
}
