import { type CliContext, printJson, withLibrary } from '../cliContext';

/** `galley list [--json]`: every article, newest first. */
export function listCommand(context: CliContext): Promise<number> {
  return withLibrary(context, (library) => {
    const articles = library.articles.list(0, Number.MAX_SAFE_INTEGER);
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
