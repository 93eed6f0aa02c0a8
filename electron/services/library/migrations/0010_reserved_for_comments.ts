import type { Migration } from './migration';

/**
 * Number 10 belongs to the comments branch (`article_comments`), built in parallel with the
 * assignments that follow it. This branch needs the registry's 1..n order to hold, so it keeps
 * the number with an empty step; the merge replaces this file with the comments migration.
 */
export const migration0010: Migration = {
  version: 10,
  name: 'reserved_for_comments',
  sql: '-- replaced by 0010_article_comments at the merge',
};
