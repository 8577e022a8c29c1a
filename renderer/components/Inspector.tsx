// The panel for the selected cards: text and fields by kind (touchpoint channel and staff role,
// pain point severity), colour and tags for all. Several cards: colour and delete for all.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CARD_COLOUR_FILLS } from '../../shared/theme.ts';
import { TOUCHPOINT_CHANNELS, fieldsAllowed } from '../../shared/laneKinds.ts';
import { CARD_COLOURS, type Card, type CardColour } from '../../shared/model.ts';
import type { CardFields } from '../../shared/ops.ts';
import { colourSelection, deleteSelection } from '../actions/cardActions.ts';
import { editor, useEditorSnapshot } from '../state/editor.ts';
import { useSession } from '../state/session.ts';

const ROLES = ['phoneSales', 'guard', 'cleaner', 'salesConsultant', 'financeSpecialist', 'deliverySpecialist', 'serviceAdvisor', 'customerService'];

/** A text field that writes once, when it loses focus or on Enter (one history entry per edit). */
function Field(props: Parameters<typeof FieldInput>[0]) {
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
  const allowed = new Set(fieldsAllowed(kind));
  const set = (fields: CardFields) => editor.apply({ type: 'setCardFields', id: card.id, fields }, 'editCard');
  return (
    <>
      <p className="inspector__kind">
        {t(`laneKind.${kind}`)} · {doc.scenes[card.sceneId]?.title}
      </p>
      <Field label={t('inspector.text')} value={card.text} multiline testId="inspector-text" onCommit={(text) => editor.apply({ type: 'setCardText', id: card.id, text }, 'editCard')} />
      {allowed.has('channel') && (
        <label className="inspector__field">
          <span>{t('inspector.channel')}</span>
          <select data-testid="inspector-channel" value={card.channel ?? ''} onChange={(e) => set({ channel: e.target.value || undefined })}>
            <option value="">—</option>
            {card.channel && !TOUCHPOINT_CHANNELS.some((c) => t(`channels.${c}`) === card.channel) && <option value={card.channel}>{card.channel}</option>}
            {TOUCHPOINT_CHANNELS.map((c) => (
              <option key={c} value={t(`channels.${c}`)}>
                {t(`channels.${c}`)}
              </option>
            ))}
          </select>
        </label>
      )}
      {allowed.has('role') && (
        <>
          <Field label={t('inspector.role')} value={card.role ?? ''} list="staff-roles" testId="inspector-role" onCommit={(role) => set({ role: role.trim() || undefined })} />
          <datalist id="staff-roles">
            {ROLES.map((r) => (
              <option key={r} value={t(`roles.${r}`)} />
            ))}
          </datalist>
        </>
      )}
      {allowed.has('severity') && (
        <div className="inspector__field">
          <span>{t('inspector.severity')}</span>
          <div className="segmented" role="radiogroup" aria-label={t('inspector.severity')}>
            {([1, 2, 3] as const).map((level) => (
              <button key={level} type="button" role="radio" aria-checked={card.severity === level} onClick={() => set({ severity: card.severity === level ? undefined : level })}>
                {t(`severity.${level}`)}
              </button>
            ))}
          </div>
        </div>
      )}
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
    </aside>
  );
}
