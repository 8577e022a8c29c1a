import { useTranslation } from 'react-i18next';
import { fileNameOf, session, type UnsavedAnswer } from '../../state/session.ts';
import { Modal } from './Modal.tsx';

export function UnsavedDialog({ path, resolve }: { path: string | null; resolve: (answer: UnsavedAnswer) => void }) {
  const { t } = useTranslation();
  const fileName = fileNameOf(path, t('app.untitled'));
  const answer = (value: UnsavedAnswer) => {
    session.set({ dialog: null });
    resolve(value);
  };
  return (
    <Modal label={t('unsaved.title')} onCancel={() => answer('cancel')} testId="unsaved-dialog">
      <h2>{t('unsaved.title')}</h2>
      <p>{t('unsaved.body', { name: fileName })}</p>
      <div className="modal__buttons">
        <button type="button" onClick={() => answer('discard')}>
          {t('unsaved.discard')}
        </button>
        <span className="modal__spacer" />
        <button type="button" onClick={() => answer('cancel')}>
          {t('common.cancel')}
        </button>
        <button type="button" className="is-primary" autoFocus onClick={() => answer('save')}>
          {t('unsaved.save')}
        </button>
      </div>
    </Modal>
  );
}
