import { type SummaryRow, summaryListSql, toSummary } from '../../services/library/articleRows';
import { type CliContext, printJson } from '../cliContext';
import { withLibraryRows } from '../withLibrary';

/** `galley list [--json]`: every article, newest first. */
export function listCommand(context: CliContext): Promise<number> {
  return withLibraryRows(context, (db, file) => {
    const articles = db
      .prepare<[number, number], SummaryRow>(summaryListSql)
      .all(Number.MAX_SAFE_INTEGER, 0)
      .map(toSummary);
    if (context.flags.json) {
      printJson(context, { articles });
      return 0;
    }
    for (const article of articles) {
      const updated = new Date(article.updatedAt).toISOString().slice(0, 16).replace('T', ' ');
      context.io.stdout(
        `${article.id}  ${article.status.padEnd(10)} ${updated}  ${article.headline || '(untitled)'}\n`,
      );
    }
    context.io.stdout(`${articles.length} article(s) in ${file}\n`);
    return 0;
  });
}
