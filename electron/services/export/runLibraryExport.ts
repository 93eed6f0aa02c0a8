import type { RuleFailure } from '../../../shared/rules/ruleFailure';
import type { Library } from '../library/openLibrary';
import { ArticleWorkflow } from '../workflow/articleWorkflow';
import { exportSite, type ExportSummary } from './exportSite';
import { selectArticlesForExport, type ExportSelection } from './selectArticlesForExport';
import { lockExportFolder } from './sweepStagedFiles';
import { libraryExportSource } from './libraryExportSource';

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
  const blocked: LibraryExportSummary['blocked'] = [];
  // Only ids are held: each article is read again, and only if its files must be made.
  const chosen: string[] = [];
  for (const id of selectArticlesForExport(library.db, options.selection)) {
    if (options.allowUnverified) {
      chosen.push(id);
      continue;
    }
    const article = library.articles.get(id);
    if (!article) continue;
    const refusal = workflow.publishGate(article);
    if (refusal)
      blocked.push({ id, headline: article.headline, reason: refusal.message, rule: refusal });
    else chosen.push(id);
  }
  const fromLibrary = libraryExportSource(library, chosen);

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
      source: fromLibrary.source,
    });
  } finally {
    release();
  }

  let published = 0;
  if (!summary.cancelled && options.markPublished !== false) {
    const failedIds = new Set(summary.failed.map((failure) => failure.id));
    const toMark = fromLibrary
      .rows()
      .filter((row) => !failedIds.has(row.id) && row.status !== 'published');
    library.articles.markPublished(
      toMark.map((row) => row.id),
      publishAt,
      options.actor,
    );
    published = toMark.length;
  }
  return { ...summary, blocked, published };
}
