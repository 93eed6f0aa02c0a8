import path from 'node:path';
import { articleIdSchema } from '../../../shared/article/articleSchema';
import { extractPlainText } from '../../../shared/editor/extractPlainText';
import { detectQuotes, type DetectedQuote } from '../../../shared/quotes/detectQuotes';
import { toWebAnnotations } from '../../../shared/quotes/toWebAnnotations';
import { importFile } from '../../services/import/importFile';
import { CliError } from '../cliError';
import { type CliContext, printJson } from '../cliContext';
import { withLibrary } from '../withLibrary';

/**
 * `galley quotes FILE [--json]`, `galley quotes --article ID [--json]`,
 * `galley quotes --article ID --annotations` (W3C Web Annotation JSON-LD, internal).
 */
export async function quotesCommand(context: CliContext): Promise<number> {
  const { flags, positionals } = context;
  if (flags.article !== undefined) {
    if (positionals.length > 0) throw new CliError('give either FILE or --article ID, not both', 2);
    const articleId = flags.article;
    if (!articleIdSchema.safeParse(articleId).success)
      throw new CliError(`"${articleId}" is not an article id`, 2);
    return withLibrary(context, (library) => {
      const article = library.articles.get(articleId);
      if (!article) throw new CliError(`no article with id ${articleId}`);
      if (flags.annotations) {
        printJson(
          context,
          toWebAnnotations(
            articleId,
            library.articles.quotes.list(articleId).filter((a) => a.state !== 'dismissed'),
          ),
        );
        return 0;
      }
      print(context, detectQuotes(article.bodyText, { language: article.language }));
      return 0;
    });
  }
  if (flags.annotations) throw new CliError('--annotations needs --article ID', 2);
  const [file] = positionals;
  if (!file || positionals.length > 1)
    throw new CliError('usage: galley quotes FILE [--json] | galley quotes --article ID', 2);
  const imported = await importFile(path.resolve(file));
  print(context, detectQuotes(extractPlainText(imported.body), { language: imported.language }));
  return 0;
}

function print(context: CliContext, found: readonly DetectedQuote[]): void {
  const quotes = found.map(
    ({ text, speaker, role, cue, start, end, inferred, speakerKind, confidence }) => ({
      text,
      speaker,
      role,
      cue,
      start,
      end,
      inferred,
      speakerKind,
      confidence,
    }),
  );
  if (context.flags.json) {
    printJson(context, { quotes });
    return;
  }
  for (const quote of quotes) {
    const who = [quote.speaker || '(unknown speaker)', quote.role].filter(Boolean).join(', ');
    const kind = quote.speaker && quote.speakerKind === 'organisation' ? ' (organisation)' : '';
    context.io.stdout(
      `«${quote.text}»\n    — ${who}${kind}${quote.inferred ? ' (inferred)' : ''}${quote.cue ? ` [${quote.cue}]` : ''}` +
        ` · confidence ${quote.confidence.toFixed(2)}\n`,
    );
  }
  context.io.stdout(`${quotes.length} quotation(s)\n`);
}
