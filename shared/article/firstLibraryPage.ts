import type { ArticleQuery } from './articleQuerySchema';

/**
 * The library page a window asks for as it opens (no filters, newest first, one page of 50):
 * `galley serve` reads it once at start so the window's first call finds SQLite's pages and
 * statements warm. The renderer derives the same input from its empty filter form
 * (`firstLibraryPageInput`); a unit test holds the two equal.
 */
export const firstLibraryPage: ArticleQuery = { search: '', sort: 'updated', offset: 0, limit: 50 };
