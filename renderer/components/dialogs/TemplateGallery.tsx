// "New from template": every shipped template as a card with its name, one line on what it
// shows and a preview of its first stages. Picking one makes the new map (after the usual
// question about unsaved changes).
import { useTranslation } from 'react-i18next';
import { TEMPLATES, type TemplateName } from '../../../shared/api.ts';
import { newDocument } from '../../actions/documentActions.ts';
import { currentLocale } from '../../i18n.ts';
import { session } from '../../state/session.ts';
import { templatePreview } from '../templatePreview.ts';
import { Modal } from './Modal.tsx';

/** The templates as cards; `names` picks some (the start screen leaves out the blank map, which has its own tile). */
export function TemplateCards({ onPick, names = TEMPLATES, className = '' }: { onPick: (name: TemplateName) => void; names?: readonly TemplateName[]; className?: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <ul className={`template-gallery ${className}`.trim()} aria-label={t('templates.title')}>
      {names.map((name) => (
        <li key={name}>
          <button type="button" className="template-card" data-testid={`template-${name}`} onClick={() => onPick(name)}>
            <span className="template-card__preview">
              <img src={templatePreview(name, locale)} alt="" draggable={false} />
            </span>
            <span className="template-card__name">{t(`templates.names.${name}`)}</span>
            <span className="template-card__hint">{t(`templates.hints.${name}`)}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

export function TemplateGallery() {
  const { t } = useTranslation();
  const close = () => session.set({ dialog: null });
  const pick = (name: TemplateName) => {
    close();
    void newDocument(name);
  };
  return (
    <Modal label={t('templates.title')} onCancel={close} testId="template-gallery">
      <div className="template-dialog">
        <header className="template-dialog__head">
          <h2>{t('templates.title')}</h2>
          <button type="button" onClick={close}>
            {t('templates.close')}
          </button>
        </header>
        <p className="template-dialog__hint">{t('templates.hint')}</p>
        <TemplateCards onPick={pick} />
      </div>
    </Modal>
  );
}
