import type { Migration } from './migration';

/**
 * The fact-check ledger: one annotation per quotation, anchored to the body by a mark
 * with the annotation's id, with every change kept in a history; and the logged
 * overrides of the publish gate.
 */
export const migration0004: Migration = {
  version: 4,
  name: 'quote_annotations',
  sql: `
    CREATE TABLE quote_annotations (
      id TEXT PRIMARY KEY,
      article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
      state TEXT NOT NULL CHECK (state IN ('active', 'orphaned', 'dismissed')),
      kind TEXT NOT NULL CHECK (kind IN ('inline', 'block', 'dialogue', 'manual')),
      exact TEXT NOT NULL,
      prefix TEXT NOT NULL DEFAULT '',
      suffix TEXT NOT NULL DEFAULT '',
      start_offset INTEGER NOT NULL,
      end_offset INTEGER NOT NULL,
      speaker TEXT NOT NULL DEFAULT '',
      role TEXT NOT NULL DEFAULT '',
      source_kind TEXT NOT NULL DEFAULT 'none'
        CHECK (source_kind IN ('none', 'link', 'document', 'recording', 'interview')),
      source_ref TEXT NOT NULL DEFAULT '',
      source_timecode TEXT NOT NULL DEFAULT '',
      verdict TEXT NOT NULL DEFAULT 'unchecked'
        CHECK (verdict IN ('unchecked', 'verified', 'needs-source', 'disputed', 'incorrect', 'changed')),
      verdict_before_change TEXT,
      checked_text TEXT,
      note TEXT NOT NULL DEFAULT '',
      checked_by TEXT NOT NULL DEFAULT '',
      checked_at INTEGER,
      created_by TEXT NOT NULL,
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX quote_annotations_by_article ON quote_annotations (article_id, state, start_offset);

    CREATE TABLE quote_annotation_history (
      id INTEGER PRIMARY KEY,
      annotation_id TEXT NOT NULL REFERENCES quote_annotations (id) ON DELETE CASCADE,
      at INTEGER NOT NULL,
      actor TEXT NOT NULL,
      action TEXT NOT NULL,
      details_json TEXT NOT NULL DEFAULT '{}'
    ) STRICT;
    CREATE INDEX quote_annotation_history_by_annotation ON quote_annotation_history (annotation_id, id);

    CREATE TABLE publish_overrides (
      id INTEGER PRIMARY KEY,
      article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
      at INTEGER NOT NULL,
      actor TEXT NOT NULL,
      reason TEXT NOT NULL CHECK (length(reason) > 0),
      body_hash TEXT NOT NULL,
      open_quotes_json TEXT NOT NULL
    ) STRICT;
    CREATE INDEX publish_overrides_by_article ON publish_overrides (article_id, id DESC);
  `,
};
