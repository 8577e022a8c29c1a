// A text field of the inspector that writes once, when it loses focus or on Enter: one history
// entry per edit.
import { useState } from 'react';

/** A text field that writes once, when it loses focus or on Enter (one history entry per edit). */
export function Field(props: Parameters<typeof FieldInput>[0]) {
  // A new value from elsewhere (undo, the canvas) starts a fresh draft.
  return <FieldInput key={props.value} {...props} />;
}

function FieldInput({ label, value, onCommit, list, multiline, testId }: { label: string; value: string; onCommit: (v: string) => void; list?: string; multiline?: boolean; testId?: string }) {
  const [draft, setDraft] = useState(value);
  const commit = () => draft !== value && onCommit(draft);
  const props = {
    value: draft,
    'data-testid': testId,
    onChange: (e: { target: { value: string } }) => setDraft(e.target.value),
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
    </label>
  );
}
