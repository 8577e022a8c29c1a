// Text that becomes an input on double-click (headers, titles). Enter or click-away commits,
// Esc cancels, and Enter while composing Chinese text is left to the input method.
import { useState, type CSSProperties, type KeyboardEvent } from 'react';

export function InlineText({
  value,
  onCommit,
  className,
  placeholder,
  label,
  style,
}: {
  value: string;
  onCommit: (value: string) => void;
  className?: string;
  placeholder?: string;
  label: string;
  style?: CSSProperties;
}) {
  const [editing, setEditing] = useState<string | null>(null);
  const finish = (commit: boolean) => {
    if (editing !== null && commit && editing !== value) onCommit(editing);
    setEditing(null);
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
      className={`inline-input ${className ?? ''}`}
      aria-label={label}
      value={editing}
      autoFocus
      onFocus={(e) => e.currentTarget.select()}
      onChange={(e) => setEditing(e.target.value)}
      onKeyDown={onKeyDown}
      onBlur={() => finish(true)}
      onPointerDown={(e) => e.stopPropagation()}
    />
  );
}
