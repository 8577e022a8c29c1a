// What the service action handbook will look like: its sheets as they will print, one at a time,
// drawn from the very HTML Chromium prints (in an SVG image, so the map's text runs nothing).
import { memo, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sheetSvg, type HandbookPages } from '../../../shared/export/handbookHtml.ts';
import type { Locale } from '../../../shared/model.ts';

export const HandbookPreview = memo(function HandbookPreview({ pages, lang, label }: { pages: HandbookPages; lang: Locale; label: string }) {
  const { t } = useTranslation();
  const [index, setIndex] = useState(0);
  const shown = Math.min(index, pages.pages - 1);
  const url = useMemo(() => URL.createObjectURL(new Blob([sheetSvg(pages, shown, lang)], { type: 'image/svg+xml' })), [pages, shown, lang]);
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  return (
    <figure className="export-preview handbook-preview" data-testid="export-preview">
      <div className="handbook-preview__sheet">
        <button type="button" onClick={() => setIndex(shown - 1)} disabled={shown === 0} aria-label={t('handbook.previousPage')} title={t('handbook.previousPage')}>
          ‹
        </button>
        <img src={url} alt={t('handbook.pageOf', { page: shown + 1, count: pages.pages })} data-testid="handbook-sheet" />
        <button type="button" onClick={() => setIndex(shown + 1)} disabled={shown >= pages.pages - 1} aria-label={t('handbook.nextPage')} title={t('handbook.nextPage')}>
          ›
        </button>
      </div>
      <figcaption data-testid="export-summary">
        {t('handbook.pageOf', { page: shown + 1, count: pages.pages })} · {label}
      </figcaption>
    </figure>
  );
});
