// Confirm (delete something that holds cards), choice (the file changed on disk) and one-line
// text (a path label) dialogs.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { session, type Choice } from '../../state/session.ts';
import { Modal } from './Modal.tsx';

export function ConfirmDialog({ title, body, confirm, resolve }: { title: string; body: string; confirm: string; resolve: (ok: boolean) => void }) {
  const { t } = useTranslation();
  const answer = (ok: boolean) => {
    session.set({ dialog: null });
    resolve(ok);
  };
  return (
    <Modal label={title} onCancel={() => answer(false)} testId="confirm-dialog">
      <h2>{title}</h2>
      <p>{body}</p>
      <div className="modal__buttons">
        <span className="modal__spacer" />
        <button type="button" autoFocus onClick={() => answer(false)}>
          {t('common.cancel')}
        </button>
        <button type="button" className="is-danger" onClick={() => answer(true)}>
          {confirm}
        </button>
      </div>
    </Modal>
  );
}

export function TextDialog({ title, value, resolve }: { title: string; value: string; resolve: (value: string | null) => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(value);
  const answer = (result: string | null) => {
    session.set({ dialog: null });
    resolve(result);
  };
  return (
    <Modal label={title} onCancel={() => answer(null)} testId="text-dialog">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          answer(draft.trim());
        }}
      >
        <h2>{title}</h2>
        <input className="text-dialog__input" value={draft} autoFocus onChange={(e) => setDraft(e.target.value)} aria-label={title} />
        <div className="modal__buttons">
          <span className="modal__spacer" />
          <button type="button" onClick={() => answer(null)}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="is-primary">
            {t('common.ok')}
          </button>
        </div>
      </form>
    </Modal>
  );
}

export function ChoiceDialog({ title, body, choices, resolve }: { title: string; body: string; choices: Choice[]; resolve: (id: string | null) => void }) {
  const answer = (id: string | null) => {
    session.set({ dialog: null });
    resolve(id);
  };
  return (
    <Modal label={title} onCancel={() => answer(null)} testId="choice-dialog">
      <h2>{title}</h2>
      <p>{body}</p>
      <div className="modal__buttons">
        <span className="modal__spacer" />
        {choices.map((c) => (
          <button key={c.id} type="button" className={c.primary ? 'is-primary' : undefined} autoFocus={c.primary} onClick={() => answer(c.id)}>
            {c.label}
          </button>
        ))}
      </div>
    </Modal>
  );
}
