// A card's images one at a time, large: the one place that shows an original (image:read
// full), decoded by the browser as any <img>, one image at a time. ← → step through them.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImageData } from '../../shared/api.ts';
import { Modal } from '../components/dialogs/Modal.tsx';
import { call } from '../platform/platform.ts';
import { useTranslate } from '../state/message.ts';
import { session } from '../state/session.ts';
import { fromBase64 } from './base64.ts';
import { problemOf } from './imageMessages.ts';

type Shown = { status: 'loading' } | { status: 'ready'; url: string; read: ImageData } | { status: 'failed'; error: unknown };

function useOriginal(id: string): Shown {
  // Kept with the id it is for: a step to the next image shows "loading" until that one is read.
  const [shown, setShown] = useState<{ id: string; shown: Shown } | null>(null);
  useEffect(() => {
    let url: string | null = null;
    let live = true;
    call('image:read', { id, path: session.get().path, full: true }).then(
      (read) => {
        if (!live) return;
        url = URL.createObjectURL(new Blob([fromBase64(read.data)], { type: read.dataMime }));
        setShown({ id, shown: { status: 'ready', url, read } });
      },
      (error: unknown) => live && setShown({ id, shown: { status: 'failed', error } }),
    );
    return () => {
      live = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [id]);
  return shown?.id === id ? shown.shown : { status: 'loading' };
}

export function ImageViewer({ ids, start, caption, onClose }: { ids: readonly string[]; start: number; caption: string; onClose: () => void }) {
  const { t } = useTranslation();
  const translate = useTranslate();
  const [index, setIndex] = useState(Math.min(start, ids.length - 1));
  const id = ids[index] ?? '';
  const shown = useOriginal(id);
  const step = (by: number) => setIndex((i) => Math.max(0, Math.min(ids.length - 1, i + by)));
  const title = t('images.viewerTitle', { n: index + 1, count: ids.length });
  return (
    <Modal label={title} onCancel={onClose} testId="image-viewer">
      <div
        className="image-viewer"
        onKeyDown={(event) => {
          if (event.key === 'ArrowLeft') step(-1);
          else if (event.key === 'ArrowRight') step(1);
        }}
      >
        <h2>{title}</h2>
        <div className="image-viewer__frame">
          {shown.status === 'ready' && <img src={shown.url} alt={caption} draggable={false} data-testid="image-viewer-image" />}
          {shown.status === 'loading' && <p>{t('images.loading')}</p>}
          {shown.status === 'failed' && <p role="alert">{t('images.viewerFailed', { reason: translate(problemOf(shown.error)) })}</p>}
        </div>
        {shown.status === 'ready' && (
          <p className="image-viewer__details">{t('images.details', { width: shown.read.width, height: shown.read.height, size: Math.round((shown.read.size / 1024 / 1024) * 100) / 100 })}</p>
        )}
        <div className="modal__buttons">
          <button type="button" onClick={() => step(-1)} disabled={index === 0} aria-label={t('images.previous')}>
            ←
          </button>
          <button type="button" onClick={() => step(1)} disabled={index >= ids.length - 1} aria-label={t('images.next')}>
            →
          </button>
          <span className="modal__spacer" />
          <button type="button" autoFocus onClick={onClose}>
            {t('common.close')}
          </button>
        </div>
      </div>
    </Modal>
  );
}
