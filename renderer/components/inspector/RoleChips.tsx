// The roles that carry out a service action, as chips: add one of the map's roles with a click,
// or type any name (Enter, a comma or leaving the field adds it); remove with × or Backspace.
// Backspace in the empty field first steps onto the last chip, a second Backspace removes it.
// Each change is one undo step. A name is cut at the schema's length, and the field takes no more
// names once the card has as many as the schema keeps (it says so).
import { useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addName, removeItem } from '../../../shared/listEdit.ts';
import { editor } from '../../state/editor.ts';
import { LIMITS, clip } from './limits.ts';

const NONE: readonly string[] = [];
/** How many of the map's roles are offered as one-click chips (the rest are in the field's list). */
const QUICK = 4;

export function RoleChips({ cardId, roles = NONE, mapRoles, write }: { cardId: string; roles?: readonly string[]; mapRoles: string[]; write: (roles: string[]) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const box = useRef<HTMLDivElement>(null);
  const focusNext = useRef<number | 'input' | null>(null);
  const noteId = useId();
  const full = roles.length >= LIMITS.roles;
  const current = () => editor.doc.cards[cardId]?.roles ?? NONE;
  const isChosen = (role: string) => roles.some((r) => r.toLocaleLowerCase() === role.toLocaleLowerCase());
  const offered = mapRoles.filter((role) => !isChosen(role));
  const presets = Object.values(t('roles', { returnObjects: true }) as Record<string, string>).filter((role) => !isChosen(role) && !offered.includes(role));

  useLayoutEffect(() => {
    const next = focusNext.current;
    focusNext.current = null;
    if (next === null) return;
    const chips = box.current?.querySelectorAll<HTMLElement>('.chip__remove');
    (next === 'input' || !chips?.[next] ? box.current?.querySelector<HTMLElement>('input') : chips[next])?.focus();
  });

  const save = (next: string[]) => write(next);
  const add = (name: string) => {
    setText('');
    if (current().length >= LIMITS.roles) return;
    const next = addName(current(), clip(name, LIMITS.role));
    if (next.length !== current().length) save(next);
  };
  const remove = (i: number) => {
    const list = current();
    // The focus moves on to the next chip, or back to the field after the last one.
    focusNext.current = i < list.length - 1 ? i : 'input';
    save(removeItem(list, i));
  };

  const onInputKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing || event.keyCode === 229) return;
    if (event.key === 'Enter' || ((event.key === ',' || event.key === '，') && text.trim())) {
      event.preventDefault();
      add(text);
    } else if (event.key === 'Backspace' && text === '' && roles.length > 0) {
      event.preventDefault();
      box.current?.querySelectorAll<HTMLElement>('.chip__remove')[roles.length - 1]?.focus();
    }
  };
  const onChipKey = (event: KeyboardEvent<HTMLButtonElement>, i: number) => {
    // Backspace and Delete remove the role, never the selected card behind it.
    if (event.key === 'Backspace' || event.key === 'Delete') {
      event.preventDefault();
      event.stopPropagation();
      remove(i);
    }
  };

  return (
    <div className="roles" ref={box}>
      {roles.length > 0 && (
        <ul className="chips" aria-label={t('serviceAction.roles')}>
          {roles.map((role, i) => (
            <li key={`${i}:${role}`} className="chip" data-testid="role-chip">
              <span>{role}</span>
              <button type="button" className="chip__remove" aria-label={t('serviceAction.removeRole', { role })} title={t('serviceAction.removeRole', { role })} onClick={() => remove(i)} onKeyDown={(e) => onChipKey(e, i)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <input
        className="roles__input"
        value={text}
        list={full ? undefined : `roles-${cardId}`}
        maxLength={LIMITS.role}
        // Full, it still takes the focus: Backspace steps back onto the chips from here.
        readOnly={full}
        placeholder={full ? t('limits.roles', { max: LIMITS.roles }) : t('serviceAction.addRole')}
        aria-label={t('serviceAction.addRole')}
        aria-describedby={full ? noteId : undefined}
        data-testid="role-input"
        onChange={(e) => {
          // A pick from the list adds at once; typing waits for Enter.
          if ((e.nativeEvent as InputEvent).inputType === 'insertReplacementText' || !(e.nativeEvent instanceof InputEvent)) add(e.target.value);
          else setText(clip(e.target.value, LIMITS.role));
        }}
        onKeyDown={onInputKey}
        onBlur={() => text.trim() && add(text)}
      />
      <datalist id={`roles-${cardId}`}>
        {[...offered, ...presets].map((role) => (
          <option key={role} value={role} />
        ))}
      </datalist>
      {full ? (
        <p className="sa-hint" id={noteId} data-testid="roles-full">
          {t('limits.roles', { max: LIMITS.roles })}
        </p>
      ) : (
        text.length >= LIMITS.role && (
          <p className="sa-hint" role="status" data-testid="role-note">
            {t('limits.chars', { max: LIMITS.role })}
          </p>
        )
      )}
      {!full && offered.length > 0 && (
        <div className="quick-picks" aria-label={t('serviceAction.mapRoles')} role="group">
          {offered.slice(0, QUICK).map((role) => (
            <button key={role} type="button" className="quick-pick" onClick={() => add(role)} aria-label={t('serviceAction.addThisRole', { role })}>
              + {role}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
