// The top-left corner, above the lane headers and left of the stage headers: the map's title
// (double-click to rename) and the personas the title block shows (click one to edit it; with
// one, its quote or the start of its description under its name, as in the export).
import { useTranslation } from 'react-i18next';
import type { JourneyDoc } from '../../../../shared/model.ts';
import { personaLine, titlePersonas } from '../../../../shared/personas.ts';
import { openPersonas } from '../../../actions/personaActions.ts';
import { editor } from '../../../state/editor.ts';
import { PreviewImage } from '../../../images/PreviewImage.tsx';
import { InlineText } from '../../InlineText.tsx';
import '../../personas.css';

export function CornerHeader({ doc, transform }: { doc: JourneyDoc; transform: string }) {
  const { t } = useTranslation();
  const shown = titlePersonas(doc);
  const line = shown.length === 1 ? personaLine(shown[0]!) : null;
  return (
    <div className="corner" style={{ transform }}>
      <InlineText
        className={`corner__title${shown.length > 0 ? ' corner__title--short' : ''}`}
        value={doc.map.title}
        placeholder={t('app.untitled')}
        label={t('headers.mapTitle')}
        onCommit={(value) => editor.apply({ type: 'setMapTitle', title: value })}
      />
      {shown.length === 0 ? (
        <button type="button" className="corner__add-persona" data-testid="corner-add-persona" onClick={() => openPersonas()}>
          + {t('personas.add')}
        </button>
      ) : (
        <div className="corner__personas" data-testid="corner-personas">
          {shown.map((persona, i) => (
            <span key={persona.id}>
              {i > 0 && <span className="corner__sep"> · </span>}
              <button
                type="button"
                className="corner__persona"
                data-persona-id={persona.id}
                title={t('personas.editNamed', { name: persona.name })}
                onClick={() => openPersonas(persona.id)}
              >
                {persona.photo && <PreviewImage id={persona.photo} alt="" className="corner__photo" />}
                {persona.name || t('personas.unnamed')}
              </button>
            </span>
          ))}
        </div>
      )}
      {line && (
        <div className={`corner__line corner__line--${line.kind}`} data-testid="corner-persona-line" title={line.text}>
          {line.text}
        </div>
      )}
    </div>
  );
}
