// The emotion side panel: the curves (legend, show/hide, which one is edited), the map's scale
// and drawing options, what the active curve says (peak–end, moods, highlights, darkest points),
// and the selected point's note and touchpoint.
import { useTranslation } from 'react-i18next';
import { drawsCurve } from '../../shared/laneKinds.ts';
import { activeCurve } from '../../shared/emotion/laneGeometry.ts';
import { newId } from '../../shared/ids.ts';
import { EMOTION_SCALES, type JourneyDoc } from '../../shared/model.ts';
import { sortOrdered } from '../../shared/order.ts';
import { curvePersona, personasInOrder } from '../../shared/personas.ts';
import { openPersonas } from '../actions/personaActions.ts';
import { editor, useEditorSnapshot } from '../state/editor.ts';
import { session, useSession } from '../state/session.ts';
import { CurveAnalysis } from './emotion/CurveAnalysis.tsx';
import { InlineText } from './InlineText.tsx';

// Scale names contain dots, which i18next reads as key separators.
const SCALE_KEYS = { '-2..+2': 'five', moods: 'moods', '1..5': 'oneToFive', '-3..+3': 'seven' } as const;
const NEW_CURVE_COLOURS = ['#2563eb', '#16a34a', '#ea580c', '#7c3aed', '#0891b2'];

function Curves({ doc, active }: { doc: JourneyDoc; active: string | null }) {
  const { t } = useTranslation();
  const curves = sortOrdered(Object.values(doc.curves));
  const add = () => {
    const id = newId('curve');
    const colour = NEW_CURVE_COLOURS[curves.length % NEW_CURVE_COLOURS.length] as string;
    editor.apply({ type: 'addCurve', id, name: t('emotion.targetCurve'), colour }, 'addCurve');
    session.set({ activeCurveId: id });
  };
  return (
    <section className="panel-section" aria-label={t('emotion.curves')}>
      <h3>{t('emotion.curves')}</h3>
      <ul className="curve-legend" data-testid="curve-legend">
        {curves.map((curve) => (
          <li key={curve.id} className={curve.id === active ? 'is-active' : ''} data-curve-id={curve.id}>
            <input
              type="radio"
              name="active-curve"
              checked={curve.id === active}
              disabled={curve.hidden}
              aria-label={t('emotion.editCurve', { name: curve.name })}
              onChange={() => session.set({ activeCurveId: curve.id, selectedPointId: null })}
            />
            <input
              type="color"
              value={curve.colour}
              aria-label={t('emotion.curveColour')}
              onChange={(e) => editor.apply({ type: 'setCurveColour', id: curve.id, colour: e.target.value }, 'setCurveColour')}
            />
            <InlineText className="curve-legend__name" value={curve.name} label={t('emotion.curveName')} onCommit={(name) => editor.apply({ type: 'renameCurve', id: curve.id, name })} />
            <label className="curve-legend__show" title={t('emotion.showCurve')}>
              <input type="checkbox" checked={!curve.hidden} onChange={(e) => editor.apply({ type: 'setCurveHidden', id: curve.id, hidden: !e.target.checked })} />
              <span className="visually-hidden">{t('emotion.showCurve')}</span>
            </label>
            <button type="button" className="curve-legend__delete" aria-label={t('emotion.deleteCurve', { name: curve.name })} onClick={() => editor.apply({ type: 'deleteCurve', id: curve.id }, 'deleteCurve')}>
              ×
            </button>
            <CurvePersona doc={doc} curveId={curve.id} />
          </li>
        ))}
      </ul>
      <button type="button" onClick={add}>
        + {t('emotion.addCurve')}
      </button>
    </section>
  );
}

/** Whose feelings a curve draws: one of the map's personas, or nobody in particular. */
function CurvePersona({ doc, curveId }: { doc: JourneyDoc; curveId: string }) {
  const { t } = useTranslation();
  const curve = doc.curves[curveId];
  if (!curve) return null;
  const personas = personasInOrder(doc);
  const value = curvePersona(doc, curve)?.id ?? '';
  return (
    <span className="curve-legend__persona">
      <select
        data-testid="curve-persona"
        aria-label={t('personas.curvePersona')}
        title={t('personas.curvePersona')}
        value={value}
        onChange={(e) => editor.apply({ type: 'setCurvePersona', id: curve.id, personaId: e.target.value || undefined }, 'setCurvePersona')}
      >
        <option value="">{t('personas.curveNobody')}</option>
        {personas.map((persona) => (
          <option key={persona.id} value={persona.id}>
            {persona.name || t('personas.unnamed')}
          </option>
        ))}
      </select>
      <button type="button" className="link-button" onClick={() => openPersonas(value || undefined)}>
        {t('personas.editPersonas')}
      </button>
    </span>
  );
}

function Settings({ doc }: { doc: JourneyDoc }) {
  const { t } = useTranslation();
  return (
    <section className="panel-section">
      <label className="inspector__field">
        <span>{t('emotion.scale')}</span>
        <select data-testid="emotion-scale" value={doc.map.scale} onChange={(e) => editor.apply({ type: 'setEmotionScale', scale: e.target.value as JourneyDoc['map']['scale'] }, 'setEmotionScale')}>
          {EMOTION_SCALES.map((scale) => (
            <option key={scale} value={scale}>
              {t(`emotion.scales.${SCALE_KEYS[scale]}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="inspector__field">
        <span>{t('emotion.gaps')}</span>
        <select value={doc.map.curveGaps ?? 'gap'} onChange={(e) => editor.apply({ type: 'setCurveGaps', mode: e.target.value === 'interpolate' ? 'interpolate' : 'gap' })}>
          <option value="gap">{t('emotion.gapMode')}</option>
          <option value="interpolate">{t('emotion.interpolateMode')}</option>
        </select>
      </label>
      <label className="panel-check">
        <input type="checkbox" checked={Boolean(doc.map.emotionFaces)} onChange={(e) => editor.apply({ type: 'setEmotionFaces', faces: e.target.checked })} />
        {t('emotion.faces')}
      </label>
    </section>
  );
}

function PointInspector({ doc, pointId }: { doc: JourneyDoc; pointId: string }) {
  const { t } = useTranslation();
  const point = doc.emotionPoints[pointId];
  if (!point) return null;
  const touchpoints = sortOrdered(Object.values(doc.cards).filter((c) => c.sceneId === point.sceneId && doc.lanes[c.laneId]?.kind === 'touchpoints'));
  return (
    <section className="panel-section" data-testid="point-inspector">
      <h3>
        {t('emotion.point')} · {doc.scenes[point.sceneId]?.title} ({point.score})
      </h3>
      <label className="inspector__field">
        <span>{t('emotion.note')}</span>
        <textarea
          key={`${point.id}:${point.note}`}
          rows={3}
          defaultValue={point.note}
          data-testid="point-note"
          onBlur={(e) => e.target.value !== point.note && editor.apply({ type: 'setEmotion', id: point.id, note: e.target.value }, 'setEmotionNote')}
        />
      </label>
      <label className="inspector__field">
        <span>{t('emotion.touchpoint')}</span>
        <select value={point.cardId ?? ''} onChange={(e) => editor.apply({ type: 'setEmotionPointCard', id: point.id, cardId: e.target.value || undefined })}>
          <option value="">—</option>
          {touchpoints.map((card) => (
            <option key={card.id} value={card.id}>
              {card.text}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="inspector__delete" onClick={() => editor.apply({ type: 'deleteEmotionPoint', id: point.id }, 'deleteEmotionPoint')}>
        {t('emotion.deletePoint')}
      </button>
    </section>
  );
}

export function EmotionPanel() {
  const { t } = useTranslation();
  const { doc } = useEditorSnapshot();
  const selectedPointId = useSession((s) => s.selectedPointId);
  const active = activeCurve(doc, useSession((s) => s.activeCurveId));
  if (!Object.values(doc.lanes).some((l) => drawsCurve(l.kind))) return null;
  return (
    <aside className="inspector emotion-panel" aria-label={t('emotion.panel')} data-testid="emotion-panel">
      <h2>{t('laneKind.emotion')}</h2>
      {selectedPointId && <PointInspector doc={doc} pointId={selectedPointId} />}
      {active && <CurveAnalysis doc={doc} curveId={active} />}
      <Curves doc={doc} active={active} />
      <Settings doc={doc} />
    </aside>
  );
}
