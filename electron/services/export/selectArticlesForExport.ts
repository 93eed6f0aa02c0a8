import type { Database } from 'better-sqlite3';
import type { ArticleStatus } from '../../../shared/article/articleSchema';

/** Which articles an export takes: by status (default ready), all, or listed ids; narrowed by rubric and date. */
export interface ExportSelection {
  status?: ArticleStatus;
  all?: boolean;
  ids?: readonly string[];
  rubric?: string;
  /** Updated at or after (epoch ms). */
  since?: number;
}

/**
 * The ids chosen by a selection, oldest first; every value is a bound parameter. `among`
 * narrows the answer to those ids (which of a few articles the selection takes).
 */
export function selectArticlesForExport(
  db: Database,
  selection: ExportSelection,
  among?: readonly string[],
): string[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (among) {
    where.push(`id IN (SELECT value FROM json_each(?))`);
    params.push(JSON.stringify(among));
  }
  if (selection.ids) {
    if (selection.ids.length === 0) return [];
    where.push(`id IN (SELECT value FROM json_each(?))`);
    params.push(JSON.stringify(selection.ids));
  } else if (!selection.all) {
    where.push('status = ?');
    params.push(selection.status ?? 'ready');
  }
  if (selection.rubric !== undefined) {
    where.push('rubric = ?');
    params.push(selection.rubric);
  }
  if (selection.since !== undefined) {
    where.push('updated_at >= ?');
    params.push(selection.since);
  }
  const sql = `SELECT id FROM articles ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id`;
  return db
    .prepare<unknown[], { id: string }>(sql)
    .all(...params)
    .map((row) => row.id);
}
