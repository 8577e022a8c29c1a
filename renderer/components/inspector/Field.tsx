// A text field of the inspector that writes once, when it loses focus or on Enter: one history
// entry per edit. With `maxLength`, what is typed or pasted is cut there (and the field says so),
// so it never holds more than the map's schema keeps.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { clip } from './limits.ts';

interface FieldProps {
  label: string;
  value: string;
  onCommit: (v: string) => void;
  list?: string;
  multiline?: boolean;
  testId?: string;
  maxLength?: number;
  disabled?: boolean;
  placeholder?: string;
}

/** A text field that writes once, when it loses focus or on Enter (one history entry per edit). */
export function Field(props: FieldProps) {
  // A new value from elsewhere (undo, the canvas) starts a fresh draft.
  return <FieldInput key={props.value} {...props} />;
}

function FieldInput({ label, value, onCommit, list, multiline, testId, maxLength, disabled, placeholder }: FieldProps) {
  const { t } = useTranslation();
  const noteId = useId();
  const [draft, setDraft] = useState(value);
  const cut = (text: string) => (maxLength === undefined ? text : clip(text, maxLength));
  const commit = () => {
    const next = cut(draft);
    if (next !== value) onCommit(next);
  };
  const full = maxLength !== undefined && draft.length >= maxLength;
  const note = full ? t('limits.chars', { max: maxLength }) : undefined;
  const props = {
    value: draft,
    // The label alone names the field; the note under it describes it.
    'aria-label': label,
    'aria-describedby': note ? noteId : undefined,
    'data-testid': testId,
    maxLength,
    disabled,
    placeholder,
    onChange: (e: { target: { value: string } }) => setDraft(cut(e.target.value)),
    onBlur: commit,
  };
  return (
    <label className="inspector__field">
      <span>{label}</span>
      {multiline ? (
        <textarea rows={4} {...props} />
      ) : (
        <input
          list={list}
          {...props}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.nativeEvent.isComposing) commit();
          }}
        />
      )}
      {note && (
        <small id={noteId} className="sa-hint" role="status" data-testid={testId && `${testId}-note`}>
          {note}
        </small>
      )}
    </label>
  );
}
