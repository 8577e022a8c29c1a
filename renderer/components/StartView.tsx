// The first screen: start a map, open one, or pick up a recent file.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TEMPLATES, type RecentFile } from '../../shared/api.ts';
import { newDocument, openDocument, showError } from '../actions/documentActions.ts';
import { call } from '../platform/platform.ts';
import { session, useSession } from '../state/session.ts';
import { TemplateCards } from './dialogs/TemplateGallery.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';

/** The small picture a map file keeps of itself (made at its last save); an empty frame without one. */
function RecentThumbnail({ path }: { path: string }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    // A file without one (older, or not saved by this version) simply shows the empty frame.
    call('recent:thumbnail', { path }).then(
      (thumbnail) => live && setSrc(thumbnail ? `data:image/png;base64,${thumbnail.png}` : null),
      () => live && setSrc(null),
    );
    return () => {
      live = false;
    };
  }, [path]);
  return <span className="recent__thumb" data-testid="recent-thumbnail" data-status={src ? 'ready' : 'none'}>{src && <img src={src} alt="" draggable={false} />}</span>;
}

function RecentList() {
  const { t, i18n } = useTranslation();
  const [recent, setRecent] = useState<RecentFile[] | null>(null);

  useEffect(() => {
    call('recent:list', {}).then(setRecent, (error: unknown) => {
      setRecent([]);
      showError(error);
    });
  }, []);

  const remove = (path: string) => call('recent:remove', { path }).then(setRecent, showError);
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });

  if (recent === null) return null;
  if (recent.length === 0) return <p className="start__empty">{t('start.noRecent')}</p>;
  return (
    <ul className="recent" aria-label={t('start.recent')}>
      {recent.map((file) => (
        <li key={file.path} className={file.exists ? '' : 'is-missing'}>
          <button
            type="button"
            className="recent__open"
            disabled={!file.exists}
            onClick={() => void openDocument(file.path)}
            title={file.path}
          >
            {file.exists && <RecentThumbnail path={file.path} />}
            <span className="recent__title">{file.title}</span>
            <span className="recent__path">{file.path}</span>
            <span className="recent__time">
              {file.exists ? when.format(new Date(file.openedAt)) : t('start.missing')}
            </span>
          </button>
          <button type="button" className="recent__remove" onClick={() => void remove(file.path)} aria-label={t('start.removeRecent', { name: file.title })}>
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}

/** Recovered maps not restored or discarded yet ("Decide later", or more than one after a crash). */
function WaitingDrafts() {
  const { t } = useTranslation();
  const count = useSession((s) => s.drafts.length);
  if (count === 0) return null;
  return (
    <section className="start__drafts" data-testid="waiting-drafts">
      <span>{t('recovery.waiting', { count })}</span>
      <button type="button" className="is-primary" onClick={() => session.set({ dialog: { kind: 'recovery' } })}>
        {t('recovery.review')}
      </button>
    </section>
  );
}

export function StartView() {
  const { t } = useTranslation();
  return (
    <main className="start">
      <div className="start__language">
        <LanguageSwitch />
      </div>
      <section className="start__intro">
        <h1>{t('app.name')}</h1>
        <p>{t('start.tagline')}</p>
      </section>
      <WaitingDrafts />
      <section className="start__actions" aria-label={t('start.begin')}>
        <button type="button" className="tile" onClick={() => void newDocument('blank')}>
          <span className="tile__title">{t('start.newBlank')}</span>
          <span className="tile__hint">{t('start.newBlankHint')}</span>
        </button>
        <button type="button" className="tile" onClick={() => session.set({ dialog: { kind: 'templates' } })}>
          <span className="tile__title">{t('start.newFromTemplate')}</span>
          <span className="tile__hint">{t('start.fromTemplateHint')}</span>
        </button>
        <button type="button" className="tile" onClick={() => void openDocument()}>
          <span className="tile__title">{t('start.open')}</span>
          <span className="tile__hint">{t('start.openHint')}</span>
        </button>
      </section>
      <section className="start__templates" data-testid="start-templates" aria-label={t('start.templates')}>
        <h2>{t('start.templates')}</h2>
        <TemplateCards names={TEMPLATES.filter((name) => name !== 'blank')} className="template-gallery--row" onPick={(name) => void newDocument(name)} />
      </section>
      <section className="start__recent">
        <h2>{t('start.recent')}</h2>
        <RecentList />
      </section>
    </main>
  );
}
