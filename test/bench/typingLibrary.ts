import fs from 'node:fs';
import path from 'node:path';
import type { Article } from '../../shared/article/articleSchema';
import { importText } from '../../electron/services/import/importText';
import { saveImportedArticle } from '../../electron/services/import/saveImportedArticle';
import { openLibrary } from '../../electron/services/library/openLibrary';
import { makeTempDir, projectRoot } from '../support/galleyServer';
import { createCorpusGenerator } from './generateCorpus';

/**
 * A scratch library holding `copies` copies of the benchmark's long Russian article of about
 * `words` words (the generator's second article: the save phase's comes first, as in the bench),
 * for the typing tools. One copy per page: two editors of one article refuse each other's saves.
 */
export async function createTypingLibrary(
  prefix: string,
  words: number,
  copies: number,
): Promise<{ work: string; libraryFile: string; articles: Article[] }> {
  const work = makeTempDir(prefix);
  const libraryFile = path.join(work, 'typing.sqlite');
  const corporaDir = path.resolve(projectRoot, '../shared/corpora');
  const generator = createCorpusGenerator(2, fs.existsSync(corporaDir) ? corporaDir : null);
  generator.next({ targetWords: 10_000, language: 'ru' });
  const generated = generator.next({ targetWords: words, language: 'ru' });
  const imported = await importText('typing.md', Buffer.from(generator.markdown(generated)));
  const library = openLibrary(libraryFile, { actor: 'bench' });
  const articles = Array.from({ length: copies }, () =>
    saveImportedArticle(library, imported, 'bench'),
  );
  library.close();
  return { work, libraryFile, articles };
}
