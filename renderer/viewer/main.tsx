// The viewer of an interactive HTML file: one classic script inlined in the page, which reads
// the map from the page's data block and shows it. It has no network and runs nothing the map holds.
import '../base.css';
import './viewer.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { useTranslation } from 'react-i18next';
import { LANE_KINDS } from '../../shared/model.ts';
import { themeVariables } from '../../shared/theme.ts';
import { startI18n } from './i18n.ts';
import { readViewerData, type ViewerProblem } from './readData.ts';
import { Viewer } from './Viewer.tsx';

function Unreadable({ problem }: { problem: ViewerProblem }) {
  const { t } = useTranslation();
  return (
    <div className="viewer-unreadable" role="alert" data-testid="viewer-unreadable">
      <h1>{t('viewer.unreadableTitle')}</h1>
      <p>{t(`viewer.unreadable.${problem}`)}</p>
    </div>
  );
}

// The theme's tokens, as in the app: the presentation's lanes and cards draw with them.
for (const [name, value] of Object.entries(themeVariables(LANE_KINDS))) document.documentElement.style.setProperty(name, value);

const outcome = readViewerData(document);
startI18n('data' in outcome ? outcome.data.doc.map.locale : undefined);
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(<StrictMode>{'data' in outcome ? <Viewer data={outcome.data} /> : <Unreadable problem={outcome.problem} />}</StrictMode>);
}
