// Which opportunity a service action delivers: a choice among the map's opportunity cards,
// grouped by scene. A change deletes the old 'delivers' relation and adds the new one in one
// transaction (one undo step); the chosen one is a click away on the map.
import { useTranslation } from 'react-i18next';
import { deliveredBy, opportunityChoices, setDeliversOps } from '../../../shared/delivers.ts';
import { newId } from '../../../shared/ids.ts';
import type { JourneyDoc } from '../../../shared/model.ts';
import { showCard } from '../../actions/cardActions.ts';
import { editor } from '../../state/editor.ts';

/** An option's text is cut so the closed select stays readable in the narrow panel. */
const cut = (text: string, max = 60) => ([...text].length > max ? `${[...text].slice(0, max - 1).join('')}…` : text);

export function DeliversPicker({ doc, cardId }: { doc: JourneyDoc; cardId: string }) {
  const { t } = useTranslation();
  const choices = opportunityChoices(doc);
  const chosen = deliveredBy(doc, cardId);
  // An untitled scene is named as on the map (an empty group label would leave a blank row).
  const sceneTitle = (title: string) => title.trim() || t('scene.untitled');
  const scenes = [...new Map(choices.map((c) => [c.sceneId, sceneTitle(c.sceneTitle)])).entries()];
  const choose = (opportunityId: string) => {
    const ops = setDeliversOps(editor.doc, cardId, opportunityId || null, newId('relation'));
    if (ops.length > 0) editor.apply(ops, 'editCard');
  };
  if (choices.length === 0) return <p className="sa-hint">{t('serviceAction.noOpportunities')}</p>;
  return (
    <div className="delivers">
      <select aria-label={t('serviceAction.delivers')} value={chosen[0] ?? ''} onChange={(e) => choose(e.target.value)} data-testid="delivers-select">
        <option value="">{t('serviceAction.deliversNone')}</option>
        {scenes.map(([sceneId, title]) => (
          <optgroup key={sceneId} label={title}>
            {choices
              .filter((c) => c.sceneId === sceneId)
              .map((c) => (
                <option key={c.cardId} value={c.cardId}>
                  {cut(c.text || t('serviceAction.untitled'))}
                </option>
              ))}
          </optgroup>
        ))}
      </select>
      {chosen.map((id) => {
        const choice = choices.find((c) => c.cardId === id);
        if (!choice) return null;
        return (
          <button key={id} type="button" className="delivers__chosen" onClick={() => showCard(id)} data-testid="delivers-show">
            <span className="delivers__text">{choice.text || t('serviceAction.untitled')}</span>
            <span className="delivers__scene">
              {sceneTitle(choice.sceneTitle)} · {t('serviceAction.show')} →
            </span>
          </button>
        );
      })}
    </div>
  );
}
