import fs from 'node:fs';
import path from 'node:path';
import { importText } from '../../electron/services/import/importText';
import { saveImportedArticle } from '../../electron/services/import/saveImportedArticle';
import { openLibrary, type Library } from '../../electron/services/library/openLibrary';
import { benchLog } from './benchLog';
import type { PhaseRunner } from './benchTypes';
import type { CorpusInfo } from './generateCorpus';

const actor = 'bench';
const batchSize = 500;

async function importOne(library: Library, file: string): Promise<void> {
  const bytes = fs.readFileSync(file);
  const imported = await importText(path.basename(file), bytes);
  saveImportedArticle(library, imported, actor);
}

/** The library's size on disk: the database and its write-ahead log. */
export function librarySize(file: string): number {
  return [file, `${file}-wal`].reduce(
    (total, name) => total + (fs.existsSync(name) ? fs.statSync(name).size : 0),
    0,
  );
}

/**
 * Imports the Markdown corpus through the app's own path (`importText` then
 * `saveImportedArticle`, one transaction per file, as the import button and `galley import`
 * do). The first part goes file by file like the app; the rest in transactions of
 * `batchSize` files, the way a bulk loader would, so both rates are known.
 */
export const runImportPhase: PhaseRunner = async (_config, paths) => {
  const info = JSON.parse(fs.readFileSync(paths.corpusInfo, 'utf8')) as CorpusInfo;
  for (const suffix of ['', '-wal', '-shm'])
    fs.rmSync(`${paths.library}${suffix}`, { force: true });
  const library = openLibrary(paths.library, { actor });
  const files = info.files.map((name) => path.join(paths.markdownDir, name));
  const perFileCount = Math.min(1000, Math.ceil(files.length / 2));

  const perFileStart = performance.now();
  for (const [index, file] of files.slice(0, perFileCount).entries()) {
    await importOne(library, file);
    if ((index + 1) % 250 === 0)
      benchLog('import', `${index + 1}/${files.length} (one transaction each)`);
  }
  const perFileSeconds = (performance.now() - perFileStart) / 1000;

  const batchedStart = performance.now();
  const rest = files.slice(perFileCount);
  for (let offset = 0; offset < rest.length; offset += batchSize) {
    const batch = rest.slice(offset, offset + batchSize);
    // importText is async (DOCX unzips); Markdown resolves at once, so convert first, then store.
    const imported = await Promise.all(
      batch.map(async (file) => importText(path.basename(file), fs.readFileSync(file))),
    );
    library.db.transaction(() => {
      for (const article of imported) saveImportedArticle(library, article, actor);
    })();
    const done = perFileCount + offset + batch.length;
    if (done % 5000 < batchSize || done === files.length)
      benchLog('import', `${done}/${files.length} (batches of ${batchSize})`);
  }
  const batchedSeconds = (performance.now() - batchedStart) / 1000;
  const articles = library.articles.count();
  library.close();
  const bytes = librarySize(paths.library);
  const totalSeconds = perFileSeconds + batchedSeconds;
  return {
    metrics: [
      {
        key: 'import.rate',
        label: 'bulk import, all files',
        value: files.length / totalSeconds,
        unit: 'articles/s',
        note: `${perFileCount} one transaction each + ${rest.length} in transactions of ${batchSize}`,
      },
      {
        key: 'import.perFileRate',
        label: 'import, one transaction per file (the app)',
        value: perFileCount / perFileSeconds,
        unit: 'articles/s',
        note: `first ${perFileCount} files`,
      },
      ...(rest.length
        ? [
            {
              key: 'import.batchedRate',
              label: `import, ${batchSize} files per transaction`,
              value: rest.length / batchedSeconds,
              unit: 'articles/s',
              note: `remaining ${rest.length} files`,
            },
          ]
        : []),
      {
        key: 'library.megabytes',
        label: 'library file size',
        value: bytes / 1e6,
        unit: 'MB',
        note: `${articles} articles (corpus + the sample a new library starts with)`,
      },
      {
        key: 'library.bytesPerArticle',
        label: 'library bytes per article',
        value: bytes / articles,
        unit: 'B',
      },
    ],
    comparisons: [],
    notes: [],
  };
};
