// The top-left corner, above the lane headers and left of the stage headers: the map's title
// (double-click to rename) and its persona.
import { useTranslation } from 'react-i18next';
import type { JourneyDoc } from '../../../../shared/model.ts';
import { sortOrdered } from '../../../../shared/order.ts';
import { editor } from '../../../state/editor.ts';
import { InlineText } from '../../InlineText.tsx';

export function CornerHeader({ doc, transform }: { doc: JourneyDoc; transform: string }) {
  const { t } = useTranslation();
  const persona = sortOrdered(Object.values(doc.personas))[0]?.name ?? '';
  return (
    <div className="corner" style={{ transform }}>
      <InlineText
        className="corner__title"
        value={doc.map.title}
        placeholder={t('app.untitled')}
        label={t('headers.mapTitle')}
        onCommit={(value) => editor.apply({ type: 'setMapTitle', title: value })}
      />
      {persona && <div className="corner__persona">{persona}</div>}
    </div>
  );
}
