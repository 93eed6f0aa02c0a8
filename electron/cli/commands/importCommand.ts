import path from 'node:path';
import { importFile } from '../../services/import/importFile';
import { saveImportedArticle } from '../../services/import/saveImportedArticle';
import { CliError } from '../cliError';
import { type CliContext, printJson } from '../cliContext';
import { withLibrary } from '../withLibrary';
import { actorIn } from '../actorIn';

/** `galley import FILE... [--json]`: each file becomes an article, or a one-line error. */
export function importCommand(context: CliContext): Promise<number> {
  if (context.positionals.length === 0)
    throw new CliError('usage: galley import FILE... [--library FILE] [--json]', 2);
  return withLibrary(context, async (library) => {
    const imported: Array<{ id: string; headline: string; slug: string }> = [];
    const errors: Array<{ file: string; message: string }> = [];
    for (const file of context.positionals) {
      try {
        const article = saveImportedArticle(
          library,
          await importFile(path.resolve(file)),
          actorIn(context, library),
        );
        imported.push({ id: article.id, headline: article.headline, slug: article.slug });
      } catch (error) {
        errors.push({
          file,
          message: error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error),
        });
      }
    }
    if (context.flags.json) {
      printJson(context, { imported, errors });
    } else {
      for (const article of imported)
        context.io.stdout(`imported ${article.id}  ${article.headline}\n`);
      for (const error of errors) context.io.stderr(`galley: ${error.message}\n`);
    }
    return errors.length ? 1 : 0;
  });
}
