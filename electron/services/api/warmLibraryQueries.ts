import type { ArticleQuery } from '../../../shared/article/articleQuerySchema';
import { firstLibraryPage } from '../../../shared/article/firstLibraryPage';
import type { ApiHandlers } from './apiHandlers';

const page = { offset: 0, limit: 5 } as const;

/**
 * One query of each shape the library view sends after its first list: a broad prefix and a
 * ranked word in each language, a filtered search, a status and a language filter, five rows
 * each, then the list's own first page: enough for the snippet code's stemmers to be compiled,
 * cheap enough that a real call arriving meanwhile waits little. The words are common ones;
 * their answers are dropped.
 */
export const warmUpQueries: readonly ArticleQuery[] = [
  { ...page, search: 'по', sort: 'relevance' },
  { ...page, search: 'th', sort: 'relevance' },
  { ...page, search: 'правительство', sort: 'relevance' },
  { ...page, search: 'government', sort: 'relevance' },
  { ...page, search: 'время', sort: 'relevance' },
  { ...page, search: 'people', sort: 'relevance' },
  { ...page, search: 'ёжики', sort: 'relevance', language: 'ru' },
  // Last, so that SQLite's small page cache still holds their index pages for the first
  // filter, and the rows on screen (the searches above read other rows over them).
  { ...page, search: '', sort: 'updated', status: 'draft' },
  { ...page, search: '', sort: 'updated', language: 'ru' },
  firstLibraryPage,
];

/** Between two warm-up queries: the window's own calls go first. */
const gapMs = 40;

/**
 * Runs {@link warmUpQueries} through `handlers`, one per timer tick, until done or `signal`
 * aborts. At 100,000 articles the first search of a session cost 100–170 ms of CPU where the
 * same query warm costs 10–25 ms: V8 compiles the stemmers and the snippet code only once they
 * have run, and SQLite's statements and the full-text index's first pages are read on first
 * use. Paid here, after the first list, it is not paid on the editor's first keystrokes.
 */
export async function warmLibraryQueries(
  handlers: Pick<ApiHandlers, 'articles:query'>,
  signal?: AbortSignal,
): Promise<number> {
  let ran = 0;
  for (const query of warmUpQueries) {
    await new Promise<void>((resolve) => setTimeout(resolve, gapMs));
    if (signal?.aborted) break;
    try {
      await handlers['articles:query'](query);
      ran += 1;
    } catch {
      // A warm-up that fails (a closed or damaged library) only leaves the path cold.
    }
  }
  return ran;
}
