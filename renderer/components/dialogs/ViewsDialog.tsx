// The views editor: the map's views in their order, and the chosen one's name and what it shows
// (its stages, lanes and curves, ticked when shown). A new view shows everything, a new client
// view all but the internal lanes. Every change is one history entry; "Show on the map" makes it
// the toolbar's view.
import { useTranslation } from 'react-i18next';
import type { JourneyDoc, View } from '../../../shared/model.ts';
import type { ViewLeftOut } from '../../../shared/ops.ts';
import { sortOrdered } from '../../../shared/order.ts';
import { viewsOf } from '../../../shared/views.ts';
import { addView, closeViews, deleteView, renameView, setShownInView, showView } from '../../actions/viewActions.ts';
import { useEditorSnapshot } from '../../state/editor.ts';
import { useSession } from '../../state/session.ts';
import { useViewsDialog, viewsDialog } from '../../state/viewsDialog.ts';
import { Field } from '../inspector/Field.tsx';
import { Modal } from './Modal.tsx';
import '../views.css';
import './listDialog.css';

interface Choice {
  id: string;
  label: string;
  /** why it is not on the map whatever the view says (a lane hidden on the map) */
  note?: string;
}

function Choices({ view, list, title, choices }: { view: View; list: keyof ViewLeftOut; title: string; choices: Choice[] }) {
  const { t } = useTranslation();
  const out = new Set(view[list]);
  return (
    <fieldset className="view-choices" data-testid={`view-${list}`}>
      <legend>
        {title} <span className="view-choices__count">{t('views.shownOf', { shown: choices.filter((c) => !out.has(c.id)).length, count: choices.length })}</span>
      </legend>
      {choices.length === 0 && <p className="panel-empty">{t('views.nothing')}</p>}
      {choices.map((choice) => (
        <label key={choice.id} className="panel-check" title={choice.note}>
          <input type="checkbox" checked={!out.has(choice.id)} onChange={(e) => setShownInView(view.id, list, choice.id, e.target.checked)} />
          <span className="view-choices__label">{choice.label}</span>
          {choice.note && <span className="view-choices__note">{choice.note}</span>}
        </label>
      ))}
    </fieldset>
  );
}

function ViewEditor({ doc, view }: { doc: JourneyDoc; view: View }) {
  const { t } = useTranslation();
  const shownId = useSession((s) => s.shownViewId);
  const stages = sortOrdered(Object.values(doc.stages)).map((s) => ({ id: s.id, label: s.title || t('stage.untitled') }));
  const lanes = sortOrdered(Object.values(doc.lanes)).map((l) => ({ id: l.id, label: l.title || t(`laneKind.${l.kind}`), note: l.hidden ? t('views.hiddenLane') : undefined }));
  const curves = sortOrdered(Object.values(doc.curves)).map((c) => ({ id: c.id, label: c.name, note: c.hidden ? t('views.hiddenCurve') : undefined }));
  return (
    <div className="view-editor" data-testid="view-editor" data-view-id={view.id}>
      <Field label={t('views.name')} value={view.name} maxLength={200} testId="view-name" onCommit={(name) => renameView(view.id, name)} />
      <div className="view-editor__lists">
        <Choices view={view} list="stagesLeftOut" title={t('views.stages')} choices={stages} />
        <Choices view={view} list="lanesLeftOut" title={t('views.lanes')} choices={lanes} />
        <Choices view={view} list="curvesLeftOut" title={t('views.curves')} choices={curves} />
      </div>
      <div className="view-editor__actions">
        <button type="button" data-testid="view-show" disabled={shownId === view.id} onClick={() => showView(view.id)}>
          {shownId === view.id ? t('views.isShown') : t('views.show')}
        </button>
        <span className="modal__spacer" />
        <button type="button" className="is-danger" data-testid="view-delete" onClick={() => deleteView(view.id)}>
          {t('views.delete')}
        </button>
      </div>
    </div>
  );
}

export function ViewsDialog() {
  const { t } = useTranslation();
  const { doc } = useEditorSnapshot();
  const chosen = useViewsDialog((s) => s.viewId);
  const shownId = useSession((s) => s.shownViewId);
  const views = viewsOf(doc);
  const view = (chosen ? doc.views[chosen] : undefined) ?? views[0];
  return (
    <Modal label={t('views.title')} onCancel={closeViews} testId="views-dialog">
      <div className="views-dialog">
        <h2>{t('views.title')}</h2>
        <p className="views-dialog__intro">{t('views.intro')}</p>
        <div className="list-dialog__body">
          <div className="list-dialog__side">
            <ul className="view-list list-dialog__list" aria-label={t('views.list')} data-testid="view-list">
              {views.map((v) => (
                <li key={v.id} className={v.id === view?.id ? 'is-selected' : undefined}>
                  <button type="button" className="view-list__item" aria-current={v.id === view?.id} onClick={() => viewsDialog.set({ viewId: v.id })}>
                    <span className="view-list__name">{v.name}</span>
                    {v.id === shownId && <span className="view-list__badge">{t('views.shownBadge')}</span>}
                  </button>
                </li>
              ))}
            </ul>
            <button type="button" data-testid="view-add" onClick={() => addView('all')}>
              + {t('views.add')}
            </button>
            <button type="button" data-testid="view-add-client" onClick={() => addView('client')}>
              + {t('views.addClient')}
            </button>
          </div>
          {view ? <ViewEditor key={view.id} doc={doc} view={view} /> : <p className="panel-empty">{t('views.none')}</p>}
        </div>
        <div className="modal__buttons">
          <span className="modal__spacer" />
          <button type="button" className="is-primary" onClick={closeViews}>
            {t('views.close')}
          </button>
        </div>
      </div>
    </Modal>
  );
}
