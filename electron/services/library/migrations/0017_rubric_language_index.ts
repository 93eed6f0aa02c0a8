import type { Migration } from './migration';

/**
 * The library list filtered by rubric and language, newest first, from one index. Without it
 * SQLite walked every article of the language in date order and read each row for its rubric:
 * a rubric written in the other language (or a rare pair) read all 50,000 rows of a language at
 * 100,000 articles, about 190 ms of CPU for an empty page. The status at the end lets the same
 * index count the pair's articles per status without reading a row.
 */
export const migration0017: Migration = {
  // Numbered 19 on main (0017 and 0018 are other branches'); 17 while this branch has 0001–0016.
  version: 17,
  name: 'rubric_language_index',
  sql: `
    CREATE INDEX articles_by_rubric_language
      ON articles (rubric, language, updated_at DESC, id DESC, status);
  `,
};
