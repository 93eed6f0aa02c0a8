import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { runLibraryExport } from '../../electron/services/export/runLibraryExport';
import { openLibrary } from '../../electron/services/library/openLibrary';
import { benchLog } from './benchLog';
import type { PhaseRunner } from './benchTypes';
import type { CorpusInfo } from './generateCorpus';

const pandocSample = 100;
/** Files per pandoc process in the batch run: pandoc joins its inputs into one document. */
const pandocBatchLimit = 10_000;

function folderStats(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    files += 1;
    bytes += fs.statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}

/** pandoc turning the Markdown `inputs` (in `cwd`) into one standalone HTML5 `output`. */
function pandoc(inputs: string[], output: string, cwd: string, extra: string[] = []): void {
  const args = ['--standalone', '--from', 'markdown', '--to', 'html5', ...extra];
  args.push('--output', output, ...inputs);
  const result = spawnSync('pandoc', args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
  if (result.error) throw result.error;
  if (result.status !== 0)
    throw new Error(`pandoc ${args.slice(-1).join(' ')} failed: ${result.stderr.toString()}`);
}

/**
 * The full batch export the `galley export --all` command runs (HTML + ninjs JSON per article,
 * images, index.html and manifest.json, atomically), then the same again on the unchanged
 * library, against pandoc turning the same Markdown files into standalone HTML.
 */
export const runExportPhase: PhaseRunner = async (_config, paths) => {
  const info = JSON.parse(fs.readFileSync(paths.corpusInfo, 'utf8')) as CorpusInfo;
  fs.rmSync(paths.exportDir, { recursive: true, force: true });
  const library = openLibrary(paths.library);
  // One clock for both runs: an unpublished article's page carries the export time as its
  // publication date, so a new clock alone would re-render every article (see the notes).
  const exportTime = Date.now();
  const options = {
    now: () => exportTime,
    outDir: paths.exportDir,
    baseUrl: 'https://news.example/',
    selection: { all: true },
    actor: 'bench',
    allowUnverified: true,
    markPublished: false,
    onProgress: (done: number, total: number) => {
      if (done > 0 && (done % 10_000 === 0 || done === total))
        benchLog('export', `${done}/${total}`);
    },
  };
  let start = performance.now();
  const first = await runLibraryExport(library, options);
  const firstSeconds = (performance.now() - start) / 1000;
  start = performance.now();
  const again = await runLibraryExport(library, options);
  const againSeconds = (performance.now() - start) / 1000;
  // One article renamed: its page, the pages that link to it, the index and the manifest change.
  const linked = library.db
    .prepare<[], { id: string }>(
      'SELECT related_id AS id FROM article_related WHERE related_id IS NOT NULL ORDER BY article_id LIMIT 1',
    )
    .get();
  const renamed = linked ? library.articles.get(linked.id) : undefined;
  let one: Awaited<ReturnType<typeof runLibraryExport>> | undefined;
  let oneSeconds = 0;
  if (renamed) {
    library.articles.update(renamed.id, { headline: `${renamed.headline} (обновлено)` }, 'bench');
    start = performance.now();
    one = await runLibraryExport(library, options);
    oneSeconds = (performance.now() - start) / 1000;
  }
  library.close();
  const exported = first.written + first.unchanged;
  const output = folderStats(paths.exportDir);
  benchLog(
    'export',
    `${exported} articles in ${firstSeconds.toFixed(1)} s; re-export ${againSeconds.toFixed(2)} s`,
  );

  // pandoc, one process per file, on an evenly spread sample.
  const pandocDir = path.join(paths.peerDir, 'pandoc');
  fs.rmSync(pandocDir, { recursive: true, force: true });
  fs.mkdirSync(pandocDir, { recursive: true });
  const step = Math.max(1, Math.floor(info.files.length / pandocSample));
  const sample = info.files.filter((_, index) => index % step === 0).slice(0, pandocSample);
  start = performance.now();
  for (const name of sample) {
    pandoc([name], path.join(pandocDir, name.replace(/\.md$/, '.html')), paths.markdownDir);
  }
  const perFileSeconds = (performance.now() - start) / 1000 / sample.length;
  benchLog(
    'export',
    `pandoc per file: ${(perFileSeconds * 1000).toFixed(0)} ms/file over ${sample.length}`,
  );

  // pandoc over the whole batch: one process per up to pandocBatchLimit files.
  start = performance.now();
  let processes = 0;
  for (let offset = 0; offset < info.files.length; offset += pandocBatchLimit) {
    const names = info.files.slice(offset, offset + pandocBatchLimit);
    pandoc(names, path.join(pandocDir, `batch-${processes}.html`), paths.markdownDir, [
      '--metadata',
      'title=Batch',
    ]);
    processes += 1;
    benchLog('export', `pandoc batch: ${offset + names.length}/${info.files.length}`);
  }
  const batchSeconds = (performance.now() - start) / 1000;
  fs.rmSync(pandocDir, { recursive: true, force: true });

  const galleyRate = exported / firstSeconds;
  const pandocPerFileRate = 1 / perFileSeconds;
  const pandocBatchRate = info.files.length / batchSeconds;
  return {
    metrics: [
      {
        key: 'export.rate',
        label: 'full batch export',
        value: galleyRate,
        unit: 'articles/s',
        note: `${exported} articles, ${output.files} files, ${(output.bytes / 1e6).toFixed(0)} MB (HTML + ninjs JSON + images + index + manifest) in ${firstSeconds.toFixed(1)} s`,
      },
      {
        key: 'export.reexport',
        label: 're-export of the unchanged library',
        value: againSeconds,
        unit: 's',
        note: `${again.written} written, ${again.unchanged} unchanged`,
      },
      ...(one
        ? [
            {
              key: 'export.reexportOne',
              label: 're-export after one article was renamed',
              value: oneSeconds,
              unit: 's',
              note: `${one.written} articles written (the renamed one and those linking to it), ${one.unchanged} unchanged, plus index and manifest`,
            },
          ]
        : []),
    ],
    comparisons: [
      {
        key: 'export.vs.pandocPerFile',
        label: 'batch export vs pandoc, one process per file',
        galley: galleyRate,
        peer: 'pandoc -s (per file)',
        peerValue: pandocPerFileRate,
        unit: 'articles/s',
        ratio: galleyRate / pandocPerFileRate,
        note: `pandoc timed on ${sample.length} files spread over the corpus, extrapolated to ${info.files.length}: ${((info.files.length * perFileSeconds) / 60).toFixed(1)} min`,
      },
      {
        key: 'export.vs.pandocBatch',
        label: 'batch export vs pandoc, one process over the batch',
        galley: galleyRate,
        peer: `pandoc -s (${processes} process${processes > 1 ? 'es' : ''})`,
        peerValue: pandocBatchRate,
        unit: 'articles/s',
        ratio: galleyRate / pandocBatchRate,
        note: `pandoc joins all inputs into one HTML page (no per-article files, JSON, index or manifest); ${batchSeconds.toFixed(1)} s`,
      },
    ],
    notes: [
      'Both exports use one clock: with markPublished off, articles stay unpublished and their pages carry the export time as the publication date, so a re-export at a later time rewrites every article.',
      `Export runs with allowUnverified (no publish gate) and markPublished off, speakers from the quote ledger as every export reads them; pandoc ${spawnSync('pandoc', ['--version'], { encoding: 'utf8' }).stdout.split('\n')[0] ?? ''} writes HTML only.`,
    ],
    details: {
      first: { written: first.written, unchanged: first.unchanged, failed: first.failed.length },
      again: { written: again.written, unchanged: again.unchanged },
      ...(one ? { one: { written: one.written, unchanged: one.unchanged } } : {}),
      pandocSample: sample.length,
      pandocProcesses: processes,
    },
  };
};
