// A card in a cell. Double-click or Enter edits it in place. In the editor: Enter commits and
// starts the next card below, Tab the next card in the next scene, Ctrl/Cmd+Enter or a click
// elsewhere just commits, Esc cancels; a new card left empty disappears without a trace.
// Enter while composing Chinese text belongs to the input method.
import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { memo, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { cardAccentVariable, cardFillVariable, type MetaPart } from '../../../shared/cardStyle.ts';
import { META_TONES, type MetaTone } from '../../../shared/theme.ts';
import type { CardBox } from '../../../shared/layout.ts';
import type { Card, LaneKind } from '../../../shared/model.ts';
import { CardPicture, CardThumbs } from './CardImages.tsx';
import { createNextTo, startEditing } from '../../actions/cardActions.ts';
import { editor } from '../../state/editor.ts';
import { useFindMark } from '../../state/find.ts';
import { session } from '../../state/session.ts';
import { useCanvasStore } from './canvasStore.ts';
import { passesMapFilter } from '../../../shared/painBoard.ts';
import { usePainBoard } from '../../state/painBoard.ts';
import { localToday } from '../../today.ts';

/**
 * `meta`: the rows under the text, as the layout laid them out (shared/cardStyle.ts). `gap`: a
 * severe pain point no opportunity addresses (shared/gaps.ts), marked on its corner.
 */
export type CardNodeData = {
  card: Card;
  kind: LaneKind;
  editing: boolean;
  path: boolean;
  meta: MetaPart[][];
  gap?: boolean;
  picture: CardBox['picture'];
  thumbs: CardBox['thumbs'];
  /** open review threads on the card */
  comments: number;
};
export type CardNodeType = Node<CardNodeData, 'card'>;

type Finish = 'cancel' | 'commit' | 'next-below' | 'next-scene' | 'previous-scene';

function finishEditing(card: Card, value: string, how: Finish): void {
  const isNew = session.get().newCardId === card.id;
  session.set({ editingCardId: null, newCardId: null });
  const text = how === 'cancel' ? card.text : value;
  if (isNew && text.trim() === '') {
    // Nothing was written into the new card: take its creation back.
    editor.revertLast();
    session.set({ selection: [] });
    return;
  }
  if (text !== card.text) editor.apply({ type: 'setCardText', id: card.id, text }, 'editCard');
  if (how === 'next-below') createNextTo(card.id, 'same');
  else if (how === 'next-scene') createNextTo(card.id, 'next');
  else if (how === 'previous-scene') createNextTo(card.id, 'previous');
  else requestAnimationFrame(() => document.querySelector<HTMLElement>(`.react-flow__node[data-id="${card.id}"]`)?.focus());
}

function CardEditor({ card }: { card: Card }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(card.text);
  const finished = useRef(false);
  const finish = (how: Finish) => {
    if (finished.current) return;
    finished.current = true;
    finishEditing(card, value, how);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    event.stopPropagation();
    if (event.nativeEvent.isComposing || event.keyCode === 229) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      finish('cancel');
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      finish('commit');
    } else if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      finish(value.trim() ? 'next-below' : 'commit');
    } else if (event.key === 'Tab') {
      event.preventDefault();
      finish(event.shiftKey ? 'previous-scene' : 'next-scene');
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
      onBlur={() => finish('commit')}
    />
  );
}

function CardNodeView({ data, selected }: NodeProps<CardNodeType>) {
  const { t } = useTranslation();
  const { card, kind, editing, path, meta, gap, picture, thumbs, comments } = data;
  // What a part means, for a pointer resting on it (its words are short: dots, ◆, 2/5).
  const partTitle = (tone: MetaTone): string | undefined =>
    tone === 'score' ? t('opportunity.scoreTitle') : tone === 'rank' ? t('opportunity.rankTitle') : tone === 'severity' ? t('card.severity', { level: card.severity }) : tone === 'series' ? t('serviceAction.seriesTitle') : tone === 'overdue' ? t('loop.overdue') : tone === 'loop' ? t('loop.title') : undefined;
  const found = useFindMark(`card:${card.id}`);
  // The map's filter of pain points (toolbar): the others stay in place, dimmed.
  const dimmed = usePainBoard((s) => kind === 'painpoints' && s.mapFilter !== 'all' && !passesMapFilter(card, s.mapFilter, localToday()));
  const linkTarget = useCanvasStore((s) => s.linkTarget === card.id);
  const imageTarget = useCanvasStore((s) => s.imageTarget === card.id);
  // The theme's tokens (shared/theme.ts, set on the page's root), which the export draws with too.
  const colours = { '--card-bg': cardFillVariable(card, kind), '--lane-colour': cardAccentVariable(kind) } as CSSProperties;
  return (
    <>
    {/* Outside the card's box (which clips), on its corner: it never covers the text. */}
    {gap && (
      <span className="card-gap" role="img" aria-label={t('gaps.badge')} title={t('gaps.badge')} data-testid="gap-badge">
        !
      </span>
    )}
    {comments > 0 && (
      <span className="comment-badge" role="img" aria-label={t('comments.badge', { count: comments })} title={t('comments.badge', { count: comments })} data-testid="comment-badge">
        {comments}
      </span>
    )}
    <div
      className={`card card--${kind}${selected ? ' is-selected' : ''}${linkTarget ? ' is-link-target' : ''}${imageTarget ? ' is-image-target' : ''}${found ? ` is-found is-found--${found}` : ''}${dimmed ? ' is-dimmed' : ''}`}
      style={colours}
      data-testid="card"
      data-card-id={card.id}
      onDoubleClick={(e) => {
        e.stopPropagation();
        startEditing(card.id);
      }}
    >
      {/* Where links end; links are dropped anywhere on the card, so it is not shown and starts nothing. */}
      {path && <Handle type="target" position={Position.Left} className="path-handle path-handle--target" isConnectableStart={false} />}
      {picture && <CardPicture picture={picture} caption={card.text} />}
      {editing ? (
        <CardEditor card={card} />
      ) : (
        <>
          <div className="card__text">{card.text || <span className="card__placeholder">{t('card.empty')}</span>}</div>
          {meta.map((row, i) => (
            <div key={i} className="card__meta">
              {row.map((part, j) => (
                <span key={j} className={part.tone} style={{ color: `var(--meta-${part.tone})`, fontWeight: META_TONES[part.tone].bold ? 600 : undefined }} title={partTitle(part.tone)}>
                  {part.text}
                </span>
              ))}
            </div>
          ))}
        </>
      )}
      {thumbs && <CardThumbs cardId={card.id} thumbs={thumbs} />}
      {path && <Handle type="source" position={Position.Right} className="path-handle" title={t('path.handle')} aria-label={t('path.handle')} />}
    </div>
    </>
  );
}

// What the view draws comes from data and selected only; React Flow's other props (the position
// among them) change whenever a card moves, which needs no new content.
export const CardNode = memo(CardNodeView, (before, after) => before.data === after.data && before.selected === after.selected);
