import type { Migration } from './migration';

/**
 * Publish-gate overrides travel with their article's desk document, so each needs an id that
 * is the same on every machine: taking an override in twice must add it once. Overrides logged
 * before this get a random one. Listed newest first by when they were given, since overrides
 * merged from other machines arrive in no particular order.
 */
export const migration0009: Migration = {
  version: 9,
  name: 'override_ids',
  sql: `
    ALTER TABLE publish_overrides ADD COLUMN uid TEXT NOT NULL DEFAULT '';
    UPDATE publish_overrides SET uid = lower(hex(randomblob(16)));
    CREATE UNIQUE INDEX publish_overrides_by_uid ON publish_overrides (uid);
    DROP INDEX publish_overrides_by_article;
    CREATE INDEX publish_overrides_by_article ON publish_overrides (article_id, at DESC, id DESC);
  `,
};
