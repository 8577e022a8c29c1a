// The interactive HTML file: the map read only, in one of its views, with find, a card's
// details on a click, the emotion analysis, review comments (when exported) and presenting.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { openThreadCounts, threadsOf } from '../../shared/comments.ts';
import { exportSvg } from '../../shared/export/svg.ts';
import type { ViewerData } from '../../shared/export/viewerData.ts';
import type { Comment, Locale } from '../../shared/model.ts';
import { sortOrdered } from '../../shared/order.ts';
import { findInDoc, type FindTarget } from '../../shared/search.ts';
import { viewedDocument, viewsOf } from '../../shared/views.ts';
import { CurveAnalysis } from '../components/emotion/CurveAnalysis.tsx';
import { Presentation } from '../components/present/Presentation.tsx';
import { closePresentation, openPresentation, usePresentation } from '../state/presentation.ts';
import { CardDetails } from './CardDetails.tsx';
import { switchLanguage } from './i18n.ts';
import { MapView, markOf, type MapMark } from './MapView.tsx';
import { PanelSection } from './PanelSection.tsx';
import { ThreadList } from './ThreadList.tsx';
import { useViewport } from './useViewport.ts';
import { ViewerSearch } from './ViewerSearch.tsx';

type Panel = 'analysis' | 'comments' | null;
const PAGE = { size: 'A3', landscape: true, margin: 10, mode: 'fit', overlap: 10 } as const;

/** Where a find's match is drawn (the map's title is not an item of the picture). */
const targetMark = (target: FindTarget): MapMark | null => markOf(target.kind, 'id' in target ? target.id : '');

export function Viewer({ data }: { data: ViewerData }) {
  const { t, i18n } = useTranslation();
  const whole = data.doc;
  const views = viewsOf(whole);
  const [viewId, setViewId] = useState('');
  const doc = useMemo(() => viewedDocument(whole, whole.views[viewId]), [whole, viewId]);
  const picture = useMemo(
    () => exportSvg(doc, { format: 'svg', page: PAGE, background: 'white', date: data.date, logo: data.logo, today: data.today, imageHref: (id) => data.images[id] ?? null }),
    [doc, data],
  );
  const frame = useRef<HTMLDivElement>(null);
  const controls = useViewport(frame, picture);
  const searchInput = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [current, setCurrent] = useState(-1);
  const results = useMemo(() => (query.trim() ? findInDoc(doc, query) : []), [doc, query]);
  const matches = useMemo(() => results.map((r) => targetMark(r.target)).filter((m): m is MapMark => m !== null), [results]);
  const currentResult = results[current];
  // The item a comment is pinned to, shown from the comments panel (a find's match goes first).
  const [pinned, setPinned] = useState<MapMark | null>(null);
  // One object per match (the map brings it into view when it changes, not at every render).
  const currentMark = useMemo(() => (currentResult ? targetMark(currentResult.target) : pinned), [currentResult, pinned]);
  const [cardId, setCardId] = useState<string | null>(null);
  const [panel, setPanel] = useState<Panel>(null);
  const presenting = usePresentation((s) => s.open);
  const threads = useMemo(() => threadsOf(whole), [whole]);
  const curves = sortOrdered(Object.values(doc.curves)).filter((c) => !c.hidden);

  const showPinned = (comment: Comment) => {
    const id = comment.targetId ?? '';
    if (comment.target === 'card') setCardId(id);
    setPinned(markOf(comment.target, id));
  };
  const onQuery = useCallback((value: string) => {
    setQuery(value);
    setCurrent(-1);
    setPinned(null);
  }, []);
  const onGo = useCallback(
    (index: number) => {
      setCurrent(index);
      const target = results[index]?.target;
      if (target?.kind === 'card') setCardId(target.id);
    },
    [results],
  );

  // The file's own shortcuts: find, present, and the zoom keys wherever the focus is not typing.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (usePresentation.getState().open) return;
      const typing = event.target instanceof HTMLInputElement || event.target instanceof HTMLSelectElement;
      if ((event.key === 'f' && (event.ctrlKey || event.metaKey)) || (event.key === '/' && !typing)) {
        event.preventDefault();
        searchInput.current?.focus();
        searchInput.current?.select();
      } else if (event.key === 'F5') {
        event.preventDefault();
        openPresentation();
      } else if (event.key === 'Escape' && !typing) setCardId(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const choose = (id: string) => {
    setViewId(id);
    setPinned(null);
    setCardId(null);
    setCurrent(-1);
  };
  const togglePanel = (which: Exclude<Panel, null>) => setPanel((open) => (open === which ? null : which));
  const sideOpen = panel !== null || (cardId !== null && Boolean(doc.cards[cardId]));
  const zoomPercent = `${Math.round(controls.viewport.zoom * 100)}%`;

  return (
    <div className="viewer" data-testid="viewer">
      <header className="viewer-bar">
        <h1 className="viewer-bar__title" title={whole.map.title}>
          {whole.map.title || t('viewer.untitled')}
        </h1>
        {views.length > 0 && (
          <select className="viewer-bar__view" value={whole.views[viewId] ? viewId : ''} onChange={(e) => choose(e.target.value)} aria-label={t('views.select')} title={t('views.select')} data-testid="viewer-view">
            <option value="">{t('views.whole')}</option>
            {views.map((view) => (
              <option key={view.id} value={view.id}>
                {view.name}
              </option>
            ))}
          </select>
        )}
        <ViewerSearch doc={doc} query={query} results={results} current={current} onQuery={onQuery} onGo={onGo} inputRef={searchInput} />
        <div className="viewer-bar__zoom" role="group" aria-label={t('viewer.zoom')}>
          <button type="button" onClick={() => controls.zoomBy(0.8)} aria-label={t('viewer.zoomOut')} title={t('viewer.zoomOut')}>
            −
          </button>
          <span className="viewer-bar__percent" data-testid="viewer-zoom">
            {zoomPercent}
          </span>
          <button type="button" onClick={() => controls.zoomBy(1.25)} aria-label={t('viewer.zoomIn')} title={t('viewer.zoomIn')}>
            +
          </button>
          <button type="button" onClick={controls.fit} title={t('viewer.fitHint')} data-testid="viewer-fit">
            {t('viewer.fit')}
          </button>
        </div>
        <button type="button" aria-pressed={panel === 'analysis'} className={panel === 'analysis' ? 'is-on' : undefined} onClick={() => togglePanel('analysis')} data-testid="viewer-analysis-toggle">
          {t('viewer.analysis')}
        </button>
        {threads.length > 0 && (
          <button type="button" aria-pressed={panel === 'comments'} className={panel === 'comments' ? 'is-on' : undefined} onClick={() => togglePanel('comments')} data-testid="viewer-comments-toggle">
            {t('viewer.comments', { count: threads.length })}
          </button>
        )}
        <button type="button" className="is-primary" onClick={openPresentation} title={t('viewer.presentHint')} data-testid="viewer-present">
          {t('viewer.present')}
        </button>
        <div className="viewer-bar__language" role="group" aria-label={t('viewer.language')}>
          {(['en', 'zh-CN'] as Locale[]).map((locale) => (
            <button key={locale} type="button" aria-pressed={i18n.language === locale} className={i18n.language === locale ? 'is-on' : undefined} onClick={() => switchLanguage(locale)} lang={locale}>
              {locale === 'en' ? 'EN' : '中文'}
            </button>
          ))}
        </div>
      </header>
      <div className="viewer-body">
        <MapView picture={picture} badges={openThreadCounts(doc)} matches={matches} current={currentMark} selectedCardId={cardId} onCard={setCardId} frame={frame} controls={controls} />
        {sideOpen && (
          <aside className="viewer-panel" data-testid="viewer-panel">
            {cardId && <CardDetails doc={doc} cardId={cardId} onClose={() => setCardId(null)} />}
            {panel === 'analysis' && (
              <PanelSection title={t('viewer.analysis')} closeLabel={t('viewer.closePanel')} onClose={() => setPanel(null)} testId="viewer-analysis">
                {curves.length === 0 ? <p className="panel-empty">{t('viewer.noCurve')}</p> : curves.map((curve) => <CurveAnalysis key={curve.id} doc={doc} curveId={curve.id} />)}
              </PanelSection>
            )}
            {panel === 'comments' && (
              <PanelSection title={t('comments.title')} closeLabel={t('viewer.closePanel')} onClose={() => setPanel(null)} testId="viewer-comments">
                <ThreadList doc={whole} threads={threads} onShow={showPinned} />
              </PanelSection>
            )}
          </aside>
        )}
      </div>
      <footer className="viewer-foot">
        <span>{t('viewer.hint')}</span>
        <span className="viewer-foot__made">{t('viewer.madeWith', { version: data.appVersion })}</span>
      </footer>
      {presenting && <Presentation doc={doc} onLeave={closePresentation} />}
    </div>
  );
}
