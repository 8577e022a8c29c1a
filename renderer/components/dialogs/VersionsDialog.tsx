// The versions kept in the map's file: name, time and counts; a preview of the one selected
// (drawn by the export renderer); Save version… and Restore.
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VersionInfo } from '../../../shared/api.ts';
import { renderSvg } from '../../../shared/export/svg.ts';
import type { JourneyDoc } from '../../../shared/model.ts';
import { errorMessage } from '../../actions/documentActions.ts';
import { restoreVersion, saveVersion } from '../../actions/versionActions.ts';
import { currentLocale } from '../../i18n.ts';
import { call } from '../../platform/platform.ts';
import { useTranslate, type Message } from '../../state/message.ts';
import { session, useSession } from '../../state/session.ts';
import { Modal } from './Modal.tsx';

function Preview({ doc }: { doc: JourneyDoc }) {
  const url = useMemo(() => URL.createObjectURL(new Blob([renderSvg(doc).svg], { type: 'image/svg+xml' })), [doc]);
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  return <img className="versions__preview" src={url} alt="" data-testid="version-preview" />;
}

export function VersionsDialog() {
  const { t } = useTranslation();
  const translate = useTranslate();
  const path = useSession((s) => s.path);
  const stamp = useSession((s) => s.stamp);
  const [listed, setListed] = useState<{ key: string; list: VersionInfo[] } | null>(null);
  const [selected, setSelected] = useState<VersionInfo | null>(null);
  const [shown, setShown] = useState<{ id: string; doc: JourneyDoc } | null>(null);
  const [error, setError] = useState<Message | null>(null);
  const close = () => session.set({ dialog: null });
  const time = new Intl.DateTimeFormat(currentLocale(), { dateStyle: 'medium', timeStyle: 'short' });

  // Listed again whenever the file changes (a version saved from here changes its stamp).
  const key = `${path ?? ''}|${stamp ?? ''}`;
  const versions = path && listed?.key === key ? listed.list : null;
  const preview = selected && shown?.id === selected.id ? shown.doc : null;
  useEffect(() => {
    if (!path) return;
    let live = true;
    call('version:list', { path }).then(
      (list) => live && setListed({ key, list }),
      (e: unknown) => live && setError(errorMessage(e)),
    );
    return () => {
      live = false;
    };
  }, [path, key]);

  useEffect(() => {
    if (!path || !selected) return;
    let live = true;
    call('version:open', { path, id: selected.id }).then(
      ({ doc }) => live && setShown({ id: selected.id, doc }),
      (e: unknown) => live && setError(errorMessage(e)),
    );
    return () => {
      live = false;
    };
  }, [path, selected]);

  const act = (run: () => Promise<void>) => {
    close();
    void run().then(() => session.set({ dialog: { kind: 'versions' } }));
  };

  return (
    <Modal label={t('versions.title')} onCancel={close} testId="versions-dialog">
      <div className="versions">
        <h2>{t('versions.title')}</h2>
        {!path && <p>{t('versions.untitled')}</p>}
        {error && <p className="versions__error">{translate(error)}</p>}
        {versions?.length === 0 && path && <p>{t('versions.none')}</p>}
        <div className="versions__body">
          <ul className="versions__list" aria-label={t('versions.title')}>
            {versions?.map((v) => (
              <li key={v.id}>
                <button type="button" className={`versions__item${selected?.id === v.id ? ' is-selected' : ''}`} onClick={() => setSelected(v)} data-testid="version-item">
                  <strong>{v.name}</strong>
                  <span>
                    {time.format(new Date(v.createdAt))} · {t('versions.counts', { stages: v.counts.stages, scenes: v.counts.scenes, cards: v.counts.cards })}
                  </span>
                </button>
              </li>
            ))}
          </ul>
          {selected && <div className="versions__side">{preview ? <Preview doc={preview} /> : <div className="versions__preview" />}</div>}
        </div>
        <div className="modal__buttons">
          <button type="button" onClick={() => act(saveVersion)}>
            {t('versions.save')}
          </button>
          <span className="modal__spacer" />
          <button type="button" onClick={close}>
            {t('common.close')}
          </button>
          <button type="button" className="is-primary" disabled={!selected} onClick={() => selected && act(() => restoreVersion(selected))}>
            {t('versions.restore')}
          </button>
        </div>
      </div>
    </Modal>
  );
}
