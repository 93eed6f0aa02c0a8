import type { Article } from '../../../shared/article/articleSchema';
import type { RuleFailure } from '../../../shared/rules/ruleFailure';
import type { Library } from '../library/openLibrary';
import { FactCheckService } from '../quotes/factCheckService';
import { ArticleWorkflow } from '../workflow/articleWorkflow';
import { exportSite, type ExportSummary } from './exportSite';
import { selectArticlesForExport, type ExportSelection } from './selectArticlesForExport';
import { lockExportFolder } from './sweepStagedFiles';
import { toExportArticle } from './toExportArticle';

export interface LibraryExportOptions {
  outDir: string;
  baseUrl: string;
  siteName?: string;
  selection: ExportSelection;
  actor: string;
  force?: boolean;
  /** Mark exported articles published (default true). */
  markPublished?: boolean;
  /** Export articles the publish gate holds back, too. */
  allowUnverified?: boolean;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number, current?: string) => void;
  now?: () => number;
}

export interface LibraryExportSummary extends ExportSummary {
  /** Held back by the publish gate: its headline, the refusal in English and as a rule value. */
  blocked: Array<{ id: string; headline: string; reason: string; rule: RuleFailure }>;
  published: number;
}

/**
 * The one export engine behind `galley export` and the app's export dialog: choose the
 * articles, hold back what the workflow's publish gate refuses, write the site, then mark
 * what was exported as published. The gate is applied here, not by the callers, so no
 * caller can forget it.
 */
export async function runLibraryExport(
  library: Library,
  options: LibraryExportOptions,
): Promise<LibraryExportSummary> {
  const now = options.now ?? Date.now;
  const publishAt = now();
  const workflow = new ArticleWorkflow(library);
  const factCheck = new FactCheckService(library);
  const blocked: LibraryExportSummary['blocked'] = [];
  const chosen: Article[] = [];
  for (const id of selectArticlesForExport(library.db, options.selection)) {
    const article = library.articles.get(id);
    if (!article) continue;
    const refusal = options.allowUnverified ? null : workflow.publishGate(article);
    if (refusal)
      blocked.push({ id, headline: article.headline, reason: refusal.message, rule: refusal });
    else chosen.push(article);
  }

  // One export per folder; a killed one's staged files are swept before this one starts.
  const release = lockExportFolder(options.outDir);
  let summary: Awaited<ReturnType<typeof exportSite>>;
  try {
    summary = await exportSite({
      outDir: options.outDir,
      site: {
        baseUrl: options.baseUrl,
        ...(options.siteName ? { siteName: options.siteName } : {}),
      },
      publishAt,
      ...(options.force ? { force: true } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
      // Held-back articles count as handled from the start: the progress then ends where the
      // summary adds up (written + unchanged + failed + held back), not short of it.
      ...(options.onProgress
        ? {
            onProgress: (done: number, total: number, current?: string) =>
              options.onProgress?.(done + blocked.length, total + blocked.length, current),
          }
        : {}),
      source: {
        articles: () =>
          chosen.map((article) =>
            toExportArticle(library, article, factCheck.speakersOf(article.id)),
          ),
        readImage: (imageId) => library.images.get(imageId),
      },
    });
  } finally {
    release();
  }

  let published = 0;
  if (!summary.cancelled && options.markPublished !== false) {
    const failedIds = new Set(summary.failed.map((failure) => failure.id));
    const toMark = chosen.filter(
      (article) => !failedIds.has(article.id) && article.status !== 'published',
    );
    library.articles.markPublished(
      toMark.map((article) => article.id),
      publishAt,
      options.actor,
    );
    published = toMark.length;
  }
  return { ...summary, blocked, published };
}
