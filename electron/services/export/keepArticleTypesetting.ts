import type { Database, Statement } from 'better-sqlite3';
import type { ExportArticle } from '../../../shared/export/exportTypes';
import { pickPublicArticle } from '../../../shared/export/pickPublicArticle';
import { applyTypography } from '../../../shared/typography/applyTypography';
import { typesetArticleTexts } from './typesetArticleTexts';
import { typesetEntriesJson, typesetMemo, typographerKey } from './typesetMemo';

interface TypesetStatements {
  read: Statement<[string, string], { entries: string }>;
  write: Statement<[string, string, string, string, number]>;
}

const statementsByDb = new WeakMap<Database, TypesetStatements>();

function statementsOf(db: Database): TypesetStatements {
  let statements = statementsByDb.get(db);
  if (!statements) {
    statements = {
      read: db.prepare<[string, string], { entries: string }>(
        'SELECT entries FROM article_typeset WHERE article_id = ? AND typographer = ?',
      ),
      write: db.prepare<[string, string, string, string, number]>(
        `INSERT OR REPLACE INTO article_typeset (article_id, typographer, entries)
         SELECT ?, ?, ? WHERE EXISTS (SELECT 1 FROM articles WHERE id = ? AND version = ?)`,
      ),
    };
    statementsByDb.set(db, statements);
  }
  return statements;
}

// The export keys kept typesetting by Galley's own typographer whatever the site settings
// (a caller's own typographer is never kept), so one key serves every export.
let galleyTypographer: string | undefined;

/** The key the export keeps Galley's own typesetting under. */
export function galleyTypographerKey(): string {
  galleyTypographer ??= typographerKey(applyTypography);
  return galleyTypographer;
}

/**
 * Typesets an article when its text is written, so the export that follows finds its
 * typesetting kept (`article_typeset`) instead of doing it: the entries are those the export's
 * render records, keyed by digests of the texts, so text that changes later simply misses.
 * Texts the article's kept entries already hold are not typeset again, and nothing is written
 * when the entries would be the same, nor when the stored article is no longer
 * `article.version`. Runs in the caller's transaction when there is one.
 */
export function keepArticleTypesetting(db: Database, article: ExportArticle): void {
  const entries = typesetToKeep(db, article);
  if (entries !== undefined) writeKeptTypesetting(db, article.id, article.version, entries);
}

/**
 * The entries to keep for `article` as the JSON the library keeps, or undefined when the
 * kept ones already are those. Only reads.
 */
export function typesetToKeep(db: Database, article: ExportArticle): string | undefined {
  const picked = pickPublicArticle(article);
  const row = statementsOf(db).read.get(picked.id, galleyTypographerKey());
  const known = row ? new Map(JSON.parse(row.entries) as Array<[string, string]>) : undefined;
  const memo = typesetMemo(applyTypography, known);
  typesetArticleTexts(picked, memo.typography, memo.count);
  return memo.changed() ? typesetEntriesJson(memo.used) : undefined;
}

/**
 * Keeps `entries` as the typesetting of version `version` of the article, only while that is
 * the stored version: typesetting done on another thread may finish after a newer save, whose
 * own typesetting is then still to come. Answers whether it wrote.
 */
export function writeKeptTypesetting(
  db: Database,
  id: string,
  version: number,
  entries: string,
): boolean {
  return statementsOf(db).write.run(id, galleyTypographerKey(), entries, id, version).changes > 0;
}
