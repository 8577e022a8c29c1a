// A match of a find, as a line of its text with the match marked.
import type { FindResult } from '../../shared/search.ts';

export function FindSnippet({ result, className }: { result: FindResult; className: string }) {
  return (
    <span className={className}>
      {result.snippet.slice(0, result.start)}
      <mark>{result.snippet.slice(result.start, result.end)}</mark>
      {result.snippet.slice(result.end)}
    </span>
  );
}
