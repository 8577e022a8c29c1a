// The persona editor: the map's personas in their order (drag one, or Alt+↑/↓ on it, to move
// it), and the chosen one's name, description, goals and quote, whether the title block shows
// it, and the curves that draw its feelings. A place is kept for its photo (images come later).
// Every field writes once, when it loses focus: one history entry per edit.
import { useState, type DragEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Persona } from '../../../shared/model.ts';
import { MAX_TITLE_PERSONAS, PERSONA_LIMITS, curvesOfPersona, personasInOrder, titlePersonaIds } from '../../../shared/personas.ts';
import { addPersona, closePersonas, deletePersona, movePersona, setInTitleBlock } from '../../actions/personaActions.ts';
import { editor, useEditorSnapshot } from '../../state/editor.ts';
import { personasDialog, usePersonasDialog } from '../../state/personasDialog.ts';
import { Field } from '../inspector/Field.tsx';
import { Modal } from './Modal.tsx';
import { useTranslate, type Message } from '../../state/message.ts';
import { addImages } from '../../images/addImage.ts';
import { ChooseImageButton } from '../../images/ChooseImageButton.tsx';
import { setPersonaPhoto } from '../../images/imageActions.ts';
import { PreviewImage } from '../../images/PreviewImage.tsx';
import '../personas.css';
import './listDialog.css';

/** The initials the photo's place shows until a persona has a photo: "LW", "李". */
function initials(name: string): string {
  const words = name.trim().split(/[\s,，]+/u).filter(Boolean);
  if (words.length === 0) return '?';
  const first = [...(words[0] as string)][0] ?? '';
  // A Chinese name: its first character (the family name) says enough.
  if (/\p{Script=Han}/u.test(first)) return first;
  const second = words[1] && /^\p{L}/u.test(words[1]) ? ([...words[1]][0] ?? '') : '';
  return (first + second).toUpperCase();
}

function PersonaList({ personas, selected, shown }: { personas: Persona[]; selected: string | null; shown: Set<string> }) {
  const { t } = useTranslation();
  const [dragging, setDragging] = useState<string | null>(null);
  const [over, setOver] = useState<number | null>(null);
  const focusItem = (id: string) => requestAnimationFrame(() => document.querySelector<HTMLElement>(`.persona-list [data-persona-id="${CSS.escape(id)}"] .persona-list__item`)?.focus());
  const onKeyDown = (event: KeyboardEvent, persona: Persona, index: number) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) {
      if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
        const next = personas[index + (event.key === 'ArrowUp' ? -1 : 1)];
        if (next) {
          event.preventDefault();
          personasDialog.set({ personaId: next.id });
          focusItem(next.id);
        }
      }
      return;
    }
    event.preventDefault();
    movePersona(persona.id, index + (event.key === 'ArrowUp' ? -1 : 1));
    focusItem(persona.id);
  };
  // Dropped on the upper half of an item: before it; on the lower half: after it.
  const dropIndex = (event: DragEvent<HTMLElement>, index: number) => {
    const box = event.currentTarget.getBoundingClientRect();
    return event.clientY < box.top + box.height / 2 ? index : index + 1;
  };
  const drop = (event: DragEvent<HTMLElement>, index: number) => {
    event.preventDefault();
    const id = dragging ?? event.dataTransfer.getData('text/x-persona');
    setDragging(null);
    setOver(null);
    const from = personas.findIndex((p) => p.id === id);
    if (from < 0) return;
    const target = dropIndex(event, index);
    // Among the others, the place before `target` shifts by one when the persona came from above.
    movePersona(id, target > from ? target - 1 : target);
  };
  return (
    <ol className="persona-list list-dialog__list" aria-label={t('personas.list')} data-testid="persona-list">
      {personas.map((persona, index) => (
        <li
          key={persona.id}
          data-persona-id={persona.id}
          className={[persona.id === selected ? 'is-selected' : '', over === index ? 'is-drop-target' : '', dragging === persona.id ? 'is-dragging' : ''].filter(Boolean).join(' ')}
          draggable
          onDragStart={(e) => {
            setDragging(persona.id);
            e.dataTransfer.effectAllowed = 'move';
            e.dataTransfer.setData('text/x-persona', persona.id);
          }}
          onDragEnd={() => (setDragging(null), setOver(null))}
          onDragOver={(e) => {
            e.preventDefault();
            e.dataTransfer.dropEffect = 'move';
            setOver(index);
          }}
          onDrop={(e) => drop(e, index)}
        >
          <span className="persona-list__grip" aria-hidden="true">
            ⋮⋮
          </span>
          <button
            type="button"
            className="persona-list__item"
            aria-current={persona.id === selected ? 'true' : undefined}
            aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
            title={t('personas.moveHint')}
            onClick={() => personasDialog.set({ personaId: persona.id })}
            onKeyDown={(e) => onKeyDown(e, persona, index)}
          >
            <span className="persona-list__name">{persona.name || t('personas.unnamed')}</span>
            {shown.has(persona.id) && <span className="persona-list__badge">{t('personas.inTitle')}</span>}
          </button>
        </li>
      ))}
    </ol>
  );
}

/** Deletes a persona; the focus, whose button went with it, moves to the persona shown next. */
async function removePersona(id: string) {
  await deletePersona(id);
  requestAnimationFrame(() => document.querySelector<HTMLElement>('.persona-list__item[aria-current="true"], [data-testid="persona-add"]')?.focus());
}

function PersonaEditor({ persona, index, count, shown, shownCount }: { persona: Persona; index: number; count: number; shown: boolean; shownCount: number }) {
  const { t } = useTranslation();
  const { doc } = useEditorSnapshot();
  const curves = curvesOfPersona(doc, persona.id);
  // Said here: the notice bar is behind the dialog.
  const [refusal, setRefusal] = useState<Message | null>(null);
  const translate = useTranslate();
  const update = (fields: Partial<Pick<Persona, 'name' | 'description' | 'goals' | 'quote'>>) => editor.apply({ type: 'updatePersona', id: persona.id, fields }, 'updatePersona');
  // An emptied goal or quote is no goal or quote at all.
  const optional = (value: string) => (value.trim() ? value : undefined);
  // The file keeps at most this many personas in the title block.
  const full = shownCount >= MAX_TITLE_PERSONAS;
  return (
    <div className="persona-editor" data-testid="persona-editor" data-persona-id={persona.id}>
      <div className="persona-editor__head">
        <div className="persona-editor__photo">
          {persona.photo ? (
            <PreviewImage id={persona.photo} alt={t('images.photoOf', { name: persona.name })} className="persona-photo persona-photo--image" />
          ) : (
            <div className="persona-photo" data-testid="persona-photo" aria-hidden="true">
              {initials(persona.name)}
            </div>
          )}
          <ChooseImageButton
            className="persona-photo__choose"
            testId="persona-photo-input"
            onFiles={(files) => {
              setRefusal(null);
              void addImages(files, setRefusal).then(([id]) => id && setPersonaPhoto(persona.id, id));
            }}
          >
            {persona.photo ? t('images.changePhoto') : t('images.choosePhoto')}
          </ChooseImageButton>
          {persona.photo && (
            <button type="button" className="persona-photo__remove" onClick={() => setPersonaPhoto(persona.id, undefined)}>
              {t('images.removePhoto')}
            </button>
          )}
        </div>
        <Field label={t('personas.name')} value={persona.name} maxLength={PERSONA_LIMITS.name} testId="persona-name" onCommit={(name) => update({ name })} />
      </div>
      {refusal && (
        <p className="persona-photo__refusal" role="alert" data-testid="persona-photo-refusal">
          {translate(refusal)}
        </p>
      )}
      <Field label={t('personas.description')} value={persona.description} multiline maxLength={PERSONA_LIMITS.description} testId="persona-description" onCommit={(description) => update({ description })} />
      <Field label={t('personas.goals')} value={persona.goals ?? ''} multiline maxLength={PERSONA_LIMITS.goals} testId="persona-goals" onCommit={(goals) => update({ goals: optional(goals) })} />
      <Field label={t('personas.quote')} value={persona.quote ?? ''} multiline maxLength={PERSONA_LIMITS.quote} testId="persona-quote" placeholder={t('personas.quotePlaceholder')} onCommit={(quote) => update({ quote: optional(quote) })} />
      <label className="panel-check" title={shown && shownCount === 1 ? t('personas.lastInTitle') : !shown && full ? t('personas.titleFull', { max: MAX_TITLE_PERSONAS }) : undefined}>
        <input
          type="checkbox"
          data-testid="persona-in-title"
          checked={shown}
          disabled={(shown && shownCount === 1) || (!shown && full)}
          onChange={(e) => setInTitleBlock(persona.id, e.target.checked)}
        />
        {t('personas.showInTitle')}
      </label>
      <p className="persona-editor__curves" data-testid="persona-curves">
        {curves.length === 0 ? t('personas.noCurves') : t('personas.curves', { names: curves.map((c) => `“${c.name}”`).join(t('personas.listSeparator')) })}
      </p>
      <div className="persona-editor__actions">
        <button type="button" disabled={index === 0} onClick={() => movePersona(persona.id, index - 1)}>
          ↑ {t('personas.moveUp')}
        </button>
        <button type="button" disabled={index === count - 1} onClick={() => movePersona(persona.id, index + 1)}>
          ↓ {t('personas.moveDown')}
        </button>
        <span className="modal__spacer" />
        <button type="button" className="is-danger" data-testid="persona-delete" onClick={() => void removePersona(persona.id)}>
          {t('personas.delete')}
        </button>
      </div>
    </div>
  );
}

export function PersonasDialog() {
  const { t } = useTranslation();
  const { doc } = useEditorSnapshot();
  const chosen = usePersonasDialog((s) => s.personaId);
  const personas = personasInOrder(doc);
  const selected = (chosen && doc.personas[chosen] ? chosen : personas[0]?.id) ?? null;
  const shown = new Set(titlePersonaIds(doc));
  const index = personas.findIndex((p) => p.id === selected);
  const persona = personas[index];
  return (
    <Modal label={t('personas.title')} onCancel={closePersonas} testId="personas-dialog">
      <div className="personas-dialog">
        <h2>{t('personas.title')}</h2>
        <div className="list-dialog__body">
          <div className="list-dialog__side">
            <PersonaList personas={personas} selected={selected} shown={shown} />
            <button type="button" data-testid="persona-add" onClick={() => addPersona()}>
              + {t('personas.add')}
            </button>
          </div>
          {persona ? (
            <PersonaEditor key={persona.id} persona={persona} index={index} count={personas.length} shown={shown.has(persona.id)} shownCount={shown.size} />
          ) : (
            <p className="panel-empty">{t('personas.none')}</p>
          )}
        </div>
        <div className="modal__buttons">
          <span className="modal__spacer" />
          <button type="button" className="is-primary" onClick={closePersonas}>
            {t('personas.close')}
          </button>
        </div>
      </div>
    </Modal>
  );
}
