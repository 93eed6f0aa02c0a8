import path from 'node:path';
import {
  exportFailure,
  systemCodeOf,
  type ExportFailure,
} from '../../../shared/export/exportFailure';
import type { ExportArticle, SiteConfig, Typography } from '../../../shared/export/exportTypes';
import { pickPublicArticle } from '../../../shared/export/pickPublicArticle';
import { siteBaseUrl } from '../../../shared/export/siteBaseUrl';
import { applyTypography } from '../../../shared/typography/applyTypography';
import { exportFingerprint } from './articleInputHash';
import type { ExportFileSystem } from './exportFileSystem';
import { nodeExportFileSystem } from './exportFileSystem';
import type { ManifestArticle, ManifestFile } from './exportManifest';
import { manifestFileName, parseExportManifest } from './exportManifest';
import { normalizeSiteConfig } from './normalizeSiteConfig';
import { linkRelatedHeadlines } from './linkRelatedHeadlines';
import type { StageContext } from './stageArticle';
import { stageArticle } from './stageArticle';
import { discardStagedFiles } from './stageFiles';
import type { ArticleWrite } from './writeSiteFiles';
import { writeSiteFiles } from './writeSiteFiles';

/** Where exported articles come from: the library, or anything that can list articles. */
export interface ExportSource {
  /** The articles to export, already chosen by the caller (ready, a filter, all). */
  articles(): Iterable<ExportArticle>;
  readImage(imageId: string): { bytes: Uint8Array; mimeType: string } | undefined;
}

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
}

// Long enough to get work done, short enough that the app's window stays responsive.
const sliceMilliseconds = 12;
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

function byId(a: ExportArticle, b: ExportArticle): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Exports articles to a static site folder: `<rubric>/<slug>/index.html` and `index.json`
 * (ninjs) with the article's images beside them, an `index.html` of all articles, and
 * `manifest.json`. The same engine runs for the app and the CLI.
 *
 * - Incremental: an article whose inputs (public fields, site, typography, renderer
 *   version) hash as last time is not rendered at all; files whose bytes are unchanged are
 *   not written. `force` renders and rewrites everything.
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

  const previousText = fileSystem.readFile(path.join(outDir, manifestFileName));
  const previous = parseExportManifest(
    previousText ? Buffer.from(previousText).toString('utf8') : undefined,
  );
  const previousFiles = new Map<string, ManifestFile>();
  for (const entry of previous.articles)
    for (const file of entry.files) previousFiles.set(file.path, file);

  const articles: ExportArticle[] = [];
  const seen = new Set<string>();
  for (const raw of options.source.articles()) {
    const article = pickPublicArticle(raw);
    if (!article.id || seen.has(article.id)) {
      summary.failed.push(
        article.id
          ? exportFailure(article.id, 'duplicate_article', 'the article is listed twice')
          : exportFailure(article.id, 'article_without_id', 'the article has no id'),
      );
      continue;
    }
    seen.add(article.id);
    articles.push(article);
  }
  articles.sort(byId);
  const withdrawn = options.withdraw ?? new Set<string>();
  const kept = options.prune
    ? []
    : previous.articles.filter((entry) => !seen.has(entry.id) && !withdrawn.has(entry.id));
  linkRelatedHeadlines(articles, kept, site.baseUrl);

  const typography = options.typography ?? applyTypography;
  const context: StageContext = {
    fileSystem,
    outDir,
    site,
    siteHost,
    typography,
    fingerprint: exportFingerprint(site, typography),
    force: options.force ?? false,
    readImage: (id) => options.source.readImage(id),
    previousById: new Map(previous.articles.map((entry) => [entry.id, entry])),
    previousFiles,
    claimed: new Map(kept.map((entry) => [entry.path, entry.id])),
  };
  const entries = new Map<string, ManifestArticle>();
  const writes: ArticleWrite[] = [];
  const discardAll = (): void =>
    writes.forEach((write) => discardStagedFiles(fileSystem, write.staged));

  const total = articles.length;
  options.onProgress?.(0, total);
  let sliceStart = performance.now();
  for (const [index, article] of articles.entries()) {
    if (performance.now() - sliceStart > sliceMilliseconds) {
      await nextTurn();
      sliceStart = performance.now();
    }
    if (options.signal?.aborted) {
      discardAll();
      return cancelled();
    }
    let current: string | undefined;
    try {
      const staged = stageArticle(
        { ...article, publishedAt: article.publishedAt ?? options.publishAt },
        context,
      );
      current = staged.entry.path;
      entries.set(article.id, staged.entry);
      if (staged.write) writes.push(staged.write);
    } catch (error) {
      // Staging writes its files already: a refusal of the disk is a write failure.
      const problem = systemCodeOf(error) ? 'files_not_written' : 'article_not_prepared';
      summary.failed.push(exportFailure(article.id, problem, error));
    }
    options.onProgress?.(index + 1, total, current);
  }
  if (options.signal?.aborted) {
    discardAll();
    return cancelled();
  }

  const result = writeSiteFiles({
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
  });
  const staged = new Set(writes.map((write) => write.id));
  summary.failed.push(...result.failed);
  summary.removed = result.removed;
  summary.written = result.committedIds.length;
  summary.unchanged = [...entries.keys()].filter((id) => !staged.has(id)).length;
  return summary;
}
