// Find in the HTML file's map: type, see the matches listed under the box, Enter jumps to the
// next (Shift+Enter the previous), a click on one jumps to it, Esc clears.
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneyDoc } from '../../shared/model.ts';
import { MAX_RESULTS, targetKey, type FindResult } from '../../shared/search.ts';
import { FindSnippet } from '../components/FindSnippet.tsx';
import { whereOf } from '../components/findWhere.ts';

interface Props {
  doc: JourneyDoc;
  query: string;
  results: readonly FindResult[];
  current: number;
  onQuery: (query: string) => void;
  onGo: (index: number) => void;
  inputRef: React.RefObject<HTMLInputElement | null>;
}

export function ViewerSearch({ doc, query, results, current, onQuery, onGo, inputRef }: Props) {
  const { t } = useTranslation();
  const [listOpen, setListOpen] = useState(false);
  const go = (index: number) => results.length > 0 && onGo((index + results.length) % results.length);
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      go(current < 0 ? (event.shiftKey ? results.length - 1 : 0) : current + (event.shiftKey ? -1 : 1));
    } else if (event.key === 'Escape') {
      event.preventDefault();
      if (query) onQuery('');
      else inputRef.current?.blur();
    }
  };
  const status = !query.trim() ? '' : results.length === 0 ? t('find.none') : current >= 0 ? t('find.position', { n: current + 1, total: results.length }) : t('find.count', { count: results.length });
  return (
    <div className="viewer-search" onFocus={() => setListOpen(true)} onBlur={(e) => !e.currentTarget.contains(e.relatedTarget) && setListOpen(false)}>
      <input
        ref={inputRef}
        type="search"
        value={query}
        placeholder={t('viewer.searchPlaceholder')}
        aria-label={t('find.title')}
        data-testid="viewer-search"
        onChange={(e) => onQuery(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <span className="viewer-search__status" data-testid="viewer-search-status" aria-live="polite">
        {status}
      </span>
      {listOpen && results.length > 0 && (
        <ul className="viewer-search__results" aria-label={t('find.results')} data-testid="viewer-search-results">
          {results.map((result, i) => (
            <li key={`${targetKey(result.target)}:${result.field}`}>
              <button type="button" className={i === current ? 'is-current' : undefined} onClick={() => onGo(i)}>
                <FindSnippet result={result} className="viewer-search__snippet" />
                <span className="viewer-search__where">{whereOf(result, doc, t)}</span>
              </button>
            </li>
          ))}
          {results.length >= MAX_RESULTS && <li className="viewer-search__more">{t('find.more', { count: MAX_RESULTS })}</li>}
        </ul>
      )}
    </div>
  );
}
