import os from 'node:os';
import path from 'node:path';
import {
  exportFailure,
  systemCodeOf,
  type ExportFailure,
} from '../../../shared/export/exportFailure';
import type {
  ExportArticle,
  RelatedHeadline,
  SiteConfig,
  Typography,
} from '../../../shared/export/exportTypes';
import { articleLocation } from '../../../shared/export/articleLocation';
import { pickPublicArticle } from '../../../shared/export/pickPublicArticle';
import { siteBaseUrl } from '../../../shared/export/siteBaseUrl';
import { applyTypography } from '../../../shared/typography/applyTypography';
import { collectFigureImageIds } from '../../../shared/export/collectFigureImageIds';
import { articleInputHash, exportFingerprint, exportStamp } from './articleInputHash';
import type { ExportFileSystem, FilePiece } from './exportFileSystem';
import { nodeExportFileSystem } from './exportFileSystem';
import type { ManifestArticle, ManifestFile } from './exportManifest';
import { manifestFileName, parseExportManifest } from './exportManifest';
import { normalizeSiteConfig } from './normalizeSiteConfig';
import type { FolderEntry } from './exportFolderEntries';
import { headlineKeyMemo, relatedHeadlineLinker } from './relatedHeadlineLinker';
import {
  typesetEntriesJson,
  typesetMemo,
  typographerKey,
  type TypesetEntries,
} from './typesetMemo';
import type { StageContext } from './stageArticle';
import { claimKept, keptCandidate, stageArticle } from './stageArticle';
import { prepareArticleFiles, type SourceImage } from './prepareArticleFiles';
import { safeOutputPath } from './safeOutputPath';
import { bodyInSchemaOrder } from './bodyInSchemaOrder';
import type { TiptapNode } from '../../../shared/editor/tiptapJson';
import {
  startExportRenderPool,
  type ExportRenderPool,
  type RenderResult,
} from './exportRenderPool';
import { discardStagedFiles, stagingFolderFor } from './stageFiles';
import { exportRunningMarker } from './sweepStagedFiles';
import type { ArticleWrite } from './writeSiteFiles';
import { writeSiteFiles } from './writeSiteFiles';

/**
 * An article as a source lists it before reading it whole: what linking to it and stamping
 * it need. The engine reads the article itself only when its files may have to be made.
 */
export interface ExportListing {
  id: string;
  headline: string;
  slug: string;
  rubric: string;
  publishedAt: number | null;
  /** Its related headlines as the article lists them; the engine resolves their URLs. */
  related: RelatedHeadline[];
  /**
   * A digest of every other input of the article's files (its version, quote ledger,
   * corrections, …): equal digests promise equal articles.
   */
  stamp: string;
  /** The article, and the digest of what was read (it may have changed since the listing). */
  load(): LoadedArticle;
}

/** An article read for its export, and the digest of what was read. */
export interface LoadedArticle {
  article: ExportArticle;
  stamp: string;
  /**
   * The JSON `article.body` was read from, when the body is its parse put in the schema's
   * order (`bodyInSchemaOrder`): a render thread then gets the text (one string to copy)
   * instead of a clone of the tree.
   */
  bodyJson?: string;
  /**
   * Reads the body's JSON again (undefined when the article is gone): the engine does not keep
   * `bodyJson` while a render thread has it, and needs it again only when that thread failed.
   */
  readBodyJson?: () => string | undefined;
  /**
   * With `bodyJson`: the image ids of the body's figures in reading order, each once
   * (`collectFigureImageIds` of `article.body`), found when the body was read.
   */
  figureIds?: readonly string[];
}

/**
 * Remembers which input hash an article's stamp gave, so a re-export whose stamp is
 * unchanged finds its manifest entry without reading the article.
 */
export interface ExportStampStore {
  inputHashOf(id: string, stamp: string): string | undefined;
  remember(records: readonly ExportStampRecord[]): void;
}

/**
 * Keeps what each article's last render typeset, so text is typeset once per version of it
 * rather than on every export (typesetting is the dearest step of rendering).
 */
export interface TypesetStore {
  /** What the article's last render typeset with `typographer`, by entry key. */
  read(id: string, typographer: string): ReadonlyMap<string, string> | undefined;
  /**
   * The same as the JSON the store keeps ({@link typesetEntriesJson}), for a render thread:
   * one string crosses threads, and the thread parses it rather than this one.
   */
  readJson?(id: string, typographer: string): string | undefined;
  remember(records: readonly TypesetRecord[]): void;
}

/** Everything one render of an article typeset, by {@link typesetEntryKey}. */
export interface TypesetRecord {
  id: string;
  typographer: string;
  entries: TypesetEntries;
}

/** One article's stamp and the input hash its files were made from. */
export interface ExportStampRecord {
  id: string;
  stamp: string;
  inputHash: string;
}

/**
 * Where exported articles come from: articles in memory, already chosen by the caller, or a
 * listing (a library) that reads each article only when it has to, with its stamps.
 */
export type ExportSource = {
  readImage(imageId: string): { bytes: Uint8Array; mimeType: string } | undefined;
} & (
  | { articles(): Iterable<ExportArticle> }
  | { listing(): Iterable<ExportListing>; stamps: ExportStampStore; typeset?: TypesetStore }
);

/** What an export did. */
export interface ExportSummary {
  /** Articles with at least one file written. */
  written: number;
  /** Articles whose files were all already up to date: nothing written for them. */
  unchanged: number;
  /** Files deleted: old locations after a slug change, images no longer shown, pruned articles. */
  removed: number;
  /** Articles (or `index.html` / `manifest.json`) that could not be exported, and why. */
  failed: ExportFailure[];
  /** True when the signal aborted the export: then nothing in the folder changed. */
  cancelled: boolean;
  outDir: string;
}

/** Options of {@link exportSite}. */
export interface ExportSiteOptions {
  source: ExportSource;
  outDir: string;
  site: SiteConfig;
  /** Rewrite every file even when its bytes are unchanged. */
  force?: boolean;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number, current?: string) => void;
  /** Publication time of articles not yet published; the caller marks them published. */
  publishAt: number;
  /** Typesetting of visible text; Galley's `applyTypography` when not given. */
  typography?: Typography;
  /** Delete exported articles the source no longer lists (default: keep them). */
  prune?: boolean;
  /** Articles to take off the site: their files go, and they leave the index and manifest. */
  withdraw?: ReadonlySet<string>;
  /** The disk, replaceable in tests. */
  fileSystem?: ExportFileSystem;
  /** Patch the folder for the listed articles only (see {@link ExportPatch}). */
  patch?: ExportPatch;
  /** Render threads for a large export; by default one per core when nothing else typesets. */
  renderPool?: RenderPoolSettings;
  /**
   * Settles before anything of the export becomes visible or is written into the library;
   * when it rejects, the export discards what it staged, leaves the folder as it was and
   * rejects with the same error (`galley export` checks the library beside the export).
   */
  beforePublish?: Promise<void>;
  /**
   * Told, once an export has landed complete (nothing failed or cancelled), what the folder's
   * pages now show of each listed article, and how many entries the manifest holds.
   */
  onComplete?: (listed: readonly FolderEntry[], manifestEntries: number) => void;
}

/**
 * An export of a few articles into a folder whose other articles stay as they are: the
 * caller knows the listed articles' previous manifest entries and how related headlines
 * resolve across the whole folder, and makes the index and manifest from the entries the
 * export arrives at. Nothing else of the folder is read.
 */
export interface ExportPatch {
  /** The listed articles' entries in the manifest on disk. */
  previous: ManifestArticle[];
  link(related: readonly RelatedHeadline[]): RelatedHeadline[];
  /** The index and manifest files whose bytes change, given every listed article's entry. */
  siteFiles(
    entries: ReadonlyMap<string, ManifestArticle>,
  ): { name: string; data: Buffer | readonly FilePiece[] }[];
}

/** Render threads of a large export (see {@link ExportSiteOptions.renderPool}). */
export interface RenderPoolSettings {
  /** Threads to start; 0 renders every article on the calling thread. */
  threads: number;
  /** Articles rendered on the calling thread before the threads start. */
  after: number;
  /** The threads start only when at least this many articles are left to list. */
  from: number;
  /**
   * Render on the calling thread until a thread has loaded its modules, rather than queue
   * articles for it meanwhile (the default does; tests of the threads' own work leave it off).
   */
  renderWhileStarting?: boolean;
}

// One thread per core besides the main thread, at least one: the main thread (reading, staging,
// the index and manifest) and V8's collector threads take about half as much CPU as rendering,
// and each render thread costs CPU of its own (loading its modules, compiling and collecting
// its heap), so on two cores one render thread made an export cheaper than two (about a
// seventh less CPU in all, see the README) without leaving a core idle. A small export is
// over before threads would have loaded their modules.
const defaultRenderPool: RenderPoolSettings = {
  threads: Math.max(1, Math.min(4, os.availableParallelism() - 1)),
  after: 32,
  from: 256,
  renderWhileStarting: true,
};

// Articles read and handed to threads ahead of the one being written: enough to keep every
// thread busy with batches of articles, few enough to bound memory.
const inFlight = 128;

type SettledArticle = ExportArticle & { publishedAt: number };

// An article's state between its reading and its staging. `loaded` is set for a kept entry
// found by reading the article (its stamp is then remembered, as for a rendered one).
type Outcome =
  | { kept: ManifestArticle; loaded?: { article: SettledArticle; stamp: string } }
  | { error: unknown }
  | {
      article: SettledArticle;
      inputHash: string;
      stamp: string;
      result: RenderResult;
    };

interface Step {
  listing: ExportListing;
  index: number;
  outcome: Outcome | Promise<Outcome>;
  settled?: Outcome;
}

// Stands in for a body that crosses to a render thread as its JSON.
const bodyStandIn = { type: 'doc' } as const;

// Typeset text is written back in batches: bounded memory, one transaction per batch.
const typesetBatch = 256;

// Long enough to get work done, short enough that the app's window stays responsive.
const sliceMilliseconds = 12;
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

// Articles in memory are listed as they are, each cut down to its public fields first.
function listingsOf(source: ExportSource): Iterable<ExportListing> {
  if ('listing' in source) return source.listing();
  return [...source.articles()].map((raw) => {
    const article = pickPublicArticle(raw);
    const { id, headline, slug, rubric, publishedAt, related } = article;
    return {
      id,
      headline,
      slug,
      rubric,
      publishedAt,
      related,
      stamp: '',
      load: () => ({ article, stamp: '' }),
    };
  });
}

/**
 * Exports articles to a static site folder: `<rubric>/<slug>/index.html` and `index.json`
 * (ninjs) with the article's images beside them, an `index.html` of all articles, and
 * `manifest.json`. The same engine runs for the app and the CLI.
 *
 * - Incremental: an article whose inputs (public fields, site, typography, renderer
 *   version) hash as last time is not rendered at all; files whose bytes are unchanged are
 *   not written. A listing source stamps each article without reading it, and an article
 *   whose stamp is known to give its manifest entry's input hash is not even read; when
 *   nothing changed, the index and manifest are neither rendered nor rewritten. `force`
 *   renders and rewrites everything.
 * - Atomic: each article's files are first written under temporary names; only when every
 *   article is staged, and the index and manifest too, are they renamed into place, the
 *   manifest last. A failing article is reported and keeps its previous files and manifest
 *   entry; a failure to stage the index or manifest, or a cancel, changes nothing at all.
 * - Safe: every path segment is `[a-z0-9-]`, every path is checked to stay inside `outDir`.
 * - Never leaks: articles are cut down to their public fields before anything renders them.
 */
export async function exportSite(options: ExportSiteOptions): Promise<ExportSummary> {
  if (!Number.isFinite(options.publishAt)) throw new Error('publishAt must be a time in epoch ms');
  const fileSystem = options.fileSystem ?? nodeExportFileSystem;
  const site = normalizeSiteConfig(options.site);
  const siteHost = siteBaseUrl(site).host;
  const requestedOutDir = path.resolve(options.outDir);
  fileSystem.makeDirectory(requestedOutDir);
  const outDir = fileSystem.realPath(requestedOutDir);
  const summary: ExportSummary = {
    written: 0,
    unchanged: 0,
    removed: 0,
    failed: [],
    cancelled: false,
    outDir,
  };
  const cancelled = (): ExportSummary => ({
    ...summary,
    written: 0,
    unchanged: 0,
    failed: [],
    cancelled: true,
  });

  const { patch } = options;
  const previous = patch
    ? { baseUrl: site.baseUrl, articles: patch.previous, dropped: 0 }
    : readManifest(fileSystem, outDir);
  const previousFiles = new Map<string, ManifestFile>();
  for (const entry of previous.articles)
    for (const file of entry.files) previousFiles.set(file.path, file);

  const listings: ExportListing[] = [];
  const seen = new Set<string>();
  for (const listing of listingsOf(options.source)) {
    if (!listing.id || seen.has(listing.id)) {
      summary.failed.push(
        listing.id
          ? exportFailure(listing.id, 'duplicate_article', 'the article is listed twice')
          : exportFailure(listing.id, 'article_without_id', 'the article has no id'),
      );
      continue;
    }
    seen.add(listing.id);
    listings.push(listing);
  }
  listings.sort(byId);
  const withdrawn = options.withdraw ?? new Set<string>();
  const kept =
    options.prune || patch
      ? []
      : previous.articles.filter((entry) => !seen.has(entry.id) && !withdrawn.has(entry.id));
  const keyOf = headlineKeyMemo();
  const link = patch
    ? (related: readonly RelatedHeadline[]) => patch.link(related)
    : relatedHeadlineLinker(listings, kept, site.baseUrl, keyOf);
  const stamps = 'stamps' in options.source ? options.source.stamps : undefined;

  const typography = options.typography ?? applyTypography;
  const fingerprint = exportFingerprint(site, typography);
  // Kept typesetting is Galley's own typographer's: a typographer given by the caller is used
  // as it is.
  const typesetStore =
    !options.typography && 'typeset' in options.source ? options.source.typeset : undefined;
  const typographer = typesetStore ? typographerKey(typography) : '';
  const typeset: TypesetRecord[] = [];
  // Nothing is written into a library before it is known to be intact.
  let mayWrite = options.beforePublish === undefined;
  void options.beforePublish?.then(
    () => (mayWrite = true),
    () => undefined,
  );
  const flushTypeset = (): void => {
    if (mayWrite && typeset.length > 0) typesetStore?.remember(typeset.splice(0));
  };
  const context: StageContext = {
    fileSystem,
    outDir,
    site,
    siteHost,
    typography,
    fingerprint,
    force: options.force ?? false,
    readImage: (id) => options.source.readImage(id),
    previousById: new Map(previous.articles.map((entry) => [entry.id, entry])),
    previousFiles,
    claimed: new Map(kept.map((entry) => [entry.path, entry.id])),
    checkedDirectories: new Set(),
  };
  // A first export into an empty folder writes its articles under their final names inside
  // one hidden folder and moves each rubric folder into place at the end: no temporary name
  // and no rename per file, and still nothing visible before every article is staged.
  if (
    !patch &&
    previous.articles.length === 0 &&
    fileSystem.listNames(outDir).every((name) => name === exportRunningMarker)
  ) {
    const root = stagingFolderFor(outDir);
    if (fileSystem.makeNewDirectory(root)) context.staging = { root, made: new Set() };
  }
  const removeStaging = (): void => {
    if (context.staging) fileSystem.removeTree(context.staging.root);
  };
  const entries = new Map<string, ManifestArticle>();
  const writes: ArticleWrite[] = [];
  const remembered: ExportStampRecord[] = [];
  const shown = new Map<string, Pick<FolderEntry, 'linkKey' | 'relatedKeys'>>();
  const discardAll = (): void => {
    for (const write of writes)
      if (write.folder === undefined) discardStagedFiles(fileSystem, write.staged);
    removeStaging();
  };

  const total = listings.length;
  options.onProgress?.(0, total);

  // Rendering is most of an article's work, and the only part that needs no file or library
  // call: a large export hands it to render threads while this thread reads the articles and
  // writes their files. Everything else happens here, article by article in id order, so the
  // folder, the manifest and any failure are the same as when this thread renders.
  const poolSettings = options.typography ? undefined : (options.renderPool ?? defaultRenderPool);
  let pool: ExportRenderPool | undefined;
  let poolTried = false;
  let poolClosed = false;
  let renders = 0;
  const closePool = async (): Promise<void> => {
    poolClosed = true;
    await pool?.close();
  };
  const renderHere = (
    article: ExportArticle,
    known: ReadonlyMap<string, string> | undefined,
  ): RenderResult => {
    try {
      const memo = typesetStore ? typesetMemo(typography, known) : undefined;
      const prepared = prepareArticleFiles(article, {
        site,
        siteHost,
        typography: memo?.typography ?? typography,
        count: memo?.count,
        readImage: context.readImage,
      });
      return {
        prepared,
        ...(memo?.changed() ? { typeset: memo.used } : {}),
      };
    } catch (error) {
      return { error: error instanceof Error ? error : new Error(String(error)) };
    }
  };
  const startPool = (): void => {
    poolTried = true;
    if (poolSettings) pool = startExportRenderPool({ site, siteHost }, poolSettings.threads);
  };
  // When every listed article will be rendered (a first or forced export), the threads start
  // at once: their modules load (a few hundred ms, longer on a busy machine) while this thread
  // lists, reads and renders the first articles, instead of after them while it waits.
  if (
    poolSettings &&
    poolSettings.threads > 0 &&
    (context.force || context.previousById.size === 0) &&
    total > poolSettings.after &&
    total - poolSettings.after >= poolSettings.from
  )
    startPool();
  const knownTypeset = (id: string): ReadonlyMap<string, string> | undefined =>
    typesetStore?.read(id, typographer);
  // A render thread writes an article's files itself only into the staging folder of a first
  // export, on the real disk, and only into a folder no other article of this export was
  // rendered for: an article whose folder another one claims is refused, as ever, by the
  // main thread, before anything of it is written.
  const threadsWrite = context.staging !== undefined && fileSystem === nodeExportFileSystem;
  const renderedFolders = new Set<string>();
  // An article a thread may have written some files of, but that did not land.
  const unstage = (folder: string): void => {
    if (context.staging) fileSystem.removeTree(safeOutputPath(context.staging.root, folder));
  };
  const render = (
    article: SettledArticle,
    remaining: number,
    inputHash: string,
    body:
      | {
          json: string;
          read: (() => string | undefined) | undefined;
          figureIds: readonly string[] | undefined;
        }
      | undefined,
  ): RenderResult | Promise<RenderResult> => {
    renders += 1;
    let stage: { root: string; folder: string } | undefined;
    if (threadsWrite && context.staging) {
      const { path: folder } = articleLocation(article);
      if (!renderedFolders.has(folder)) stage = { root: context.staging.root, folder };
      renderedFolders.add(folder);
    }
    if (
      !poolTried &&
      poolSettings &&
      poolSettings.threads > 0 &&
      renders > poolSettings.after &&
      remaining >= poolSettings.from
    )
      startPool();
    // The first articles, and any while no thread listens yet (an article handed over would
    // only wait in its queue), are rendered here.
    if (
      !pool ||
      (poolSettings?.renderWhileStarting &&
        (renders <= poolSettings.after || pool.ready?.() === false))
    )
      return renderHere(article, knownTypeset(article.id));
    const knownJson = !typesetStore
      ? undefined
      : typesetStore.readJson
        ? typesetStore.readJson(article.id, typographer)
        : jsonOf(knownTypeset(article.id));
    const images: Array<[string, SourceImage]> = [];
    // The figures the page read found, else a walk of the body for them.
    for (const imageId of body?.figureIds ?? collectFigureImageIds(article.body)) {
      const image = context.readImage(imageId);
      if (image) images.push([imageId, image]);
    }
    const sent = body === undefined ? article : withoutBody(article);
    const rendered = pool.render({
      article: sent,
      ...(body === undefined ? {} : { bodyJson: body.json }),
      images,
      ...(typesetStore ? { memo: { knownJson } } : {}),
      ...(stage ? { stage } : {}),
    });
    return renderOnPool(rendered, { article: sent, readBody: body?.read }, inputHash, stage);
  };
  // Apart from `render` so that neither the article's parsed body nor its JSON, which the
  // thread has, is kept alive here until the thread answers: the 128 articles in flight would
  // otherwise survive young-generation collections with them (copied, then promoted) for
  // nothing. A failed thread's article is read again, and rendered here only when its input
  // hash is still the one taken before: the same article, or none.
  const renderOnPool = (
    rendered: Promise<RenderResult>,
    kept: { article: SettledArticle; readBody?: (() => string | undefined) | undefined },
    inputHash: string,
    stage: { root: string; folder: string } | undefined,
  ): Promise<RenderResult> =>
    rendered.catch((): RenderResult => {
      // A thread that failed leaves its articles to this one; a closed pool, to no one.
      if (poolClosed) return { error: new Error('the export stopped') };
      if (stage) unstage(stage.folder);
      let article: SettledArticle = kept.article;
      if (kept.article.body === bodyStandIn) {
        try {
          const json = kept.readBody?.();
          if (json === undefined) throw new Error('the article is no longer in the library');
          article = { ...kept.article, body: bodyInSchemaOrder(JSON.parse(json) as TiptapNode) };
        } catch (error) {
          return { error: error instanceof Error ? error : new Error(String(error)) };
        }
        if (articleInputHash(fingerprint, article) !== inputHash)
          return { error: new Error('the article changed while it was exported') };
      }
      return renderHere(article, knownTypeset(article.id));
    });

  // Prepared in order: what can be known without touching the folder's claims, and the
  // render (here, at once, or on a thread).
  const prepareStep = (listing: ExportListing, remaining: number): Step['outcome'] => {
    try {
      const publishedAt = listing.publishedAt ?? options.publishAt;
      // Only an article with an entry from an earlier export can be kept: for any other (every
      // article of a first export) the stamp, a digest of its inputs, is not worked out here.
      const known =
        stamps && !context.force && context.previousById.has(listing.id)
          ? keptCandidate(
              context,
              listing.id,
              stamps.inputHashOf(
                listing.id,
                exportStamp(fingerprint, listing.stamp, publishedAt, link(listing.related)),
              ),
            )
          : undefined;
      if (known) return { kept: known };
      const loaded = listing.load();
      const picked = pickPublicArticle(loaded.article);
      picked.related = link(picked.related);
      const article = { ...picked, publishedAt: picked.publishedAt ?? options.publishAt };
      // Taken here, not on a render thread: the thread is the export's bottleneck while this
      // one waits for it part of the time, and this thread holds the parsed body already.
      const inputHash = articleInputHash(fingerprint, article);
      // Only an article with an entry from an earlier export can be found unchanged by it.
      const kept =
        context.force || !context.previousById.has(article.id)
          ? undefined
          : keptCandidate(context, article.id, inputHash);
      if (kept) return { kept, loaded: { article, stamp: loaded.stamp } };
      // The stored JSON stands for the body only while the body is still its parse.
      const body =
        picked.body === loaded.article.body && loaded.bodyJson !== undefined
          ? { json: loaded.bodyJson, read: loaded.readBodyJson, figureIds: loaded.figureIds }
          : undefined;
      const rendered = render(article, remaining, inputHash, body);
      if (!(rendered instanceof Promise))
        return { article, inputHash, stamp: loaded.stamp, result: rendered };
      // What is left to do with the article needs none of its body (see `renderOnPool`).
      const base = { article: withoutBody(article), inputHash, stamp: loaded.stamp };
      return rendered.then((result) => ({ ...base, result }));
    } catch (error) {
      return { error };
    }
  };

  // Finished strictly in order: claims, staged files, failures and progress as before.
  const finishStep = (step: Step, outcome: Outcome): void => {
    const { listing } = step;
    let current: string | undefined;
    // Set while files a thread wrote are not yet the article's staged files.
    let writtenFolder: string | undefined;
    try {
      if ('error' in outcome) throw outcome.error;
      if ('kept' in outcome) {
        const { kept, loaded } = outcome;
        claimKept(context, loaded?.article.id ?? listing.id, kept);
        current = kept.path;
        entries.set(loaded?.article.id ?? listing.id, kept);
        if (stamps && loaded && kept.inputHash) {
          const { article } = loaded;
          const stamp = exportStamp(
            fingerprint,
            loaded.stamp,
            article.publishedAt,
            article.related,
          );
          remembered.push({ id: article.id, stamp, inputHash: kept.inputHash });
        }
      } else {
        const { article, result } = outcome;
        if ('error' in result) throw result.error;
        if (result.written) writtenFolder = result.prepared.entry.path;
        const staged = stageArticle(
          article.id,
          outcome.inputHash,
          result.prepared,
          context,
          result.written,
        );
        writtenFolder = undefined;
        if (result.typeset) {
          typeset.push({ id: article.id, typographer, entries: result.typeset });
          if (typeset.length >= typesetBatch) flushTypeset();
        }
        current = staged.entry.path;
        entries.set(article.id, staged.entry);
        if (staged.write) writes.push(staged.write);
        if (stamps && staged.entry.inputHash) {
          const stamp = exportStamp(
            fingerprint,
            outcome.stamp,
            article.publishedAt,
            article.related,
          );
          remembered.push({ id: article.id, stamp, inputHash: staged.entry.inputHash });
        }
      }
    } catch (error) {
      if (writtenFolder !== undefined) unstage(writtenFolder);
      // Staging writes its files already: a refusal of the disk is a write failure.
      const problem = systemCodeOf(error) ? 'files_not_written' : 'article_not_prepared';
      summary.failed.push(exportFailure(listing.id, problem, error));
    }
    options.onProgress?.(step.index + 1, total, current);
  };

  const queue: Step[] = [];
  let head = 0;
  // Finishes the steps whose render is done, in order; waits for one only when as many as
  // `inFlight` are pending, or for all of them at the end (`drain`).
  const finishSettled = async (drain: boolean): Promise<void> => {
    while (head < queue.length) {
      const step = queue[head]!;
      if (step.settled === undefined) {
        if (!drain && queue.length - head < inFlight) return;
        step.settled = await step.outcome;
      }
      queue[head] = undefined as unknown as Step;
      head += 1;
      finishStep(step, step.settled);
    }
  };
  try {
    let sliceStart = performance.now();
    for (const [index, listing] of listings.entries()) {
      if (performance.now() - sliceStart > sliceMilliseconds) {
        await nextTurn();
        sliceStart = performance.now();
      }
      if (options.signal?.aborted) {
        // Stopped first: a thread may still be writing into the staging folder.
        await closePool();
        discardAll();
        return cancelled();
      }
      if (options.onComplete) {
        shown.set(listing.id, {
          linkKey: keyOf(listing.headline),
          relatedKeys: listing.related
            .filter((item) => item.url === undefined)
            .map((item) => keyOf(item.headline)),
        });
      }
      const outcome = prepareStep(listing, total - index);
      const step: Step = { listing, index, outcome };
      if (outcome instanceof Promise) void outcome.then((settled) => (step.settled = settled));
      else step.settled = outcome;
      queue.push(step);
      await finishSettled(false);
    }
    await finishSettled(true);
  } finally {
    await closePool();
  }
  if (options.signal?.aborted) {
    // Typeset text is right whether or not the files land, so it is kept either way.
    flushTypeset();
    discardAll();
    return cancelled();
  }
  if (options.beforePublish) {
    try {
      await options.beforePublish;
    } catch (error) {
      discardAll();
      throw error;
    }
    mayWrite = true;
  }
  flushTypeset();

  let result: ReturnType<typeof writeSiteFiles>;
  try {
    result = writeSiteFiles({
      fileSystem,
      outDir,
      site,
      force: options.force ?? false,
      writes,
      entries,
      // A failed article keeps its previous entry; one the source no longer lists, unless pruned.
      fallbackEntries: previous.articles.filter(
        (entry) => !withdrawn.has(entry.id) && (seen.has(entry.id) || !options.prune),
      ),
      previousFiles,
      previous,
      ...(patch ? { siteFiles: (fresh) => patch.siteFiles(fresh) } : {}),
      ...(context.staging ? { staging: context.staging.root } : {}),
    });
  } finally {
    // Empty once its rubrics moved; what is left was not committed.
    removeStaging();
  }
  const staged = new Set(writes.map((write) => write.id));
  const failedIds = new Set(result.failed.map((failure) => failure.id));
  // Only what is now on disk: a stamp whose files did not land must not vouch for them.
  if (stamps && !failedIds.has(manifestFileName)) {
    stamps.remember(remembered.filter((record) => !failedIds.has(record.id)));
  }
  summary.failed.push(...result.failed);
  summary.removed = result.removed;
  summary.written = result.committedIds.length;
  summary.unchanged = [...entries.keys()].filter((id) => !staged.has(id)).length;
  if (options.onComplete && summary.failed.length === 0) {
    options.onComplete(
      [...entries.values()].map((entry) => ({
        id: entry.id,
        path: entry.path,
        published: Date.parse(entry.datePublished),
        ...shown.get(entry.id)!,
      })),
      result.entryCount,
    );
  }
  return summary;
}

// An article whose body a render thread reads from elsewhere (its JSON) or no longer needs.
function withoutBody<T extends ExportArticle>(article: T): T {
  return { ...article, body: bodyStandIn };
}

function jsonOf(entries: ReadonlyMap<string, string> | undefined): string | undefined {
  return entries === undefined ? undefined : typesetEntriesJson(entries);
}

function readManifest(fileSystem: ExportFileSystem, outDir: string) {
  const text = fileSystem.readFile(path.join(outDir, manifestFileName));
  // A view of the bytes read, not a copy (Buffer.from of a Uint8Array copies byte by byte).
  return parseExportManifest(
    text ? Buffer.from(text.buffer, text.byteOffset, text.byteLength).toString('utf8') : undefined,
  );
}
