import { articleIdSchema } from '../../../shared/article/articleSchema';
import { CliError } from '../cliError';
import { type CliContext, printJson } from '../cliContext';
import { withLibrary } from '../withLibrary';

/** `galley show ID [--json]`: one whole article, body and related included. */
export function showCommand(context: CliContext): Promise<number> {
  const [id] = context.positionals;
  if (!id || context.positionals.length > 1)
    throw new CliError('usage: galley show ID [--json]', 2);
  if (!articleIdSchema.safeParse(id).success) throw new CliError(`"${id}" is not an article id`, 2);
  return withLibrary(context, (library) => {
    const article = library.articles.get(id);
    if (!article) throw new CliError(`no article with id ${id}`);
    if (context.flags.json) {
      printJson(context, article);
      return 0;
    }
    const lines = [
      article.headline || '(untitled)',
      [article.status, article.rubric, article.language, article.slug].filter(Boolean).join(' · '),
      '',
      article.lede,
      '',
      article.bodyText,
    ];
    if (article.related.length)
      lines.push('', 'Related:', ...article.related.map((item) => `  - ${item.headline}`));
    context.io.stdout(`${lines.join('\n')}\n`);
    return 0;
  });
}
