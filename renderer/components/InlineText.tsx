// Text that becomes an input on double-click (headers, titles), or at once when `editNow` is set
// (a just-added header, its default name selected so typing replaces it). Enter or click-away
// commits, Esc cancels, and Enter while composing Chinese text is left to the input method.
import { useEffect, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';

export function InlineText({
  value,
  onCommit,
  className,
  placeholder,
  label,
  style,
  editNow = false,
  onEditEnd,
}: {
  value: string;
  onCommit: (value: string) => void;
  className?: string;
  placeholder?: string;
  label: string;
  style?: CSSProperties;
  editNow?: boolean;
  onEditEnd?: () => void;
}) {
  const [editing, setEditing] = useState<string | null>(editNow ? value : null);
  // Opens once each time `editNow` turns on (state adjusted during render, not in an effect).
  const [asked, setAsked] = useState(editNow);
  if (editNow !== asked) {
    setAsked(editNow);
    if (editNow) setEditing(value);
  }
  const input = useRef<HTMLInputElement>(null);
  const isEditing = editing !== null;
  // No autoFocus: the browser would scroll the clipped header layer to show the field; the
  // header layer pans the view instead (useRevealFocus).
  useEffect(() => {
    if (isEditing) input.current?.focus({ preventScroll: true });
  }, [isEditing]);
  const finish = (commit: boolean) => {
    if (editing !== null && commit && editing !== value) onCommit(editing);
    setEditing(null);
    onEditEnd?.();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    event.stopPropagation();
    if (event.nativeEvent.isComposing || event.keyCode === 229) return;
    if (event.key === 'Enter') finish(true);
    else if (event.key === 'Escape') finish(false);
  };
  if (editing === null) {
    return (
      <span className={className} style={style} title={value} onDoubleClick={(e) => (e.stopPropagation(), setEditing(value))}>
        {value || <span className="placeholder">{placeholder}</span>}
      </span>
    );
  }
  return (
    <input
      ref={input}
      className={`inline-input ${className ?? ''}`}
      aria-label={label}
      value={editing}
      onFocus={(e) => e.currentTarget.select()}
      onChange={(e) => setEditing(e.target.value)}
      onKeyDown={onKeyDown}
      onBlur={() => finish(true)}
      onPointerDown={(e) => e.stopPropagation()}
    />
  );
}
