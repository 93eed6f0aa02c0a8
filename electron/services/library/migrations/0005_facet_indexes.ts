import type { Migration } from './migration';

/**
 * Covering indexes for the library view at 100,000 articles: counts per status under a
 * rubric or language filter, and a search's matches joined to articles by id, are answered
 * from index pages instead of the (large) article rows.
 */
export const migration0005: Migration = {
  version: 5,
  name: 'facet_indexes',
  sql: `
    CREATE INDEX articles_facets_by_id
      ON articles (id, status, rubric, language, updated_at, created_at);
    CREATE INDEX articles_by_rubric_language_status ON articles (rubric, language, status);
    CREATE INDEX articles_by_language_status ON articles (language, status);
  `,
};
