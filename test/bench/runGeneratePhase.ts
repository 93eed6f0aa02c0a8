import fs from 'node:fs';
import path from 'node:path';
import { benchLog } from './benchLog';
import type { PhaseRunner } from './benchTypes';
import { createCorpusGenerator, generateCorpus } from './generateCorpus';

/** Long single articles for the autosave, quote and editor figures (own seed: the corpus stays the same). */
export const longArticleWords = { save: 10_000, editor: 20_000 } as const;

export const runGeneratePhase: PhaseRunner = (config, paths) => {
  fs.rmSync(paths.markdownDir, { recursive: true, force: true });
  const start = performance.now();
  const info = generateCorpus({
    size: config.size,
    seed: config.seed,
    outDir: paths.markdownDir,
    corporaDir: config.corporaDir,
    onProgress: (done, total) => {
      if (done % 10_000 === 0 || done === total) benchLog('generate', `${done}/${total} articles`);
    },
  });
  const seconds = (performance.now() - start) / 1000;
  fs.writeFileSync(paths.corpusInfo, JSON.stringify(info));

  fs.mkdirSync(paths.longArticles, { recursive: true });
  const long = createCorpusGenerator(config.seed + 1, config.corporaDir);
  const longWords: Record<string, number> = {};
  const sizes = { ...longArticleWords, editor: config.editorWords ?? longArticleWords.editor };
  for (const [name, words] of Object.entries(sizes)) {
    const article = long.next({ targetWords: words, language: 'ru' });
    fs.writeFileSync(path.join(paths.longArticles, `${name}.md`), long.markdown(article));
    longWords[name] = article.words;
  }
  benchLog('generate', `wrote ${info.size} files (${(info.bytes / 1e6).toFixed(1)} MB)`);
  return Promise.resolve({
    metrics: [
      {
        key: 'generate.rate',
        label: 'corpus generation',
        value: info.size / seconds,
        unit: 'articles/s',
      },
      {
        key: 'generate.words',
        label: 'mean words per article',
        value: info.words / info.size,
        unit: 'words',
      },
      {
        key: 'generate.megabytes',
        label: 'Markdown corpus size',
        value: info.bytes / 1e6,
        unit: 'MB',
      },
    ],
    comparisons: [],
    notes: [
      `Corpus: ${info.languages.ru} Russian + ${info.languages.en} English articles, seed ${config.seed}; vocabulary: ${info.vocabulary}.`,
      `Long articles (Russian, seed ${config.seed + 1}): ${Object.entries(longWords)
        .map(([name, words]) => `${name} ${words} words`)
        .join(', ')}.`,
    ],
    details: { vocabulary: info.vocabulary, languages: info.languages, longWords },
  });
};
