// One section of the viewer's side panel: its title, a close button, what it shows.
import type { ReactNode } from 'react';

interface Props {
  title: string;
  closeLabel: string;
  onClose: () => void;
  testId: string;
  className?: string;
  children: ReactNode;
}

export function PanelSection({ title, closeLabel, onClose, testId, className, children }: Props) {
  return (
    <section className={`viewer-panel__section${className ? ` ${className}` : ''}`} aria-label={title} data-testid={testId}>
      <header className="viewer-panel__head">
        <h2>{title}</h2>
        <button type="button" className="viewer-panel__close" onClick={onClose} aria-label={closeLabel} title={closeLabel}>
          ×
        </button>
      </header>
      {children}
    </section>
  );
}
