// Errors and warnings stay on screen until dismissed: nothing important disappears by itself.
import { useTranslation } from 'react-i18next';
import { useTranslate } from '../state/message.ts';
import { session, useSession } from '../state/session.ts';

export function NoticeBar() {
  const { t } = useTranslation();
  const translate = useTranslate();
  const notice = useSession((s) => s.notice);
  if (!notice) return null;
  return (
    <div className={`notice notice--${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'} data-testid="notice">
      <div className="notice__text">{translate(notice.message)}</div>
      {notice.details && notice.details.length > 0 && (
        <details className="notice__details">
          <summary>{t('notice.details')}</summary>
          <ul>
            {notice.details.slice(0, 50).map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </details>
      )}
      <button type="button" className="notice__close" onClick={() => session.set({ notice: null })} aria-label={t('notice.dismiss')}>
        ×
      </button>
    </div>
  );
}
