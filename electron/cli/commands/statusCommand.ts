import { articleIdSchema, articleStatusSchema } from '../../../shared/article/articleSchema';
import { ArticleRuleError } from '../../services/library/articleRuleError';
import { CliError } from '../cliError';
import { type CliContext, printJson, withLibrary } from '../cliContext';

/** `galley status ID STATUS [--json]`: moves an article along the workflow. */
export function statusCommand(context: CliContext): Promise<number> {
  const [id, status] = context.positionals;
  if (!id || !status || context.positionals.length > 2) {
    throw new CliError('usage: galley status ID draft|editing|fact-check|ready|published', 2);
  }
  if (!articleIdSchema.safeParse(id).success) throw new CliError(`"${id}" is not an article id`, 2);
  const parsedStatus = articleStatusSchema.safeParse(status);
  if (!parsedStatus.success)
    throw new CliError(
      `"${status}" is not a status (draft, editing, fact-check, ready, published)`,
      2,
    );
  return withLibrary(context, (library) => {
    let article;
    try {
      article = library.articles.setStatus(id, parsedStatus.data, context.actor);
    } catch (error) {
      if (error instanceof ArticleRuleError) throw new CliError(error.message);
      throw error;
    }
    if (!article) throw new CliError(`no article with id ${id}`);
    if (context.flags.json)
      printJson(context, {
        id: article.id,
        status: article.status,
        publishedAt: article.publishedAt,
      });
    else context.io.stdout(`${article.id} is now ${article.status}\n`);
    return 0;
  });
}
