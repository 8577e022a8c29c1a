// What an opportunity addresses, in its inspector: chips of the pain points, needs, touchpoints
// and emotion points it is tied to (a click shows one on the map, × unties it) and a searchable
// picker of the map's others, grouped by kind, for the keyboard and the mouse. And the other way
// round, on a pain point, need or touchpoint: the opportunities that address it. On a large map
// the picker lists the first matches only (addressOptions.ts) and says how many more there are.
import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SCALES } from '../../../shared/emotion/scale.ts';
import { severityDots } from '../../../shared/laneKinds.ts';
import type { Card, EmotionScale, JourneyDoc } from '../../../shared/model.ts';
import { addressTarget, relationsFrom, relationsTo, type AddressTarget } from '../../../shared/relations.ts';
import { showCard } from '../../actions/cardActions.ts';
import { address, showTarget, untie } from '../../actions/relationActions.ts';
import { useEditorSnapshot } from '../../state/editor.ts';
import { addressOrderOf, addressTargetsOf, groupByKind, matchEntries } from './addressOptions.ts';

const signed = (score: number, scale: EmotionScale) => (score > 0 && SCALES[scale].min < 0 ? `+${score}` : String(score));

/** What a chip or an option says: the card's text (a pain point with its dots), or the point's score and note. */
function useDescribe() {
  const { t } = useTranslation();
  return useCallback(
    (doc: JourneyDoc, target: AddressTarget) => {
      const scene = doc.scenes[target.sceneId]?.title || t('scene.untitled');
      if (target.kind === 'emotion') {
        const curves = Object.keys(doc.curves).length;
        const curve = curves > 1 ? ` · ${doc.curves[target.curveId ?? '']?.name ?? ''}` : '';
        return { lead: `${signed(target.score ?? 0, doc.map.scale)}`, text: target.text.trim() || t('relations.noNote'), scene: `${scene}${curve}` };
      }
      return { lead: target.severity ? severityDots(target.severity) : '', text: target.text.trim() || t('card.empty'), scene };
    },
    [t],
  );
}

function Picker({ card, onClose }: { card: Card; onClose: () => void }) {
  const { t } = useTranslation();
  const { doc } = useEditorSnapshot();
  const describe = useDescribe();
  const id = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const root = useRef<HTMLDivElement>(null);
  // What each target says and is searched by: once per document and language, not per keystroke
  // (a map can hold thousands).
  const entries = useMemo(
    () =>
      addressTargetsOf(doc).map((target) => {
        const d = describe(doc, target);
        return { target, d, haystack: `${t(`relations.kind.${target.kind}`)} ${d.text} ${d.scene}`.toLowerCase() };
      }),
    [doc, describe, t],
  );
  const tied = useMemo(() => new Set(relationsFrom(doc, 'addresses', card.id).flatMap((r) => r.toCardId ?? r.toPointId ?? [])), [doc, card.id]);
  const { shown: options, total } = useMemo(() => matchEntries(entries, tied, query), [entries, tied, query]);
  const groups = groupByKind(options);
  const current = Math.min(active, Math.max(0, options.length - 1));
  const optionId = (i: number) => `${id}-option-${i}`;
  useEffect(() => {
    document.getElementById(optionId(current))?.scrollIntoView({ block: 'nearest' });
  });
  const pick = (target: AddressTarget | undefined) => {
    if (!target) return;
    address(card.id, target.id);
    onClose();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.nativeEvent.isComposing) return;
    const moves: Record<string, number> = { ArrowDown: current + 1, ArrowUp: current - 1, Home: 0, End: options.length - 1, PageDown: current + 8, PageUp: current - 8 };
    if (event.key in moves) {
      event.preventDefault();
      setActive(Math.max(0, Math.min(options.length - 1, moves[event.key]!)));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      pick(options[current]?.target);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
    }
  };
  return (
    <div
      ref={root}
      className="address-picker"
      data-testid="address-picker"
      onBlur={(e) => {
        if (!root.current?.contains(e.relatedTarget as Node | null)) onClose();
      }}
    >
      <input
        type="search"
        role="combobox"
        autoFocus
        value={query}
        placeholder={t('relations.search')}
        aria-label={t('relations.search')}
        aria-expanded
        aria-controls={`${id}-list`}
        aria-activedescendant={options.length > 0 ? optionId(current) : undefined}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        data-testid="address-search"
      />
      <div className="address-picker__list" role="listbox" id={`${id}-list`} aria-label={t('relations.pickerLabel')} tabIndex={-1}>
        {options.length === 0 && <p className="panel-empty">{t('relations.noMatch')}</p>}
        {groups.map(({ kind, start, entries: group }) => {
          return (
            <div key={kind} role="group" aria-labelledby={`${id}-${kind}`}>
              <div className="address-picker__group" id={`${id}-${kind}`} role="presentation">
                {t(`relations.groups.${kind}`)}
              </div>
              {group.map(({ target, d }, n) => {
                const i = start + n;
                return (
                  <div
                    key={target.id}
                    id={optionId(i)}
                    role="option"
                    aria-selected={i === current}
                    className={`address-picker__option${i === current ? ' is-active' : ''}`}
                    data-target-id={target.id}
                    onMouseDown={(e) => e.preventDefault()}
                    onMouseMove={() => i !== current && setActive(i)}
                    onClick={() => pick(target)}
                  >
                    {d.lead && <span className={`address-lead address-lead--${kind}`}>{d.lead}</span>}
                    <span className="address-picker__text">{d.text}</span>
                    <span className="address-picker__scene">{d.scene}</span>
                  </div>
                );
              })}
            </div>
          );
        })}
        {total > options.length && (
          <p className="panel-empty" role="status" data-testid="address-more">
            {t('relations.moreMatches', { count: total - options.length })}
          </p>
        )}
      </div>
    </div>
  );
}

/** The "Addresses" section of an opportunity's inspector. */
export function Addresses({ card }: { card: Card }) {
  const { t } = useTranslation();
  const { doc } = useEditorSnapshot();
  const describe = useDescribe();
  const [picking, setPicking] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);
  // By kind, then in reading order, as the picker lists them (not in the order they were tied, which undo reshuffles).
  const order = addressOrderOf(doc);
  const tied = relationsFrom(doc, 'addresses', card.id)
    .flatMap((relation) => {
      const target = addressTarget(doc, relation.toCardId ?? relation.toPointId ?? '');
      return target ? [{ relation, target }] : [];
    })
    .sort((a, b) => (order.get(a.target.id) ?? 0) - (order.get(b.target.id) ?? 0));
  const close = () => {
    setPicking(false);
    requestAnimationFrame(() => addButton.current?.focus({ preventScroll: true }));
  };
  return (
    <section className="inspector__field addresses" aria-label={t('relations.addresses')} data-testid="addresses">
      <span title={t('relations.addressesHint')}>{t('relations.addresses')}</span>
      {tied.length === 0 ? (
        <p className="panel-empty">{t('relations.none')}</p>
      ) : (
        <ul className="address-chips">
          {tied.map(({ relation, target }) => {
            const d = describe(doc, target);
            const name = `${t(`relations.kind.${target.kind}`)}: ${d.text}`;
            return (
              <li key={relation.id} className={`address-chip address-chip--${target.kind}`} data-testid="address-chip" data-target-id={target.id}>
                <button type="button" className="address-chip__show" title={`${t('relations.showOnMap')} · ${d.scene}`} onClick={() => showTarget(target.id, { panel: true })}>
                  <span className="address-chip__kind">{t(`relations.kind.${target.kind}`)}</span>
                  {d.lead && <span className={`address-lead address-lead--${target.kind}`}>{d.lead}</span>}
                  <span className="address-chip__text">{d.text}</span>
                  <span className="address-chip__scene">{d.scene}</span>
                </button>
                <button type="button" className="address-chip__remove" aria-label={t('relations.remove', { name })} title={t('relations.remove', { name })} onClick={() => untie(relation.id)}>
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {picking ? (
        <Picker card={card} onClose={close} />
      ) : (
        <button ref={addButton} type="button" className="addresses__add" onClick={() => setPicking(true)} data-testid="address-add">
          + {t('relations.add')}
        </button>
      )}
    </section>
  );
}

/** On a pain point, need or touchpoint: the opportunities addressing it (a click shows one). */
export function AddressedBy({ card }: { card: Card }) {
  const { t } = useTranslation();
  const { doc } = useEditorSnapshot();
  const kind = doc.lanes[card.laneId]?.kind;
  if (kind !== 'painpoints' && kind !== 'needs' && kind !== 'touchpoints') return null;
  const by = relationsTo(doc, 'addresses', card.id).flatMap((r) => doc.cards[r.fromCardId] ?? []);
  return (
    <section className="inspector__field addresses" aria-label={t('relations.addressedBy')} data-testid="addressed-by">
      <span>{t('relations.addressedBy')}</span>
      {by.length === 0 ? (
        <p className="panel-empty">{t('relations.addressedByNone')}</p>
      ) : (
        <ul className="address-chips">
          {by.map((opportunity) => (
            <li key={opportunity.id} className="address-chip address-chip--opportunities">
              <button type="button" className="address-chip__show" title={t('relations.showOnMap')} onClick={() => showCard(opportunity.id)}>
                <span className="address-chip__text">{opportunity.text.trim() || t('card.empty')}</span>
                <span className="address-chip__scene">{doc.scenes[opportunity.sceneId]?.title.trim() || t('scene.untitled')}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
