// The series of a service action (系列化): the routine it belongs to in its scene, named like the
// other actions of that routine (the names already used there are offered), its place in it and
// the routine's actions in order, each a click away.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Card, JourneyDoc } from '../../../shared/model.ts';
import { seriesNamesIn, seriesOf, seriesPlace } from '../../../shared/serviceActions.ts';
import { showCard } from '../../actions/cardActions.ts';
import { LIMITS, clip } from './limits.ts';

const firstLine = (text: string) => text.split('\n')[0]!.trim();

export function SeriesField({ doc, card, write }: { doc: JourneyDoc; card: Card; write: (series: string | undefined) => void }) {
  const { t } = useTranslation();
  const names = seriesNamesIn(doc, card.sceneId).filter((name) => name !== card.series?.trim());
  const place = seriesPlace(doc, card.id);
  const members = place ? (seriesOf(doc).find((s) => s.sceneId === card.sceneId && s.name === place.series)?.cardIds ?? []) : [];
  const commit = (value: string) => {
    const clean = clip(value, LIMITS.series).trim();
    if (clean !== (card.series ?? '')) write(clean || undefined);
  };
  return (
    <div className="series">
      <SeriesInput key={card.series ?? ''} value={card.series ?? ''} listId={`series-${card.id}`} onCommit={commit} />
      <datalist id={`series-${card.id}`}>
        {names.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      {!place && names.length > 0 && (
        <div className="quick-picks" role="group" aria-label={t('serviceAction.seriesInScene')}>
          {names.map((name) => (
            <button key={name} type="button" className="quick-pick" onClick={() => write(name)}>
              {t('serviceAction.joinSeries', { name })}
            </button>
          ))}
        </div>
      )}
      {place ? (
        <>
          <p className="series__place" data-testid="series-place">
            {t('serviceAction.seriesPlace', { index: place.index, count: place.count })}
          </p>
          <ol className="series__members" aria-label={t('serviceAction.seriesMembers', { name: place.series })}>
            {members.map((id) => {
              const text = firstLine(doc.cards[id]?.text ?? '') || t('serviceAction.untitled');
              return (
                <li key={id} aria-current={id === card.id ? 'true' : undefined}>
                  {id === card.id ? (
                    <span className="series__member" title={text}>
                      {text}
                    </span>
                  ) : (
                    <button type="button" className="series__member" title={text} onClick={() => showCard(id)}>
                      {text}
                    </button>
                  )}
                </li>
              );
            })}
          </ol>
          <p className="sa-hint">{t('serviceAction.seriesOrder')}</p>
        </>
      ) : (
        names.length === 0 && <p className="sa-hint">{t('serviceAction.seriesHint')}</p>
      )}
    </div>
  );
}

/** The name field: written on Enter, on leaving it, or at once when picked from the list. */
function SeriesInput({ value, listId, onCommit }: { value: string; listId: string; onCommit: (value: string) => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(value);
  const full = draft.length >= LIMITS.series;
  return (
    <>
      <input
        value={draft}
        list={listId}
        maxLength={LIMITS.series}
        aria-label={t('serviceAction.seriesName')}
        placeholder={t('serviceAction.seriesPlaceholder')}
        data-testid="series-input"
        onChange={(e) => {
          const value = clip(e.target.value, LIMITS.series);
          setDraft(value);
          if ((e.nativeEvent as InputEvent).inputType === 'insertReplacementText' || !(e.nativeEvent instanceof InputEvent)) onCommit(value);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.nativeEvent.isComposing) onCommit(draft);
        }}
        onBlur={() => onCommit(draft)}
      />
      {full && (
        <small className="sa-hint" role="status" data-testid="series-note">
          {t('limits.chars', { max: LIMITS.series })}
        </small>
      )}
    </>
  );
}
