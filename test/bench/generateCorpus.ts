import fs from 'node:fs';
import path from 'node:path';
import type { ArticleLanguage } from '../../shared/article/articleSchema';
import { createEnglishWriter } from './englishWriter';
import { createRandom, type Random } from '../support/createRandom';
import { generateArticle, type GeneratedArticle } from './generateArticle';
import type { LanguageWriter } from './languageWriter';
import { makePng } from '../support/makePng';
import { mineCorpora, type MinedCorpora } from './mineCorpora';
import { createRussianWriter } from './russianWriter';
import { toMarkdown } from './toMarkdown';

export interface CorpusOptions {
  size: number;
  seed: number;
  /** Folder for the Markdown files (created; existing files are overwritten). */
  outDir: string;
  /** `../shared/corpora` when present: real bigrams for filler sentences. */
  corporaDir: string | null;
  onProgress?: (done: number, total: number) => void;
}

export interface CorpusInfo {
  size: number;
  seed: number;
  outDir: string;
  /** File names in generation order (import order). */
  files: string[];
  languages: Record<ArticleLanguage, number>;
  words: number;
  bytes: number;
  vocabulary: string;
}

/** A corpus generator: one seeded stream, so the first N articles of a bigger run are the same. */
export interface CorpusGenerator {
  next(options?: { targetWords?: number; language?: ArticleLanguage }): GeneratedArticle;
  markdown(article: GeneratedArticle): string;
  readonly vocabulary: string;
}

const imageCount = 24;
const relatedPool = 300;

export function createCorpusGenerator(
  seed: number,
  corporaDir: string | null,
  mined: MinedCorpora = mineCorpora(corporaDir),
): CorpusGenerator {
  const random: Random = createRandom(seed);
  const writers: Record<ArticleLanguage, LanguageWriter> = {
    ru: createRussianWriter(random, mined.ru),
    en: createEnglishWriter(random, mined.en),
  };
  const images = Array.from({ length: imageCount }, (_, index) => {
    const hue = (index * 47) % 256;
    const color = [hue, 255 - hue, (index * 91) % 256] as const;
    // A diagonal two-colour pattern: a stand-in for a news photo.
    const png = makePng(64 + (index % 4) * 16, 48, (x, y) => {
      const shade = (x + y) % 16 < 8 ? 1 : 0.6;
      return [
        Math.round(color[0] * shade),
        Math.round(color[1] * shade),
        Math.round(color[2] * shade),
      ];
    });
    return `data:image/png;base64,${png.toString('base64')}`;
  });
  const recent: Record<ArticleLanguage, string[]> = { ru: [], en: [] };
  let count = 0;
  return {
    vocabulary: mined.source,
    next(options = {}) {
      const language = options.language ?? (count % 2 === 0 ? 'ru' : 'en');
      count += 1;
      const article = generateArticle(random, writers[language], {
        imageCount,
        earlierHeadlines: recent[language],
        ...(options.targetWords ? { targetWords: options.targetWords } : {}),
      });
      const pool = recent[language];
      pool.push(article.headline);
      if (pool.length > relatedPool) pool.splice(0, pool.length - relatedPool);
      return article;
    },
    markdown: (article) => toMarkdown(article, images),
  };
}

/**
 * Writes `size` news articles (alternately Russian and English, about 600 words each) as
 * Markdown files `000000.md`… into `outDir`: the same files are imported into the library
 * and handed to the peers (ripgrep, pandoc).
 */
export function generateCorpus(options: CorpusOptions): CorpusInfo {
  fs.mkdirSync(options.outDir, { recursive: true });
  const generator = createCorpusGenerator(options.seed, options.corporaDir);
  const info: CorpusInfo = {
    size: options.size,
    seed: options.seed,
    outDir: options.outDir,
    files: [],
    languages: { ru: 0, en: 0 },
    words: 0,
    bytes: 0,
    vocabulary: generator.vocabulary,
  };
  const width = Math.max(6, String(options.size).length);
  for (let index = 0; index < options.size; index += 1) {
    const article = generator.next();
    const text = generator.markdown(article);
    const name = `${String(index).padStart(width, '0')}.md`;
    fs.writeFileSync(path.join(options.outDir, name), text);
    info.files.push(name);
    info.languages[article.language] += 1;
    info.words += article.words;
    info.bytes += Buffer.byteLength(text);
    if ((index + 1) % 1000 === 0 || index + 1 === options.size)
      options.onProgress?.(index + 1, options.size);
  }
  return info;
}
