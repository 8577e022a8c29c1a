// One step of a service action in the steps editor: its number, a drag handle, its text (written
// on blur or Enter) and a delete button. The keys it knows are handed up to the editor, which owns
// the list, the history and the focus. Its text is cut at the schema's length (a long paste too),
// and the row says so.
import { useRef, useState, type CSSProperties, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS, clip } from './limits.ts';

export type StepPart = 'text' | 'handle' | 'delete';

export interface StepRowProps {
  /** position in the list, 0-based; null for the new step being written */
  index: number | null;
  /** its number as shown (1…n) */
  number: number;
  value: string;
  /** while dragging: how far this row is shifted (the dragged one follows the pointer) */
  shift?: number;
  dragging?: boolean;
  onCommit: (text: string) => void;
  onEnter: (text: string) => void;
  /** Backspace in an empty text */
  onBackspaceEmpty: () => void;
  onMove?: (delta: -1 | 1, text: string) => void;
  /** `from`: the part it was asked from, where the focus goes on the next step */
  onDelete?: (from: StepPart) => void;
  onHandleDown?: (event: PointerEvent<HTMLButtonElement>) => void;
}

/** Alt+↑/↓ (anywhere on the row) and ↑/↓ on the handle move a step; the editor announces it. */
const moveDelta = (event: KeyboardEvent, onHandle: boolean): -1 | 1 | 0 => {
  if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return 0;
  if (!event.altKey && !onHandle) return 0;
  if (event.ctrlKey || event.metaKey || event.shiftKey) return 0;
  return event.key === 'ArrowUp' ? -1 : 1;
};

export function StepRow(props: StepRowProps) {
  // A new value from elsewhere (undo, a move) starts a fresh draft.
  return <StepRowView key={props.value} {...props} />;
}

function StepRowView({ index, number, value, shift = 0, dragging, onCommit, onEnter, onBackspaceEmpty, onMove, onDelete, onHandleDown }: StepRowProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(value);
  const full = draft.length >= LIMITS.step;
  // Esc takes the typing back: the blur that follows must not write it.
  const cancelled = useRef(false);
  const isNew = index === null;
  const data = (part: StepPart) => ({ 'data-part': part, 'data-step': isNew ? 'new' : String(index) });

  const onTextKey = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.nativeEvent.isComposing || event.keyCode === 229) return;
    const delta = moveDelta(event, false);
    if (delta && onMove) {
      event.preventDefault();
      onMove(delta, draft);
    } else if (event.key === 'Enter' && !event.shiftKey) {
      // A step is one line of instruction: Enter writes it and opens the next one.
      event.preventDefault();
      onEnter(draft);
    } else if (event.key === 'Backspace' && draft === '') {
      event.preventDefault();
      onBackspaceEmpty();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      cancelled.current = true;
      setDraft(value);
      onCommit(value);
      event.currentTarget.blur();
    }
  };

  // On the buttons, Backspace and Delete delete the step, never the selected card behind it.
  const onButtonKey = (event: KeyboardEvent<HTMLButtonElement>, onHandle: boolean) => {
    const delta = moveDelta(event, onHandle);
    if (delta && onMove) {
      event.preventDefault();
      onMove(delta, draft);
    } else if ((event.key === 'Backspace' || event.key === 'Delete') && onDelete) {
      event.preventDefault();
      event.stopPropagation();
      onDelete(onHandle ? 'handle' : 'delete');
    }
  };

  const style = { '--shift': `${shift}px` } as CSSProperties;
  return (
    <li className={`step${dragging ? ' is-dragging' : ''}${isNew ? ' step--new' : ''}`} style={style} data-testid="step">
      {isNew ? (
        <span className="step__grip step__grip--idle" aria-hidden="true" />
      ) : (
        <button
          type="button"
          className="step__grip"
          aria-label={t('serviceAction.moveStep', { n: number })}
          title={t('serviceAction.moveStepHint')}
          onPointerDown={onHandleDown}
          onKeyDown={(e) => onButtonKey(e, true)}
          {...data('handle')}
        />
      )}
      <span className="step__number" aria-hidden="true">
        {number}
      </span>
      <textarea
        className="step__text"
        rows={1}
        value={draft}
        maxLength={LIMITS.step}
        aria-label={isNew ? t('serviceAction.newStep', { n: number }) : t('serviceAction.stepLabel', { n: number })}
        placeholder={isNew ? t('serviceAction.newStepPlaceholder') : undefined}
        onChange={(e) => setDraft(clip(e.target.value.replace(/\n/g, ' '), LIMITS.step))}
        onKeyDown={onTextKey}
        onBlur={() => {
          if (!cancelled.current) onCommit(draft);
          cancelled.current = false;
        }}
        {...data('text')}
      />
      {onDelete && (
        <button type="button" className="step__delete" aria-label={t('serviceAction.deleteStep', { n: number })} title={t('serviceAction.deleteStep', { n: number })} onClick={() => onDelete('delete')} onKeyDown={(e) => onButtonKey(e, false)} {...data('delete')}>
          ×
        </button>
      )}
      {full && (
        <small className="sa-hint step__note" role="status" data-testid="step-note">
          {t('limits.chars', { max: LIMITS.step })}
        </small>
      )}
    </li>
  );
}
