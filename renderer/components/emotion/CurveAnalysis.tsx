// What one emotion curve says: the peak–end score, the most intense moment and the end, the share
// of each mood, the highlights and the darkest points. Read only: the emotion panel and the HTML
// file's viewer show it.
import { useTranslation } from 'react-i18next';
import { analyseCurve } from '../../../shared/emotion/analysis.ts';
import type { Mood } from '../../../shared/emotion/scale.ts';
import type { JourneyDoc } from '../../../shared/model.ts';
import { curvePersona } from '../../../shared/personas.ts';
import { curvePoints } from '../../../shared/summary.ts';
import './curveAnalysis.css';

export function CurveAnalysis({ doc, curveId }: { doc: JourneyDoc; curveId: string }) {
  const { t, i18n } = useTranslation();
  // Chinese lists its names with 、, English with commas.
  const list = (ids: readonly string[]) => ids.map(scene).join(i18n.language === 'zh-CN' ? '、' : ', ');
  const points = curvePoints(doc, curveId);
  const a = analyseCurve(points, doc.map.scale);
  const scene = (id: string | undefined) => doc.scenes[doc.emotionPoints[id ?? '']?.sceneId ?? '']?.title ?? '—';
  const percent = (share: number) => `${Math.round(share * 100)}%`;
  const curve = doc.curves[curveId];
  const persona = curve && curvePersona(doc, curve);
  return (
    <section className="panel-section" data-testid="emotion-analysis">
      <h3 data-testid="emotion-analysis-title">{persona ? t('personas.analysis', { name: curve?.name ?? '', persona: persona.name }) : t('emotion.analysis', { name: curve?.name ?? '' })}</h3>
      {points.length === 0 ? (
        <p className="panel-empty">{t('emotion.noPoints')}</p>
      ) : !a.peak ? (
        // Every point neutral (a new map): no peak, no end worth naming yet.
        <p className="panel-empty" data-testid="emotion-flat">
          {t('emotion.flat')}
        </p>
      ) : (
        <>
          <dl className="analysis">
            <dt>{t('emotion.peakEndScore')}</dt>
            <dd data-testid="peak-end-score">{a.peakEndScore?.toFixed(1)}</dd>
            <dt data-testid="peak-name">{t(a.peak.direction === 'low' ? 'emotion.peakLow' : 'emotion.peakHigh')}</dt>
            <dd>
              {scene(a.peak.id)} ({a.peak.score}){a.peak.tie && <span className="analysis__note"> · {t('emotion.peakTie')}</span>}
            </dd>
            <dt>{t('emotion.end')}</dt>
            <dd>
              {scene(a.end?.id)} ({a.end?.score})
            </dd>
          </dl>
          <div className="mood-bars" aria-label={t('emotion.moodShare')}>
            {(['delighted', 'neutral', 'bad'] as Mood[]).map((mood) => (
              <div key={mood} className={`mood-bar mood-bar--${mood}`}>
                <span>{t(`emotion.${mood}`)}</span>
                <span className="mood-bar__track">
                  <span className="mood-bar__fill" style={{ width: percent(a.moodShare[mood]) }} />
                </span>
                <span data-testid={`mood-${mood}`}>{percent(a.moodShare[mood])}</span>
              </div>
            ))}
          </div>
          {a.highlights.length > 0 && (
            <p className="analysis__list">
              <strong>{t('emotion.highlight')}:</strong> {list(a.highlights)}
            </p>
          )}
          {a.darkest.length > 0 && (
            <p className="analysis__list">
              <strong>{t('emotion.darkest')}:</strong> {list(a.darkest)}
            </p>
          )}
        </>
      )}
    </section>
  );
}
