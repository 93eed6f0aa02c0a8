import {
  articleQuerySchema,
  type AssigneeFilter,
} from '../../../shared/article/articleQuerySchema';
import type { ArticleSummary } from '../../../shared/article/articleSchema';
import { AssignmentService } from '../../services/assignment/assignmentService';
import { ArticleQueries } from '../../services/library/articleQueries';
import type { Library } from '../../services/library/openLibrary';
import { type CliContext, printJson, withLibrary } from '../cliContext';

/** `galley list [--assignee NAME|me|nobody] [--json]`: every article, newest first. */
export function listCommand(context: CliContext): Promise<number> {
  return withLibrary(context, (library) => {
    const { assignee } = context.flags;
    const articles: ArticleSummary[] =
      assignee === undefined
        ? library.articles.list(0, Number.MAX_SAFE_INTEGER)
        : listAssigned(library, assigneeFilter(library, assignee, context.actor));
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
    context.io.stdout(`${articles.length} article(s) in ${library.path}\n`);
    return 0;
  });
}

function assigneeFilter(library: Library, value: string, actor: string): AssigneeFilter {
  if (value === 'nobody') return { kind: 'nobody' };
  const name = value === 'me' ? new AssignmentService(library, actor).me().name : value.trim();
  return { kind: 'person', name };
}

/** The library's own assignee filter, page by page. */
function listAssigned(library: Library, assignee: AssigneeFilter): ArticleSummary[] {
  const queries = new ArticleQueries(library.db);
  const found: ArticleSummary[] = [];
  for (let offset = 0; ; offset += 500) {
    const page = queries.run(articleQuerySchema.parse({ assignee, offset, limit: 500 })).articles;
    found.push(...page.map(({ snippet: _snippet, score: _score, ...summary }) => summary));
    if (page.length < 500) return found;
  }
}
