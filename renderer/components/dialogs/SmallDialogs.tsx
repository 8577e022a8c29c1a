// Confirm (delete something that holds cards), choice (the file changed on disk) and one-line
// text (a path label) dialogs.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTranslate, type Text } from '../../state/message.ts';
import { session, type Choice } from '../../state/session.ts';
import { Modal } from './Modal.tsx';

export function ConfirmDialog({ title: titleText, body, confirm, resolve }: { title: Text; body: Text; confirm: Text; resolve: (ok: boolean) => void }) {
  const { t } = useTranslation();
  const translate = useTranslate();
  const title = translate(titleText);
  const answer = (ok: boolean) => {
    session.set({ dialog: null });
    resolve(ok);
  };
  return (
    <Modal label={title} onCancel={() => answer(false)} testId="confirm-dialog">
      <h2>{title}</h2>
      <p>{translate(body)}</p>
      <div className="modal__buttons">
        <span className="modal__spacer" />
        <button type="button" autoFocus onClick={() => answer(false)}>
          {t('common.cancel')}
        </button>
        <button type="button" className="is-danger" onClick={() => answer(true)}>
          {translate(confirm)}
        </button>
      </div>
    </Modal>
  );
}

export function TextDialog({ title: titleText, value, resolve }: { title: Text; value: string; resolve: (value: string | null) => void }) {
  const { t } = useTranslation();
  const title = useTranslate()(titleText);
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

export function ChoiceDialog({ title: titleText, body, choices, resolve }: { title: Text; body: Text; choices: Choice[]; resolve: (id: string | null) => void }) {
  const translate = useTranslate();
  const title = translate(titleText);
  const answer = (id: string | null) => {
    session.set({ dialog: null });
    resolve(id);
  };
  return (
    <Modal label={title} onCancel={() => answer(null)} testId="choice-dialog">
      <h2>{title}</h2>
      <p>{translate(body)}</p>
      <div className="modal__buttons">
        <span className="modal__spacer" />
        {choices.map((c) => (
          <button key={c.id} type="button" className={c.primary ? 'is-primary' : undefined} autoFocus={c.primary} onClick={() => answer(c.id)}>
            {translate(c.label)}
          </button>
        ))}
      </div>
    </Modal>
  );
}
