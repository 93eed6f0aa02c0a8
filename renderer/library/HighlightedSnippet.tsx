import type { z } from 'zod';
import type { searchSnippetSchema } from '../../shared/article/articleQuerySchema';

type Snippet = z.infer<typeof searchSnippetSchema>;

/** A search snippet with its matches marked (text only: nothing is parsed as HTML). */
export function HighlightedSnippet({ snippet }: { snippet: Snippet }) {
  const parts = [];
  let cursor = 0;
  for (const [start, end] of snippet.highlights) {
    if (start > cursor) parts.push(snippet.text.slice(cursor, start));
    parts.push(<mark key={start}>{snippet.text.slice(start, end)}</mark>);
    cursor = end;
  }
  parts.push(snippet.text.slice(cursor));
  return <span className="article-list-snippet">{parts}</span>;
}
