import type { AssigneeFilter } from '../../../shared/article/articleQuerySchema';
import type { ArticleSummary } from '../../../shared/article/articleSchema';
import { type SummaryRow, summaryListSql, toSummary } from '../../services/library/articleRows';
import type { Library } from '../../services/library/openLibrary';
import { type CliContext, printJson } from '../cliContext';
import { withLibrary, withLibraryRows } from '../withLibrary';

/** `galley list [--assignee NAME|me|nobody] [--json]`: every article, newest first. */
export function listCommand(context: CliContext): Promise<number> {
  const { assignee } = context.flags;
  // The plain list reads rows only, so it never loads the article model; a filter by assignee
  // goes through the library's own queries.
  if (assignee !== undefined)
    return withLibrary(context, async (library) =>
      print(context, await listAssigned(library, assignee, context), library.path),
    );
  return withLibraryRows(context, (db, file) =>
    print(
      context,
      db
        .prepare<[number, number], SummaryRow>(summaryListSql)
        .all(Number.MAX_SAFE_INTEGER, 0)
        .map(toSummary),
      file,
    ),
  );
}

function print(context: CliContext, articles: ArticleSummary[], file: string): number {
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
}

/**
 * The library's own assignee filter, page by page. Who "me" is comes from the identity, whose
 * zod schemas (about 95 modules) the plain list must not load, so actorIn is imported here too.
 */
async function listAssigned(
  library: Library,
  value: string,
  context: CliContext,
): Promise<ArticleSummary[]> {
  const [{ articleQuerySchema }, { AssignmentService }, { ArticleQueries }, { actorIn }] =
    await Promise.all([
      import('../../../shared/article/articleQuerySchema'),
      import('../../services/assignment/assignmentService'),
      import('../../services/library/articleQueries'),
      import('../actorIn'),
    ]);
  const actor = actorIn(context, library);
  const assignee: AssigneeFilter =
    value === 'nobody'
      ? { kind: 'nobody' }
      : {
          kind: 'person',
          name: value === 'me' ? new AssignmentService(library, actor).me().name : value.trim(),
        };
  const queries = new ArticleQueries(library.db);
  const found: ArticleSummary[] = [];
  for (let offset = 0; ; offset += 500) {
    const page = queries.run(articleQuerySchema.parse({ assignee, offset, limit: 500 })).articles;
    found.push(...page.map(({ snippet: _snippet, score: _score, ...summary }) => summary));
    if (page.length < 500) return found;
  }
}
