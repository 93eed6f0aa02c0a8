import { ArticleQueries } from '../../services/library/articleQueries';
import { CliError } from '../cliError';
import { type CliContext, printJson } from '../cliContext';
import { withLibrary } from '../withLibrary';

/** `galley search QUERY [--json]`: the library's own search, best matches first. */
export function searchCommand(context: CliContext): Promise<number> {
  const query = context.positionals.join(' ');
  if (!query.trim()) throw new CliError('usage: galley search QUERY [--json]', 2);
  return withLibrary(context, (library) => {
    const found = new ArticleQueries(library.db).run({
      search: query,
      sort: 'relevance',
      offset: 0,
      limit: 50,
    });
    const results = found.articles.map((item) => ({
      id: item.id,
      headline: item.headline,
      snippet: item.snippet?.text ?? '',
      score: item.score ?? 0,
    }));
    if (context.flags.json) {
      printJson(context, { results });
      return 0;
    }
    for (const result of results)
      context.io.stdout(`${result.id}  ${result.headline}\n    ${result.snippet}\n`);
    context.io.stdout(`${found.total} match(es)\n`);
    return 0;
  });
}
