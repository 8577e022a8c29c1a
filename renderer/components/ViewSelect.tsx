// The toolbar's choice of view: the whole map or one of the map's views, which the canvas,
// presenting and exports then show; the last entry opens the views editor.
import { useTranslation } from 'react-i18next';
import { viewsOf } from '../../shared/views.ts';
import { openViews, showView } from '../actions/viewActions.ts';
import { useEditorSnapshot } from '../state/editor.ts';
import { useSession } from '../state/session.ts';

const WHOLE = '';
const MANAGE = '\u0000manage';

export function ViewSelect() {
  const { t } = useTranslation();
  const { doc } = useEditorSnapshot();
  const shownId = useSession((s) => s.shownViewId);
  const views = viewsOf(doc);
  const value = shownId && doc.views[shownId] ? shownId : WHOLE;
  return (
    <select
      className={`toolbar__select${value !== WHOLE ? ' is-active' : ''}`}
      data-testid="view-select"
      value={value}
      aria-label={t('views.select')}
      title={t('views.select')}
      onChange={(e) => {
        if (e.target.value === MANAGE) openViews();
        else showView(e.target.value || null);
      }}
    >
      <option value={WHOLE}>{t('views.whole')}</option>
      {views.map((view) => (
        <option key={view.id} value={view.id}>
          {view.name}
        </option>
      ))}
      <option value={MANAGE}>{t('views.manage')}</option>
    </select>
  );
}
