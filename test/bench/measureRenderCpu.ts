// CPU of a render thread's work per article, in one process: `node --import tsx
// test/bench/measureRenderCpu.ts LIBRARY [--count N] [--slice N] [--passes N] [--old ROOT]
// [--write DIR] [--only new|old]`. Reads the first N articles (1,000) of a library through
// `libraryExportSource` as a first export reads them (related headlines linked, kept
// typesetting as the library's JSON, the body as its stored JSON), then hands each to a render
// thread's work (`renderThreadWork.ts`: parse, typeset from the kept entries, render, encode,
// hash) as the export's requests do; with `--write DIR` the files are written as a first
// export writes them, into a fresh staging folder under DIR per slice, else copied out of the
// arena as when they go back to the main thread. With `--old ROOT` (a checkout of older code,
// whose thread's steps are replayed when it has no `renderThreadWork.ts`) old and new render
// the same articles alternating SLICE (50) at a time, the order swapped every pass, after
// one warm-up pass that compares the files of every article byte for byte. Prints
// `process.cpuUsage()` per article for each code and pass, their medians, and the load.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { libraryExportSource } from '../../electron/services/export/libraryExportSource';
import { relatedHeadlineLinker } from '../../electron/services/export/relatedHeadlineLinker';
import { normalizeSiteConfig } from '../../electron/services/export/normalizeSiteConfig';
import { typographerKey } from '../../electron/services/export/typesetMemo';
import type { ManifestArticle } from '../../electron/services/export/exportManifest';
import type { RenderReply, RenderRequest } from '../../electron/services/export/exportRenderPool';
import type { PreparedFile, SourceImage } from '../../electron/services/export/prepareArticleFiles';
import { articleLocation } from '../../shared/export/articleLocation';
import type { SiteConfig } from '../../shared/export/exportTypes';
import { openLibrary } from '../../electron/services/library/openLibrary';
import { collectFigureImageIds } from '../../shared/export/collectFigureImageIds';
import type { ExportArticle } from '../../shared/export/exportTypes';
import { pickPublicArticle } from '../../shared/export/pickPublicArticle';
import { siteBaseUrl } from '../../shared/export/siteBaseUrl';
import { applyTypography } from '../../shared/typography/applyTypography';
import type { TiptapNode } from '../../shared/editor/tiptapJson';
import type * as PrepareModule from '../../electron/services/export/prepareArticleFiles';
import type * as MemoModule from '../../electron/services/export/typesetMemo';
import type * as ArenaModule from '../../electron/services/export/utf8Arena';
import type * as OrderModule from '../../electron/services/export/bodyInSchemaOrder';
import type * as TypographyModule from '../../shared/typography/applyTypography';
import type * as DirectoryModule from '../../electron/services/export/ensureOutputDirectory';
import type * as FileSystemModule from '../../electron/services/export/exportFileSystem';
import type * as StageModule from '../../electron/services/export/stageFiles';
import type * as SafePathModule from '../../electron/services/export/safeOutputPath';
import type * as ThreadWorkModule from '../../electron/services/export/renderThreadWork';

function flag(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at < 0 ? undefined : process.argv[at + 1];
}

interface Input {
  article: ExportArticle;
  /** The article's folder (`rubric/slug/`), where a first export writes its files. */
  folder: string;
  bodyJson: string;
  knownJson: string | undefined;
  images: Array<[string, SourceImage]>;
}

interface Rendered {
  files: Array<{ path: string; data: Uint8Array; sha256: string }>;
  entry: unknown;
  typeset?: string;
}

type Render = (input: Input, writeRoot: string | undefined) => Rendered;
// A module of a tree, typed as this tree's (the old tree's have the same exports).
type Load = <T>(file: string) => Promise<T>;

// A render thread's work from the modules of the tree at `root`: its own `renderThreadWork`
// where it has one, else the steps of its `exportRenderWorker.ts` as they were before that
// (7e22ea5). With `writeRoot` an article's files are written as in a first export, into a
// staging folder there; else they are copied out of the arena, as when they go back.
async function renderer(root: string): Promise<Render> {
  const load: Load = async <T>(file: string) =>
    (await import(pathToFileURL(path.join(root, file)).href)) as T;
  const site = normalizeSiteConfig({ baseUrl: 'https://news.example/' });
  const siteHost = siteBaseUrl(site).host;
  const own = await load<typeof ThreadWorkModule>(
    'electron/services/export/renderThreadWork.ts',
  ).catch(() => undefined);
  const work: (request: RenderRequest, transfer: Set<ArrayBuffer>) => RenderReply = own
    ? own.renderThreadWork({ site, siteHost })
    : await oldRenderThreadWork(load, site, siteHost);
  return (input, writeRoot) => {
    const reply = work(
      {
        seq: 0,
        article: input.article,
        bodyJson: input.bodyJson,
        images: input.images,
        memo: { knownJson: input.knownJson },
        ...(writeRoot === undefined ? {} : { stage: { root: writeRoot, folder: input.folder } }),
      },
      new Set(),
    );
    if ('error' in reply) throw new Error(reply.error.message);
    return {
      files: reply.prepared.files,
      entry: reply.prepared.entry,
      ...(reply.typeset === undefined ? {} : { typeset: String(reply.typeset) }),
    };
  };
}

// `exportRenderWorker.ts`'s `render` as of 7e22ea5, from the modules of the old tree.
async function oldRenderThreadWork(
  load: Load,
  site: SiteConfig,
  siteHost: string,
): Promise<(request: RenderRequest, transfer: Set<ArrayBuffer>) => RenderReply> {
  const { prepareArticleFiles } = await load<typeof PrepareModule>(
    'electron/services/export/prepareArticleFiles.ts',
  );
  const { typesetMemo, typesetEntriesJson } = await load<typeof MemoModule>(
    'electron/services/export/typesetMemo.ts',
  );
  const { utf8Arena } = await load<typeof ArenaModule>('electron/services/export/utf8Arena.ts');
  const { bodyInSchemaOrder } = await load<typeof OrderModule>(
    'electron/services/export/bodyInSchemaOrder.ts',
  );
  const { applyTypography: typography } = await load<typeof TypographyModule>(
    'shared/typography/applyTypography.ts',
  );
  const { ensureOutputDirectory } = await load<typeof DirectoryModule>(
    'electron/services/export/ensureOutputDirectory.ts',
  );
  const { nodeExportFileSystem } = await load<typeof FileSystemModule>(
    'electron/services/export/exportFileSystem.ts',
  );
  const { stageFiles } = await load<typeof StageModule>('electron/services/export/stageFiles.ts');
  const { safeOutputFile, safeOutputPath } = await load<typeof SafePathModule>(
    'electron/services/export/safeOutputPath.ts',
  );
  const madeFolders = new Set<string>();
  const noBytes = new Uint8Array(0);
  const arena = utf8Arena(8 * 1024 * 1024);
  type Prepared = { entry: ManifestArticle; files: PreparedFile[] };
  const writeStaged = (stage: { root: string; folder: string }, prepared: Prepared): void => {
    const directory = ensureOutputDirectory(
      nodeExportFileSystem,
      stage.root,
      stage.folder,
      madeFolders,
      true,
    );
    stageFiles(
      nodeExportFileSystem,
      prepared.files.map((file) => {
        const name = file.path.slice(stage.folder.length);
        const at =
          file.path.startsWith(stage.folder) && !name.includes('/')
            ? safeOutputFile(directory, name)
            : safeOutputPath(stage.root, file.path);
        return { path: at, tempPath: at, data: file.data };
      }),
    );
  };
  return (request) => {
    arena.reset();
    const article =
      request.bodyJson === undefined
        ? request.article
        : {
            ...request.article,
            body: bodyInSchemaOrder(JSON.parse(request.bodyJson) as TiptapNode),
          };
    const images = new Map<string, SourceImage>(request.images);
    const { knownJson } = request.memo ?? {};
    const memo = request.memo
      ? typesetMemo(
          typography,
          knownJson === undefined
            ? undefined
            : new Map(JSON.parse(knownJson) as Array<[string, string]>),
        )
      : undefined;
    const prepared: Prepared = prepareArticleFiles(article, {
      site,
      siteHost,
      typography: memo?.typography ?? typography,
      count: memo?.count,
      readImage: (id: string) => images.get(id),
      encode: arena.encode,
    });
    const { stage } = request;
    const written = stage !== undefined && prepared.entry.path === stage.folder;
    if (written) {
      writeStaged(stage, prepared);
      prepared.files = prepared.files.map((file) => ({ ...file, data: noBytes }));
    } else {
      for (const file of prepared.files) {
        if (arena.holds(file.data)) file.data = new Uint8Array(file.data);
      }
    }
    return {
      seq: request.seq,
      prepared,
      ...(written ? { written: true as const } : {}),
      ...(memo?.changed() ? { typeset: typesetEntriesJson(memo.used) } : {}),
    };
  };
}

/** The first `count` articles of a library as a render thread gets them. */
export function readInputsForBench(libraryFile: string, count: number): Input[] {
  const library = openLibrary(libraryFile);
  try {
    const ids = library.db
      .prepare<[number], { id: string }>('SELECT id FROM articles ORDER BY id LIMIT ?')
      .all(count)
      .map((row) => row.id);
    const { source } = libraryExportSource(library, ids);
    if (!('listing' in source) || !source.typeset?.readJson) throw new Error('not a library');
    const listings = [...source.listing()];
    const link = relatedHeadlineLinker(listings, [], 'https://news.example');
    const typographer = typographerKey(applyTypography);
    const inputs: Input[] = [];
    for (const listing of listings) {
      const loaded = listing.load();
      if (loaded.bodyJson === undefined) continue;
      const picked = pickPublicArticle(loaded.article);
      picked.related = link(picked.related);
      const article = { ...picked, publishedAt: picked.publishedAt ?? 1_700_000_000_000 };
      const images: Array<[string, SourceImage]> = [];
      for (const imageId of new Set(collectFigureImageIds(article.body))) {
        const image = source.readImage(imageId);
        if (image) images.push([imageId, image]);
      }
      inputs.push({
        article: { ...article, body: { type: 'doc' } },
        folder: articleLocation(article).path,
        bodyJson: loaded.bodyJson,
        knownJson: source.typeset.readJson(article.id, typographer),
        images,
      });
    }
    return inputs;
  } finally {
    library.close();
  }
}

function sameFiles(a: Rendered, b: Rendered): boolean {
  if (a.files.length !== b.files.length) return false;
  if (JSON.stringify(a.entry) !== JSON.stringify(b.entry) || a.typeset !== b.typeset) return false;
  return a.files.every((file, index) => {
    const other = b.files[index];
    return (
      other !== undefined &&
      file.path === other.path &&
      file.sha256 === other.sha256 &&
      Buffer.compare(file.data, other.data) === 0
    );
  });
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

async function main(): Promise<void> {
  const libraryFile = process.argv[2];
  if (!libraryFile) throw new Error('usage: measureRenderCpu.ts LIBRARY [--old ROOT] …');
  const count = Number(flag('count') ?? 1000);
  const slice = Number(flag('slice') ?? 50);
  const passes = Number(flag('passes') ?? 5);
  const only = flag('only');
  const writeDir = flag('write');
  const oldRoot = flag('old');
  const inputs = readInputsForBench(libraryFile, count);
  const codes: Array<[string, Render]> = [];
  if (only !== 'old')
    codes.push(['new', await renderer(path.resolve(import.meta.dirname, '../..'))]);
  if (oldRoot && only !== 'new') codes.push(['old', await renderer(path.resolve(oldRoot))]);
  // Warm up each code on every article once (and compare their files when both run).
  const first = codes.map(([, render]) => inputs.map((input) => render(input, undefined)));
  if (first.length === 2) {
    const differing = inputs.filter((_, i) => !sameFiles(first[0]![i]!, first[1]![i]!)).length;
    process.stdout.write(`compared ${inputs.length} articles: ${differing} differ\n`);
    if (differing > 0) process.exitCode = 1;
  }
  const perPass = new Map<string, number[]>(codes.map(([name]) => [name, []]));
  let runs = 0;
  for (let pass = 0; pass < passes; pass += 1) {
    const order = pass % 2 === 0 ? codes : [...codes].reverse();
    const used = new Map<string, number>(codes.map(([name]) => [name, 0]));
    for (let start = 0; start < inputs.length; start += slice) {
      const part = inputs.slice(start, start + slice);
      for (const [name, render] of order) {
        runs += 1;
        const root = writeDir ? path.join(writeDir, `${name}-${runs}`) : undefined;
        if (root) fs.mkdirSync(root, { recursive: true });
        const before = process.cpuUsage();
        for (const input of part) render(input, root);
        const cpu = process.cpuUsage(before);
        used.set(name, (used.get(name) ?? 0) + cpu.user + cpu.system);
        if (root) fs.rmSync(root, { recursive: true });
      }
    }
    const line = order
      .map(([name]) => `${name} ${((used.get(name) ?? 0) / inputs.length).toFixed(1)}`)
      .join(', ');
    process.stdout.write(
      `pass ${pass + 1} (${order.map(([name]) => name).join(' first, ')}): µs of CPU an article: ${line}; load ${os.loadavg()[0]?.toFixed(2)}\n`,
    );
    for (const [name] of codes) perPass.get(name)?.push((used.get(name) ?? 0) / inputs.length);
  }
  for (const [name, values] of perPass) {
    process.stdout.write(
      `${name}: median ${median(values).toFixed(1)} µs, range ${Math.min(...values).toFixed(1)}–${Math.max(...values).toFixed(1)}\n`,
    );
  }
}

if (process.argv[1]?.endsWith('measureRenderCpu.ts'))
  main().catch((error: unknown) => {
    process.stderr.write(
      `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  });
