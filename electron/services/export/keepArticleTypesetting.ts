import type { Database, Statement } from 'better-sqlite3';
import type { ExportArticle } from '../../../shared/export/exportTypes';
import { pickPublicArticle } from '../../../shared/export/pickPublicArticle';
import { applyTypography } from '../../../shared/typography/applyTypography';
import { typesetArticleTexts } from './typesetArticleTexts';
import { typesetEntriesJson, typesetMemo, typographerKey } from './typesetMemo';

interface TypesetStatements {
  read: Statement<[string, string], { entries: string }>;
  write: Statement<[string, string, string, string]>;
}

const statementsByDb = new WeakMap<Database, TypesetStatements>();

function statementsOf(db: Database): TypesetStatements {
  let statements = statementsByDb.get(db);
  if (!statements) {
    statements = {
      read: db.prepare<[string, string], { entries: string }>(
        'SELECT entries FROM article_typeset WHERE article_id = ? AND typographer = ?',
      ),
      write: db.prepare<[string, string, string, string]>(
        `INSERT OR REPLACE INTO article_typeset (article_id, typographer, entries)
         SELECT ?, ?, ? WHERE EXISTS (SELECT 1 FROM articles WHERE id = ?)`,
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
 * when the entries would be the same. Runs in the caller's transaction when there is one.
 */
export function keepArticleTypesetting(db: Database, article: ExportArticle): void {
  const picked = pickPublicArticle(article);
  const typographer = galleyTypographerKey();
  const statements = statementsOf(db);
  const row = statements.read.get(picked.id, typographer);
  const known = row ? new Map(JSON.parse(row.entries) as Array<[string, string]>) : undefined;
  const memo = typesetMemo(applyTypography, known);
  typesetArticleTexts(picked, memo.typography, memo.count);
  if (!memo.changed()) return;
  statements.write.run(picked.id, typographer, typesetEntriesJson(memo.used), picked.id);
}
