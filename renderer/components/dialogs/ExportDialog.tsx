// File ▸ Export…: what (the map, the opportunity matrix or the service action handbook), format,
// what to include, paper or resolution, a live preview, then progress with Cancel. What a map
// export chose is kept in the map (map.exportChoices), so the next export of that map starts
// there, also after save and reopen; a map never exported starts from the last export in this
// window. The buttons stay in view at any window height: only the middle scrolls.
import { useMemo, useRef, useState, type ChangeEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { buildHandbook, handbookActions, rolesWithActions } from '../../../shared/export/handbook.ts';
import { handbookHtml } from '../../../shared/export/handbookHtml.ts';
import { matrixSvg } from '../../../shared/export/matrixSvg.ts';
import { CONTENT_FORMATS, EXPORT_CONTENTS, ExportOptionsSchema, PAGE_SIZE_NAMES, scaleForDpi, type ExportContent, type ExportFormat, type ExportOptions } from '../../../shared/export/options.ts';
import { planPages } from '../../../shared/export/pages.ts';
import { exportSvg, exportedDocument } from '../../../shared/export/svg.ts';
import { planSlides } from '../../../shared/export/slides.ts';
import { mapOpportunities } from '../../../shared/opportunities.ts';
import { boardItems } from '../../../shared/painBoard.ts';
import { threadsOf } from '../../../shared/comments.ts';
import type { ExportChoices, JourneyDoc } from '../../../shared/model.ts';
import { sortOrdered } from '../../../shared/order.ts';
import { viewChoice, viewsOf } from '../../../shared/views.ts';
import type { ExportProgressInfo } from '../../../shared/api.ts';
import { errorMessage } from '../../actions/documentActions.ts';
import { message, useTranslate, type Message } from '../../state/message.ts';
import { rememberExportChoices, startExport, type RunningExport } from '../../actions/exportActions.ts';
import { useEditorSnapshot } from '../../state/editor.ts';
import { session } from '../../state/session.ts';
import { ExportPreview } from './ExportPreview.tsx';
import { imageIdsOf } from '../../../shared/imageRefs.ts';
import { usePreviewHrefs } from '../../mapPicture/previewHrefs.ts';
import { HandbookPreview } from './HandbookPreview.tsx';
import { Modal } from './Modal.tsx';
import { runAction } from '../../actions/registry.ts';
import { localToday } from '../../today.ts';

/** role: the handbook's role, '' for all roles. */
type Settings = Omit<ExportOptions, 'stages' | 'lanes' | 'logo' | 'date' | 'role'> & { withDate: boolean; logo?: string; role: string };

const DEFAULTS: Settings = {
  content: 'map',
  role: '',
  format: 'pdf',
  background: 'white',
  page: { size: 'A3', landscape: true, margin: 10, mode: 'fit', overlap: 10 },
  scale: 2,
  withDate: true,
  comments: false,
};
let remembered: Settings = DEFAULTS;

/** The map's own choices from its last export, else this window's; review comments are asked for anew each time (never by a habit). */
function startingSettings(doc: JourneyDoc): Settings {
  const kept = doc.map.exportChoices;
  if (!kept) return { ...remembered, comments: false };
  return { ...remembered, comments: false, format: kept.format, page: kept.page, scale: nearestScale(kept.scale), background: kept.background, withDate: kept.withDate };
}

const SCALES = [1, 2, 4, scaleForDpi(300)];
/** The formats whose map export may keep the review comments: PDF and PNG carry them for reopening, the HTML viewer lists them (an SVG carries no map). */
const WITH_COMMENTS: readonly ExportFormat[] = ['pdf', 'png', 'html'];

/** A scale from a file (valid, but perhaps not one the dialog offers) as the nearest one it offers. */
const nearestScale = (scale: number) => SCALES.reduce((best, s) => (Math.abs(s - scale) < Math.abs(best - scale) ? s : best));
const MAX_LOGO = 3 * 1024 * 1024;

function Checklist({ legend, items, chosen, onChange, testId }: { legend: string; items: { id: string; title: string }[]; chosen: Set<string>; onChange: (next: Set<string>) => void; testId: string }) {
  const { t } = useTranslation();
  return (
    <fieldset className="export-checklist" data-testid={testId}>
      <legend>
        {legend}
        <button type="button" className="link-button" onClick={() => onChange(new Set(items.map((i) => i.id)))}>
          {t('export.all')}
        </button>
        <button type="button" className="link-button" onClick={() => onChange(new Set())}>
          {t('export.none')}
        </button>
      </legend>
      {items.map((item) => (
        <label key={item.id}>
          <input
            type="checkbox"
            checked={chosen.has(item.id)}
            onChange={(e) => {
              const next = new Set(chosen);
              if (e.target.checked) next.add(item.id);
              else next.delete(item.id);
              onChange(next);
            }}
          />
          {item.title}
        </label>
      ))}
    </fieldset>
  );
}

export function ExportDialog() {
  const { t } = useTranslation();
  const say = useTranslate();
  const { doc } = useEditorSnapshot();
  const [settings, setSettings] = useState<Settings>(() => startingSettings(doc));
  const stageList = useMemo(() => sortOrdered(Object.values(doc.stages)), [doc.stages]);
  const laneList = useMemo(() => sortOrdered(Object.values(doc.lanes)).filter((l) => !l.hidden), [doc.lanes]);
  // The view the map is shown in starts the choice of stages and lanes (and chooses the curves);
  // without one, the last export's choices do.
  const [viewId, setViewId] = useState(() => {
    const shown = session.get().shownViewId;
    return shown && doc.views[shown] ? shown : null;
  });
  const view = viewId ? doc.views[viewId] : undefined;
  const [stages, setStages] = useState(() =>
    view ? new Set(viewChoice(doc, view).stages) : new Set(stageList.map((s) => s.id).filter((id) => !doc.map.exportChoices?.stagesLeftOut.includes(id))),
  );
  const [lanes, setLanes] = useState(() =>
    view ? new Set(viewChoice(doc, view).lanes) : new Set(laneList.map((l) => l.id).filter((id) => !doc.map.exportChoices?.lanesLeftOut.includes(id))),
  );
  const chooseView = (id: string | null) => {
    const choice = viewChoice(doc, id ? doc.views[id] : null);
    setViewId(id);
    setStages(new Set(choice.stages));
    setLanes(new Set(choice.lanes));
  };
  const curves = useMemo(() => (view ? viewChoice(doc, view).curves : undefined), [doc, view]);
  const [progress, setProgress] = useState<ExportProgressInfo | null>(null);
  // Kept as a message, so an error on screen follows a switch of the UI language.
  const [error, setError] = useState<Message | null>(null);
  const running = useRef<RunningExport | null>(null);
  const [busy, setBusy] = useState(false);

  const update = (patch: Partial<Settings>) => setSettings((s) => ({ ...s, ...patch }));
  const updatePage = (patch: Partial<Settings['page']>) => setSettings((s) => ({ ...s, page: { ...s.page, ...patch } }));

  const { content } = settings;
  // A handbook is a PDF whatever was chosen for the map; the map's choice is kept for when it is back.
  const format: ExportFormat = CONTENT_FORMATS[content].includes(settings.format) ? settings.format : 'pdf';
  const roles = useMemo(() => rolesWithActions(doc), [doc]);
  const role = roles.includes(settings.role) ? settings.role : '';
  const commentCount = Object.keys(doc.comments).length;
  const offersComments = content === 'map' && commentCount > 0 && WITH_COMMENTS.includes(format);
  const options: ExportOptions = ExportOptionsSchema.parse({
    content,
    format,
    ...(content === 'handbook' && role && { role }),
    background: format === 'pdf' ? 'white' : settings.background,
    page: settings.page,
    scale: settings.scale,
    stages: stageList.filter((s) => stages.has(s.id)).map((s) => s.id),
    lanes: laneList.filter((l) => lanes.has(l.id)).map((l) => l.id),
    ...(curves && { curves }),
    date: settings.withDate ? localToday() : undefined,
    logo: settings.logo,
    comments: offersComments && settings.comments,
  });
  const { background, date, logo } = options;
  const chosenStages = useMemo(() => stageList.filter((s) => stages.has(s.id)).map((s) => s.id), [stageList, stages]);
  const chosenLanes = useMemo(() => laneList.filter((l) => lanes.has(l.id)).map((l) => l.id), [laneList, lanes]);
  // The threads the file would hold: those on what it shows, resolved ones too.
  const threadsOut = useMemo(
    () => (commentCount > 0 ? threadsOf(exportedDocument(doc, { stages: chosenStages, lanes: chosenLanes, curves, comments: true })) : []),
    [doc, commentCount, chosenStages, chosenLanes, curves],
  );
  // The matrix is one picture, fitted on one sheet like a fitted map.
  const page = useMemo(() => (content === 'matrix' ? { ...settings.page, mode: 'fit' as const } : settings.page), [content, settings.page]);
  // The preview draws the images from their previews; the export itself from the originals.
  const imageHref = usePreviewHrefs(useMemo(() => imageIdsOf(doc), [doc]));
  const map = useMemo(
    () =>
      content === 'matrix'
        ? matrixSvg(doc, { format, page, background, date })
        : exportSvg(doc, { format, page, stages: chosenStages, lanes: chosenLanes, curves, background, date, logo, today: localToday(), imageHref }),
    [content, doc, format, page, chosenStages, chosenLanes, curves, background, date, logo, imageHref],
  );
  const handbook = useMemo(() => (content === 'handbook' ? buildHandbook(doc, role || undefined) : null), [content, doc, role]);
  const handbookPages = useMemo(() => (handbook && handbookActions(handbook).length > 0 ? handbookHtml(handbook) : null), [handbook]);
  const noActions = content === 'handbook' && !handbookPages;
  // The handbook and the action list are pages of text: no picture to preview, no lanes to choose.
  const textPages = content === 'handbook' || content === 'actions';
  const painPoints = useMemo(() => (content === 'actions' ? boardItems(doc, localToday()) : []), [content, doc]);
  const noneScored = useMemo(() => content === 'matrix' && !mapOpportunities(doc).some((o) => o.score !== null), [content, doc]);
  const empty = content === 'map' ? stages.size === 0 || lanes.size === 0 : noActions;
  const plan = format === 'pdf' ? planPages(map.width, map.height, page) : null;
  const slideCount = useMemo(() => (format === 'pptx' ? planSlides(doc, { stages: chosenStages, lanes: chosenLanes, curves }, doc.map.locale).slides.length : 0), [format, doc, chosenStages, chosenLanes, curves]);
  const size = typeof page.size === 'string' ? page.size : `${page.size.width} × ${page.size.height} mm`;
  const summary = plan
    ? t('export.summaryPdf', { size, orientation: page.landscape ? t('export.landscape') : t('export.portrait'), count: plan.tiles.length, columns: plan.columns, rows: plan.rows })
    : format === 'png'
      ? t('export.summaryPng', { width: Math.round(map.width * settings.scale), height: Math.round(map.height * settings.scale) })
      : format === 'pptx'
        ? t('export.summaryPptx', { count: slideCount })
        : format === 'html'
          ? t('export.summaryHtml')
          : t('export.summarySvg', { width: map.width, height: map.height });

  const close = () => {
    running.current?.cancel();
    remembered = settings;
    session.set({ exportOpen: false });
  };

  // Mermaid text is made from the map alone: the dialog closes and the command says what it left out.
  const closeAndRun = (event: MouseEvent<HTMLButtonElement>) => {
    close();
    runAction(event.currentTarget.dataset.command as 'copy-mermaid' | 'save-mermaid' | 'save-json' | 'save-xlsx' | 'save-csv');
  };

  const run = async () => {
    setError(null);
    setBusy(true);
    setProgress(null);
    remembered = settings;
    const job = startExport(options, setProgress);
    running.current = job;
    try {
      const done = await job.done;
      if (!done) return;
      // Only a map export's choices are the map's (the matrix and the handbook have their own few).
      if (content === 'map') rememberExportChoices(choicesOf(settings, stageList.filter((s) => !stages.has(s.id)), laneList.filter((l) => !lanes.has(l.id))));
      const name = done.path.split(/[\\/]/).pop() ?? done.path;
      const what = content === 'actions'
        ? format === 'csv'
          ? 'CSV'
          : message('exportContent.actions')
        : done.pages
        ? handbook
          ? message('handbook.summary', { count: done.pages, actions: handbookActions(handbook).length })
          : message('export.summaryPdf', { size, orientation: '', count: done.pages, columns: plan?.columns ?? 1, rows: plan?.rows ?? 1 })
        : done.pixelWidth
          ? message('export.summaryPng', { width: done.pixelWidth, height: done.pixelHeight ?? 0 })
          : format === 'html'
            ? message('export.htmlLabel')
            : 'SVG';
      session.set({ exportOpen: false, notice: { kind: 'info', message: message('notice.exported', { file: name, what }) } });
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      running.current = null;
      setBusy(false);
    }
  };

  const chooseLogo = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (!/^image\/(png|jpeg)$/.test(file.type) || file.size > MAX_LOGO) {
      setError(message('export.logoTooLarge'));
      return;
    }
    const reader = new FileReader();
    reader.addEventListener('load', () => update({ logo: String(reader.result) }), { once: true });
    reader.readAsDataURL(file);
  };

  // One margin for every format: a PNG or SVG gets the page margin at 96 dpi.
  const marginField = <NumberField label={t('export.margin')} value={settings.page.margin} min={0} max={100} onChange={(margin) => updatePage({ margin })} testId="export-margin" />;
  const percent = progress ? Math.round((100 * progress.done) / Math.max(1, progress.total)) : 0;
  return (
    <Modal label={t('export.title')} onCancel={close} testId="export-dialog">
      <div className="export-dialog">
        <h2>{t('export.title')}</h2>
        <div className="export-dialog__body">
          <fieldset className="export-formats" disabled={busy} data-testid="export-content">
            <legend>{t('exportContent.legend')}</legend>
            {EXPORT_CONTENTS.map((choice: ExportContent) => (
              <label key={choice} className={content === choice ? 'is-chosen' : ''}>
                <input type="radio" name="export-content" value={choice} checked={content === choice} onChange={() => update({ content: choice })} />
                <strong>{t(`exportContent.${choice}`)}</strong>
                <span>{t(`exportContent.${choice}Hint`)}</span>
              </label>
            ))}
          </fieldset>

          {content === 'handbook' ? (
            <fieldset className="export-handbook" disabled={busy}>
              <label className="export-row">
                {t('handbook.role')}
                <select value={role} onChange={(e) => update({ role: e.target.value })} data-testid="export-role">
                  <option value="">{t('handbook.allRoles')}</option>
                  {roles.map((name) => (
                    <option key={name} value={name}>
                      {name}
                    </option>
                  ))}
                </select>
              </label>
              <p className="export-note">{t('handbook.format')}</p>
            </fieldset>
          ) : (
            <fieldset className="export-formats" disabled={busy}>
              <legend>{t('export.format')}</legend>
              {CONTENT_FORMATS[content].map((choice: ExportFormat) => (
                <label key={choice} className={format === choice ? 'is-chosen' : ''}>
                  <input type="radio" name="export-format" value={choice} checked={format === choice} onChange={() => update({ format: choice })} />
                  <strong>{choice === 'html' ? t('export.htmlLabel') : choice.toUpperCase()}</strong>
                  <span>{t(`export.${choice}Hint`)}</span>
                </label>
              ))}
            </fieldset>
          )}

          {handbookPages ? (
            <HandbookPreview pages={handbookPages} lang={doc.map.locale} label={t('handbook.actions', { count: handbook ? handbookActions(handbook).length : 0 })} />
          ) : (
            !textPages && <ExportPreview map={map} plan={plan} transparent={background === 'transparent'} label={summary} />
          )}

          {content === 'actions' && (
            <p className="export-note" data-testid="export-actions-summary">
              {t('export.summaryActions', { count: painPoints.length, open: painPoints.filter((i) => i.status !== 'closed').length })}
            </p>
          )}

          {!textPages && (
            <div className="export-columns">
              {content === 'map' && (
                <fieldset disabled={busy}>
                  <legend>{t('export.content')}</legend>
                  {viewsOf(doc).length > 0 && (
                    <label className="export-row export-view">
                      {t('export.view')}
                      <select data-testid="export-view" value={viewId ?? ''} onChange={(e) => chooseView(e.target.value || null)}>
                        <option value="">{t('views.whole')}</option>
                        {viewsOf(doc).map((v) => (
                          <option key={v.id} value={v.id}>
                            {v.name}
                          </option>
                        ))}
                      </select>
                    </label>
                  )}
                  <Checklist legend={t('export.stages')} items={stageList} chosen={stages} onChange={setStages} testId="export-stages" />
                  <Checklist legend={t('export.lanes')} items={laneList} chosen={lanes} onChange={setLanes} testId="export-lanes" />
                  {offersComments && (
                    <>
                      <label className="export-row">
                        <input type="checkbox" checked={settings.comments} onChange={(e) => update({ comments: e.target.checked })} data-testid="export-comments" />
                        {t('export.comments', { count: threadsOut.length, open: threadsOut.filter((thread) => !thread.root.resolved).length })}
                      </label>
                      <p className="export-note">{t('export.commentsNote')}</p>
                    </>
                  )}
                </fieldset>
              )}

              <fieldset disabled={busy}>
                <legend>{t('export.titleBlock')}</legend>
                <label className="export-row">
                  <input type="checkbox" checked={settings.withDate} onChange={(e) => update({ withDate: e.target.checked })} />
                  {t('export.date')}
                </label>
                {content === 'map' && (
                  <div className="export-row">
                    {t('export.logo')}
                    {settings.logo && <img className="export-logo" src={settings.logo} alt="" />}
                    <label className="button-like">
                      {t('export.chooseLogo')}
                      <input type="file" accept="image/png,image/jpeg" onChange={chooseLogo} hidden data-testid="export-logo-input" />
                    </label>
                    {settings.logo && (
                      <button type="button" onClick={() => update({ logo: undefined })}>
                        {t('export.removeLogo')}
                      </button>
                    )}
                  </div>
                )}

                {format === 'pdf' && (
                  <>
                    <legend className="export-sublegend">{t('export.paper')}</legend>
                    <label className="export-row">
                      {t('export.pageSize')}
                      <select
                        value={typeof settings.page.size === 'string' ? settings.page.size : 'custom'}
                        onChange={(e) => updatePage({ size: e.target.value === 'custom' ? { width: 2000, height: 900 } : (e.target.value as (typeof PAGE_SIZE_NAMES)[number]) })}
                        data-testid="export-page-size"
                      >
                        {PAGE_SIZE_NAMES.map((name) => (
                          <option key={name} value={name}>
                            {name}
                          </option>
                        ))}
                        <option value="custom">{t('export.custom')}</option>
                      </select>
                    </label>
                    {typeof settings.page.size !== 'string' && (
                      <div className="export-row">
                        <NumberField label={t('export.widthMm')} value={settings.page.size.width} min={50} max={5000} onChange={(width) => updatePage({ size: { ...(settings.page.size as { width: number; height: number }), width } })} />
                        <NumberField label={t('export.heightMm')} value={settings.page.size.height} min={50} max={5000} onChange={(height) => updatePage({ size: { ...(settings.page.size as { width: number; height: number }), height } })} />
                      </div>
                    )}
                    <div className="export-row" role="radiogroup">
                      <label>
                        <input type="radio" checked={settings.page.landscape} onChange={() => updatePage({ landscape: true })} />
                        {t('export.landscape')}
                      </label>
                      <label>
                        <input type="radio" checked={!settings.page.landscape} onChange={() => updatePage({ landscape: false })} />
                        {t('export.portrait')}
                      </label>
                    </div>
                    {marginField}
                    {content === 'matrix' ? (
                      <p className="export-note">{t('matrixExport.fitted')}</p>
                    ) : (
                      <div className="export-row" role="radiogroup">
                        <label>
                          <input type="radio" checked={settings.page.mode === 'fit'} onChange={() => updatePage({ mode: 'fit' })} data-testid="export-fit" />
                          {t('export.fit')}
                        </label>
                        <label>
                          <input type="radio" checked={settings.page.mode === 'tile'} onChange={() => updatePage({ mode: 'tile' })} data-testid="export-tile" />
                          {t('export.tile')}
                        </label>
                      </div>
                    )}
                    {content === 'map' && settings.page.mode === 'tile' && <NumberField label={t('export.overlap')} value={settings.page.overlap} min={0} max={50} onChange={(overlap) => updatePage({ overlap })} />}
                  </>
                )}

                {format === 'pptx' && <p className="export-note">{t('export.pptxNote')}</p>}
                {format === 'html' && <p className="export-note">{t('export.htmlNote')}</p>}
                {(format === 'png' || format === 'svg') && (
                  <>
                    <legend className="export-sublegend">{t('export.image')}</legend>
                    {marginField}
                    {format === 'png' && (
                      <label className="export-row">
                        {t('export.scale')}
                        <select value={String(settings.scale)} onChange={(e) => update({ scale: Number(e.target.value) })} data-testid="export-scale">
                          {SCALES.map((scale) => (
                            <option key={scale} value={String(scale)}>
                              {Number.isInteger(scale) ? `${scale}×` : t('export.dpi', { dpi: Math.round(scale * 96) })}
                            </option>
                          ))}
                        </select>
                      </label>
                    )}
                    <div className="export-row" role="radiogroup">
                      {t('export.background')}
                      <label>
                        <input type="radio" checked={settings.background === 'white'} onChange={() => update({ background: 'white' })} />
                        {t('export.white')}
                      </label>
                      <label>
                        <input type="radio" checked={settings.background === 'transparent'} onChange={() => update({ background: 'transparent' })} />
                        {t('export.transparent')}
                      </label>
                    </div>
                  </>
                )}
              </fieldset>
            </div>
          )}

          {error && (
            <p className="export-error" role="alert">
              {say(error)}
            </p>
          )}

          {noneScored && <p className="export-note">{t('matrixExport.noneScored')}</p>}
          {empty && <p className="export-error">{content === 'map' ? t('export.nothing') : t('handbook.noActions')}</p>}
        </div>
        {!busy && content === 'map' && (
          // The map as data rather than a picture: one row of its own, so the dialog's own buttons keep their room.
          <div className="export-data">
            <span className="export-mermaid" data-testid="export-mermaid">
              {t('mermaid.exportRow')}
              {(['copy-mermaid', 'save-mermaid'] as const).map((command) => (
                <button key={command} type="button" data-command={command} onClick={closeAndRun}>
                  {t(command === 'copy-mermaid' ? 'menu.copyMermaid' : 'menu.saveMermaid')}
                </button>
              ))}
            </span>
            <span className="export-mermaid" data-testid="export-json">
              {t('json.exportRow')}
              <button type="button" data-command="save-json" onClick={closeAndRun}>
                {t('menu.saveJson')}
              </button>
            </span>
            <span className="export-mermaid" data-testid="export-sheet">
              {t('sheet.exportRow')}
              {(['save-xlsx', 'save-csv'] as const).map((command) => (
                <button key={command} type="button" data-command={command} onClick={closeAndRun}>
                  {t(command === 'save-xlsx' ? 'menu.saveXlsx' : 'menu.saveCsv')}
                </button>
              ))}
            </span>
          </div>
        )}
        <div className="modal__buttons">
          {busy && (
            <div className="export-progress" data-testid="export-progress">
              <progress max={100} value={percent} />
              <span>{t('export.progress', { percent })}</span>
            </div>
          )}
          <span className="modal__spacer" />
          <button type="button" onClick={busy ? () => running.current?.cancel() : close} data-testid="export-cancel">
            {t('common.cancel')}
          </button>
          <button type="button" className="is-primary" disabled={busy || empty} onClick={() => void run()} data-testid="export-run">
            {busy ? t('export.exporting') : t('export.export')}
          </button>
        </div>
      </div>
    </Modal>
  );
}

/** What is kept in the map: every setting but the date's value and the logo (an image per export, not per map). */
function choicesOf(settings: Settings, stagesLeftOut: { id: string }[], lanesLeftOut: { id: string }[]): ExportChoices {
  const { page, scale, background, withDate } = settings;
  // A map is remembered as a picture: a CSV chosen for the action list falls back to PDF, as the dialog shows it.
  const format = settings.format === 'csv' ? 'pdf' : settings.format;
  return { format, stagesLeftOut: stagesLeftOut.map((s) => s.id), lanesLeftOut: lanesLeftOut.map((l) => l.id), page, scale, background, withDate };
}

function NumberField({ label, value, min, max, onChange, testId }: { label: string; value: number; min: number; max: number; onChange: (value: number) => void; testId?: string }) {
  return (
    <label className="export-row">
      {label}
      <input
        type="number"
        value={value}
        min={min}
        max={max}
        data-testid={testId}
        onChange={(e) => {
          const next = Number(e.target.value);
          if (Number.isFinite(next)) onChange(Math.min(max, Math.max(min, next)));
        }}
      />
    </label>
  );
}
