// The web shell's Open and Save As dialog: browses the folder the shell was started on
// (a browser page cannot show the system's file dialog with real paths).
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileKind, FolderListing } from '../../../shared/api.ts';
import { errorMessage } from '../../actions/documentActions.ts';
import { useTranslate, type Message } from '../../state/message.ts';
import { call } from '../../platform/platform.ts';
import { session } from '../../state/session.ts';
import { Modal } from './Modal.tsx';

const join = (dir: string, name: string) => (dir ? `${dir}/${name}` : name);

// Open lists maps and the PNG/PDF/HTML exports that carry one; Save lists files of its own kind.
const OPENABLE: FileKind[] = ['cjm', 'png', 'pdf', 'html', 'json', 'mmd', 'md', 'xlsx', 'csv'];

export function FileDialog({
  mode,
  fileKind,
  suggestedName,
  resolve,
}: {
  mode: 'open' | 'save';
  fileKind: FileKind;
  suggestedName: string;
  resolve: (path: string | null) => void;
}) {
  const { t, i18n } = useTranslation();
  const say = useTranslate();
  const [dir, setDir] = useState('');
  const [listing, setListing] = useState<FolderListing | null>(null);
  // Kept as a message, so an error on screen follows a switch of the UI language.
  const [error, setError] = useState<Message | null>(null);
  const [name, setName] = useState(suggestedName);

  useEffect(() => {
    let live = true;
    call('fs:list', { dir, kinds: mode === 'open' ? OPENABLE : [fileKind] }).then(
      (result) => live && (setListing(result), setError(null)),
      (e: unknown) => live && setError(errorMessage(e)),
    );
    return () => {
      live = false;
    };
  }, [dir, mode, fileKind]);

  const finish = (path: string | null) => {
    session.set({ dialog: null });
    resolve(path);
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    let file = name.trim();
    if (!file) return;
    if (!file.toLowerCase().endsWith(`.${fileKind}`)) file += `.${fileKind}`;
    const exists = listing?.entries.some((entry) => entry.kind === 'file' && entry.name === file);
    if (exists && !window.confirm(t('fileDialog.replace', { name: file }))) return;
    finish(join(dir, file));
  };

  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const title = mode === 'open' ? t('fileDialog.openTitle') : fileKind === 'cjm' ? t('fileDialog.saveTitle') : t('fileDialog.exportTitle', { format: fileKind.toUpperCase() });
  // An export's folder is empty of its own kind of file, not of journey maps.
  const empty = mode === 'save' && fileKind !== 'cjm' ? t('fileDialog.emptyOfKind', { format: fileKind.toUpperCase() }) : t('fileDialog.empty');
  return (
    <Modal label={title} onCancel={() => finish(null)} testId="file-dialog">
      <form className="file-dialog" onSubmit={onSubmit}>
        <h2>{title}</h2>
        <div className="file-dialog__where">
          <button type="button" disabled={listing?.parent == null} onClick={() => listing?.parent != null && setDir(listing.parent)}>
            ↑ {t('fileDialog.up')}
          </button>
          <span className="file-dialog__path" title={listing?.absolute}>
            {listing?.absolute}
          </span>
        </div>
        {error && <p className="file-dialog__error" role="alert">{say(error)}</p>}
        <ul className="file-dialog__list" data-testid="file-list">
          {listing?.entries.length === 0 && <li className="file-dialog__empty">{empty}</li>}
          {listing?.entries.map((entry) => (
            <li key={entry.name}>
              <button
                type="button"
                className={`file-entry file-entry--${entry.kind}`}
                onClick={() => {
                  if (entry.kind === 'folder') setDir(join(dir, entry.name));
                  else if (mode === 'open') finish(join(dir, entry.name));
                  else setName(entry.name);
                }}
              >
                <span className="file-entry__name">
                  {entry.kind === 'folder' && <span className="folder-icon" aria-hidden="true" />}
                  {entry.name}
                </span>
                <span className="file-entry__time">{when.format(new Date(entry.modifiedAt))}</span>
              </button>
            </li>
          ))}
        </ul>
        {mode === 'save' && (
          <label className="file-dialog__name">
            {t('fileDialog.fileName')}
            <input value={name} onChange={(e) => setName(e.target.value)} autoFocus data-testid="file-name-input" />
          </label>
        )}
        <div className="modal__buttons">
          <span className="modal__spacer" />
          <button type="button" onClick={() => finish(null)}>
            {t('common.cancel')}
          </button>
          {mode === 'save' && (
            <button type="submit" className="is-primary">
              {t('fileDialog.save')}
            </button>
          )}
        </div>
      </form>
    </Modal>
  );
}
