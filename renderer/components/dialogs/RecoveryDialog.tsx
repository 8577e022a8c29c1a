// After a crash or a kill: the unsaved maps found in the recovery store, each with its name,
// file and time, to restore or discard. "Decide later" keeps them on the start screen.
import { useTranslation } from 'react-i18next';
import { restoreDraft, showError } from '../../actions/documentActions.ts';
import { discardDraft } from '../../actions/recovery.ts';
import { currentLocale } from '../../i18n.ts';
import { fileNameOf, session, useSession } from '../../state/session.ts';
import { Modal } from './Modal.tsx';

export function RecoveryDialog() {
  const { t } = useTranslation();
  const drafts = useSession((s) => s.drafts);
  const close = () => session.set({ dialog: null });
  const time = new Intl.DateTimeFormat(currentLocale(), { dateStyle: 'medium', timeStyle: 'short' });

  const restore = (id: string) => {
    close();
    void restoreDraft(id);
  };
  const discard = async (id: string) => {
    try {
      await discardDraft(id);
    } catch (error) {
      showError(error);
      return;
    }
    if (session.get().drafts.length === 0) close();
  };

  return (
    <Modal label={t('recovery.title')} onCancel={close} testId="recovery-dialog">
      <h2>{t('recovery.title')}</h2>
      <p>{t('recovery.body', { count: drafts.length })}</p>
      <ul className="recovery-list">
        {drafts.map((draft, index) => (
          <li key={draft.id} className="recovery-list__item" data-testid="recovery-item">
            <div className="recovery-list__text">
              <strong>{draft.title || fileNameOf(draft.path, t('app.untitled'))}</strong>
              <span>
                {draft.path ? fileNameOf(draft.path, '') : t('recovery.neverSaved')} · {time.format(new Date(draft.savedAt))} · {t('recovery.cards', { count: draft.cards })}
              </span>
            </div>
            <button type="button" onClick={() => void discard(draft.id)}>
              {t('recovery.discard')}
            </button>
            <button type="button" className="is-primary" autoFocus={index === 0} onClick={() => restore(draft.id)}>
              {t('recovery.restore')}
            </button>
          </li>
        ))}
      </ul>
      <div className="modal__buttons">
        <span className="modal__spacer" />
        <button type="button" onClick={close}>
          {t('recovery.later')}
        </button>
      </div>
    </Modal>
  );
}
