// The first and last step of a presentation: the map's title and stages, the journey at a
// glance; at the end, with the whole curve drawn, what it says (peak–end, highlights, darkest).
import { useTranslation } from 'react-i18next';
import type { JourneyDoc } from '../../../shared/model.ts';
import { sortOrdered } from '../../../shared/order.ts';
import type { emotionStrip } from '../../../shared/presentation.ts';
import { scenesInReadingOrder } from '../../../shared/readingOrder.ts';

export function PresentOverview({ doc, at, strip }: { doc: JourneyDoc; at: 'start' | 'end'; strip: ReturnType<typeof emotionStrip> }) {
  const { t } = useTranslation();
  const scenes = scenesInReadingOrder(doc);
  const stages = sortOrdered(Object.values(doc.stages)).filter((stage) => scenes.some((s) => s.stageId === stage.id));
  const titleOf = (pointId: string) => {
    const point = doc.emotionPoints[pointId];
    return point ? (doc.scenes[point.sceneId]?.title ?? '') : '';
  };
  return (
    <div className="present-overview" data-testid="present-overview" data-at={at}>
      <h1 className="present-overview__title">{doc.map.title || t('app.untitled')}</h1>
      {at === 'start' && doc.map.description.trim() && <p className="present-overview__description">{doc.map.description}</p>}
      <ol className="present-overview__stages">
        {stages.map((stage) => (
          <li key={stage.id} className="present-overview__stage">
            <span className="present-overview__stage-title">{stage.title || t('stage.untitled')}</span>
            <span className="present-overview__scenes">{scenes.filter((s) => s.stageId === stage.id).map((s) => s.title).join(' · ')}</span>
          </li>
        ))}
      </ol>
      {at === 'end' && (
        <div className="present-overview__findings" data-testid="present-findings">
          {strip.curves.map((curve) => (
            <div key={curve.curveId} className="present-overview__curve">
              <h2 style={{ color: curve.colour }}>{curve.name}</h2>
              {curve.analysis.peakEndScore !== null && (
                <p>
                  {t('emotion.peakEndScore')}: <strong>{Number(curve.analysis.peakEndScore.toFixed(2))}</strong>
                </p>
              )}
              {curve.analysis.highlights.length > 0 && (
                <p>
                  <strong className="is-highlight">{t('emotion.highlight')}</strong> {curve.analysis.highlights.map(titleOf).join(t('present.listSeparator'))}
                </p>
              )}
              {curve.analysis.darkest.length > 0 && (
                <p>
                  <strong className="is-darkest">{t('emotion.darkest')}</strong> {curve.analysis.darkest.map(titleOf).join(t('present.listSeparator'))}
                </p>
              )}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
