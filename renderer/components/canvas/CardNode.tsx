// A card in a cell. Double-click or Enter edits it in place; the editor is IME-safe, so
// Enter while composing Chinese text picks a candidate instead of committing.
import type { Node, NodeProps } from '@xyflow/react';
import { memo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Card, LaneKind } from '../../../shared/model.ts';
import { editor } from '../../state/editor.ts';
import { session } from '../../state/session.ts';

export type CardNodeData = { card: Card; kind: LaneKind; editing: boolean };
export type CardNodeType = Node<CardNodeData, 'card'>;

export function startEditing(cardId: string): void {
  session.set({ editingCardId: cardId, selection: [cardId] });
}

function stopEditing(): void {
  session.set({ editingCardId: null });
}

function CardEditor({ card }: { card: Card }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(card.text);
  const finished = useRef(false);

  const finish = (commit: boolean) => {
    if (finished.current) return;
    finished.current = true;
    stopEditing();
    if (commit && value !== card.text) editor.apply({ type: 'setCardText', id: card.id, text: value }, 'editCard');
    // Give the keyboard back to the canvas so Enter/arrows keep working on the selection.
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-id="${card.id}"]`)?.focus());
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    event.stopPropagation();
    if (event.nativeEvent.isComposing || event.keyCode === 229) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      finish(false);
    } else if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      finish(true);
    }
  };

  return (
    <textarea
      className="card__editor nodrag nowheel nopan"
      aria-label={t('card.editLabel')}
      value={value}
      autoFocus
      onFocus={(e) => e.currentTarget.select()}
      onChange={(e) => setValue(e.target.value)}
      onKeyDown={onKeyDown}
      onBlur={() => finish(true)}
    />
  );
}

function CardNodeView({ data, selected }: NodeProps<CardNodeType>) {
  const { t } = useTranslation();
  const { card, kind, editing } = data;
  const meta = [card.channel, card.role].filter(Boolean).join(' · ');
  return (
    <div
      className={`card card--${kind}${card.colour ? ` card--colour-${card.colour}` : ''}${selected ? ' is-selected' : ''}`}
      data-testid="card"
      data-card-id={card.id}
      onDoubleClick={() => startEditing(card.id)}
    >
      {editing ? (
        <CardEditor card={card} />
      ) : (
        <>
          <div className="card__text">{card.text || <span className="card__placeholder">{t('card.empty')}</span>}</div>
          {(meta || card.severity) && (
            <div className="card__meta">
              {card.severity && (
                <span className={`severity severity--${card.severity}`} title={t('card.severity', { level: card.severity })}>
                  {'●'.repeat(card.severity)}
                </span>
              )}
              <span>{meta}</span>
            </div>
          )}
        </>
      )}
    </div>
  );
}

export const CardNode = memo(CardNodeView);
