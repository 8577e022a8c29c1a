// A box to write a comment or a reply: Ctrl+Enter sends, Esc cancels.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  label: string;
  submit: string;
  initial?: string;
  onSubmit: (text: string) => void;
  onCancel?: () => void;
  autoFocus?: boolean;
  /** a changed value puts the cursor in the box */
  focusKey?: number;
  placeholder?: string;
}

export function Composer({ label, submit, initial = '', onSubmit, onCancel, autoFocus, focusKey, placeholder }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(initial);
  const box = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (focusKey) box.current?.focus();
  }, [focusKey]);
  const send = () => {
    if (!text.trim()) return;
    onSubmit(text);
    setText('');
  };
  return (
    <div className="composer">
      <textarea
        ref={box}
        className="composer__text"
        value={text}
        rows={3}
        maxLength={20_000}
        aria-label={label}
        placeholder={placeholder}
        autoFocus={autoFocus}
        data-testid="comment-text"
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          e.stopPropagation();
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            send();
          } else if (e.key === 'Escape' && onCancel) {
            e.preventDefault();
            onCancel();
          }
        }}
      />
      <div className="composer__buttons">
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
        <button type="button" className="is-primary" disabled={!text.trim()} onClick={send} data-testid="comment-send">
          {submit}
        </button>
      </div>
    </div>
  );
}
