import type { Migration } from './migration';
import { migration0001 } from './0001_create_articles';
import { migration0002 } from './0002_article_model';
import { migration0003 } from './0003_images';
import { migration0004 } from './0004_quote_annotations';
import { migration0005 } from './0005_facet_indexes';
import { migration0006 } from './0006_desk_replica';
import { migration0007 } from './0007_publishing';
import { migration0008 } from './0008_article_corrections';
import { migration0009 } from './0009_override_ids';
import { migration0010 } from './0010_spelling_words';
import { migration0011 } from './0011_article_comments';
import { migration0012 } from './0012_assignments';
import { migration0013 } from './0013_export_stamps';
import { migration0014 } from './0014_article_typeset';
import { migration0015 } from './0015_export_changes';
import { migration0016 } from './0016_export_entries';
import { migration0017 } from './0017_rubric_language_index';

/** Every migration, oldest first. Append only. */
export const migrations: readonly Migration[] = [
  migration0001,
  migration0002,
  migration0003,
  migration0004,
  migration0005,
  migration0006,
  migration0007,
  migration0008,
  migration0009,
  migration0010,
  migration0011,
  migration0012,
  migration0013,
  migration0014,
  migration0015,
  migration0016,
  migration0017,
];

for (const [index, migration] of migrations.entries()) {
  if (migration.version !== index + 1) {
    throw new Error(
      `migration ${migration.name} has version ${migration.version}, expected ${index + 1}`,
    );
  }
}

/** The schema version this build of Galley writes. */
export const latestSchemaVersion = migrations.length;
