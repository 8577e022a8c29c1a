// An image as its preview, wherever the window shows one (card, inspector, persona): a
// placeholder with an icon while it loads or when it cannot be read, never a broken image.
// Never draggable: a drag on a card moves the card.
import { useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { usePreviewUrl } from './previews.ts';

function PictureIcon() {
  return (
    <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      <rect x="3" y="5" width="18" height="14" rx="2" fill="none" stroke="currentColor" strokeWidth="1.6" />
      <circle cx="9" cy="10" r="1.8" fill="currentColor" />
      <path d="M4 18l5-5 3.5 3.5L15 14l5 4.5" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round" />
    </svg>
  );
}

export function PreviewImage({ id, alt, className, style }: { id: string; alt: string; className?: string; style?: CSSProperties }) {
  const { t } = useTranslation();
  const preview = usePreviewUrl(id);
  // A preview that the browser cannot draw after all (a file damaged on disk) is a failed one.
  const [broken, setBroken] = useState<string | null>(null);
  const classes = `preview-image${className ? ` ${className}` : ''}`;
  if (preview.status === 'ready' && broken !== preview.url) {
    const url = preview.url;
    return (
      <span className={classes} style={style} data-image-id={id} data-status="ready">
        <img src={url} alt={alt} draggable={false} onError={() => setBroken(url)} />
      </span>
    );
  }
  const status = preview.status === 'loading' ? 'loading' : 'failed';
  const title = status === 'failed' ? t('images.missing') : t('images.loading');
  return (
    <span className={`${classes} is-${status}`} style={style} data-image-id={id} data-status={status} role="img" aria-label={title} title={title}>
      <PictureIcon />
    </span>
  );
}
