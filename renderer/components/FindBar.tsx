// The find bar over the top right of the map: type, see every match listed, Enter jumps to the
// next (Shift+Enter the previous), ↑/↓ move through the list, Esc closes.
import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { findInDoc, MAX_RESULTS, targetKey, type FindResult } from '../../shared/search.ts';
import { closeFind, jumpTo } from '../actions/findActions.ts';
import { useEditorSnapshot } from '../state/editor.ts';
import { useFind } from '../state/find.ts';
import { FindSnippet } from './FindSnippet.tsx';
import { whereOf } from './findWhere.ts';

function useFindResults(): FindResult[] {
  const { doc } = useEditorSnapshot();
  const query = useFind((s) => s.query);
  const open = useFind((s) => s.open);
  return useMemo(() => (open ? findInDoc(doc, query) : []), [doc, query, open]);
}

export function FindBar() {
  const { t } = useTranslation();
  const { doc } = useEditorSnapshot();
  const query = useFind((s) => s.query);
  const stored = useFind((s) => s.current);
  const results = useFindResults();
  // An edit can take matches away (a found card deleted): the position stays within the list.
  const current = Math.min(stored, results.length - 1);
  // Back from no jump yet is the last match, as in a browser's find.
  const previous = current < 0 ? results.length - 1 : current - 1;
  const list = useRef<HTMLUListElement>(null);

  useEffect(() => {
    const currentResult = results[current];
    useFind.setState({ matches: new Set(results.map((r) => targetKey(r.target))), currentKey: currentResult ? targetKey(currentResult.target) : null });
  }, [results, current]);

  const go = (index: number) => {
    if (results.length === 0) return;
    const next = (index + results.length) % results.length;
    useFind.setState({ current: next });
    jumpTo(results[next]!);
    // By hand, not scrollIntoView: that would also scroll the clipped containers around the map.
    requestAnimationFrame(() => {
      const item = list.current?.children[next] as HTMLElement | undefined;
      if (!item || !list.current) return;
      const { scrollTop, clientHeight } = list.current;
      if (item.offsetTop < scrollTop) list.current.scrollTop = item.offsetTop;
      else if (item.offsetTop + item.offsetHeight > scrollTop + clientHeight) list.current.scrollTop = item.offsetTop + item.offsetHeight - clientHeight;
    });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'Enter') go(event.shiftKey ? previous : current + 1);
    else if (event.key === 'ArrowDown') go(current + 1);
    else if (event.key === 'ArrowUp') go(previous);
    else if (event.key === 'Escape') {
      // Back to the map, so its keys (Delete, arrows, Enter) act on what was found.
      event.currentTarget.blur();
      closeFind();
      event.stopPropagation();
    } else return;
    event.preventDefault();
  };

  const count = results.length === 0 ? (query.trim() ? t('find.none') : '') : current >= 0 ? t('find.position', { n: current + 1, total: results.length }) : t('find.count', { count: results.length });
  return (
    <section
      className="find-bar"
      role="search"
      aria-label={t('find.title')}
      data-testid="find-bar"
      onKeyDown={(e) => {
        // Esc on any of the bar's buttons closes it too (and is not the map's "clear selection").
        if (e.key !== 'Escape') return;
        e.stopPropagation();
        closeFind();
      }}
    >
      <div className="find-bar__line">
        <input
          type="search"
          className="find-bar__input"
          value={query}
          placeholder={t('find.placeholder')}
          aria-label={t('find.placeholder')}
          aria-controls="find-results"
          onChange={(e) => useFind.setState({ query: e.target.value, current: -1 })}
          onKeyDown={onKeyDown}
        />
        <span className="find-bar__count" aria-live="polite" data-testid="find-count">
          {count}
        </span>
        <button type="button" title={t('find.previous')} aria-label={t('find.previous')} disabled={results.length === 0} onClick={() => go(previous)}>
          ↑
        </button>
        <button type="button" title={t('find.next')} aria-label={t('find.next')} disabled={results.length === 0} onClick={() => go(current + 1)}>
          ↓
        </button>
        <button type="button" title={t('find.close')} aria-label={t('find.close')} onClick={closeFind}>
          ×
        </button>
      </div>
      {results.length > 0 && (
        <ul className="find-bar__results" id="find-results" role="listbox" ref={list} aria-label={t('find.results')}>
          {results.map((result, i) => (
            <li
              key={`${targetKey(result.target)}:${result.field}`}
              role="option"
              aria-selected={i === current}
              className="find-result"
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => go(i)}
            >
              <FindSnippet result={result} className="find-result__text" />
              <span className="find-result__where">{whereOf(result, doc, t)}</span>
            </li>
          ))}
          {results.length >= MAX_RESULTS && <li className="find-result find-result--more">{t('find.more', { count: MAX_RESULTS })}</li>}
        </ul>
      )}
    </section>
  );
}
