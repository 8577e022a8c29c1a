// The panel for the selected cards: text, the fields of the card's lane kind (renderer/laneKinds),
// colour and tags for all. Several cards: colour and delete for all.
import { CardComments } from './comments/CardComments.tsx';
import { useTranslation } from 'react-i18next';
import { CARD_COLOUR_FILLS } from '../../shared/theme.ts';
import { CARD_COLOURS, type Card, type CardColour } from '../../shared/model.ts';
import type { CardFields } from '../../shared/ops.ts';
import { colourSelection, deleteSelection } from '../actions/cardActions.ts';
import { editor, useEditorSnapshot } from '../state/editor.ts';
import { useSession } from '../state/session.ts';
import { laneKindView } from '../laneKinds.tsx';
import { AddressedBy } from './inspector/Addresses.tsx';
import { CardImagesField } from './inspector/CardImagesField.tsx';
import { Field } from './inspector/Field.tsx';

function Colours({ value }: { value: CardColour | undefined | 'mixed' }) {
  const { t } = useTranslation();
  return (
    <div className="inspector__field">
      <span>{t('inspector.colour')}</span>
      <div className="swatches" role="radiogroup" aria-label={t('inspector.colour')}>
        <button type="button" role="radio" aria-checked={value === undefined} className="swatch swatch--none" title={t('inspector.laneColour')} onClick={() => colourSelection(undefined)} />
        {CARD_COLOURS.map((colour) => (
          <button
            key={colour}
            type="button"
            role="radio"
            aria-checked={value === colour}
            aria-label={t(`colours.${colour}`)}
            title={t(`colours.${colour}`)}
            className="swatch"
            style={{ background: CARD_COLOUR_FILLS[colour] }}
            onClick={() => colourSelection(colour)}
          />
        ))}
      </div>
    </div>
  );
}

function SingleCard({ card }: { card: Card }) {
  const { t } = useTranslation();
  const { doc } = useEditorSnapshot();
  const kind = doc.lanes[card.laneId]?.kind ?? 'text';
  const KindFields = laneKindView(kind).inspector;
  const set = (fields: CardFields) => editor.apply({ type: 'setCardFields', id: card.id, fields }, 'editCard');
  return (
    <>
      <p className="inspector__kind">
        {t(`laneKind.${kind}`)} · {doc.scenes[card.sceneId]?.title}
      </p>
      <Field label={t('inspector.text')} value={card.text} multiline testId="inspector-text" onCommit={(text) => editor.apply({ type: 'setCardText', id: card.id, text }, 'editCard')} />
      {KindFields && <KindFields card={card} set={set} />}
      <CardImagesField card={card} storyboard={kind === 'images'} />
      <AddressedBy card={card} />
      <Colours value={card.colour} />
      <Field
        label={t('inspector.tags')}
        value={(card.tags ?? []).join(', ')}
        testId="inspector-tags"
        onCommit={(value) => {
          const tags = [...new Set(value.split(/[,，]/).map((tag) => tag.trim()).filter(Boolean))];
          set({ tags: tags.length > 0 ? tags : undefined });
        }}
      />
    </>
  );
}

export function Inspector() {
  const { t } = useTranslation();
  const { doc } = useEditorSnapshot();
  const selection = useSession((s) => s.selection).filter((id) => doc.cards[id]);
  if (selection.length === 0) return null;
  const cards = selection.map((id) => doc.cards[id] as Card);
  const colours = new Set(cards.map((c) => c.colour));
  return (
    <aside className="inspector" aria-label={t('inspector.label')} data-testid="inspector">
      <h2>{selection.length === 1 ? t('inspector.card') : t('inspector.cards', { count: selection.length })}</h2>
      {cards.length === 1 ? <SingleCard key={cards[0]!.id} card={cards[0]!} /> : <Colours value={colours.size === 1 ? [...colours][0] : 'mixed'} />}
      <button type="button" className="inspector__delete" onClick={deleteSelection}>
        {selection.length === 1 ? t('inspector.deleteCard') : t('inspector.deleteCards', { count: selection.length })}
      </button>
      {cards.length === 1 && <CardComments cardId={cards[0]!.id} />}
    </aside>
  );
}
