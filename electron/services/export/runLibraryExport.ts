import type { RuleFailure } from '../../../shared/rules/ruleFailure';
import type { Library } from '../library/openLibrary';
import { LibraryError } from '../library/libraryError';
import { ArticleWorkflow } from '../workflow/articleWorkflow';
import fs from 'node:fs';
import path from 'node:path';
import {
  exportChangeNumber,
  exportOptionsKey,
  folderSignature,
  readExportFolderRecord,
  writeExportFolderRecord,
  type ExportFolderRecord,
} from './exportFolderRecord';
import { exportFolderEntries, type FolderEntry } from './exportFolderEntries';
import { exportSite, type ExportSummary, type RenderPoolSettings } from './exportSite';
import { reexportChanged } from './reexportChanged';
import { selectArticlesForExport, type ExportSelection } from './selectArticlesForExport';
import { lockExportFolder } from './sweepStagedFiles';
import { libraryExportSource, type LibraryExportSource } from './libraryExportSource';

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
  /** Render threads; by default one per core for a large export (see exportSite). */
  renderPool?: RenderPoolSettings;
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
  const site = {
    baseUrl: options.baseUrl,
    ...(options.siteName ? { siteName: options.siteName } : {}),
  };
  const optionsKey = exportOptionsKey(site, options.selection, options.allowUnverified ?? false);
  // Read before anything is listed: a change made while the export runs counts as not exported.
  const changeNumber = exportChangeNumber(library.db);
  // A library still being checked (`galley export` checks it beside the export): the export
  // works meanwhile, and nothing becomes visible or is written before the check passed.
  const integrity = library.integrity.current;
  if (integrity.state === 'damaged') throw new LibraryError('damaged', integrity.message);
  const intact = integrity.state === 'checking' ? untilIntact(library) : undefined;
  intact?.catch(() => undefined);
  const realOutDir = existingRealPath(options.outDir);
  if (!options.force && !options.signal?.aborted && realOutDir !== undefined) {
    const matches = (record: ExportFolderRecord | undefined): record is ExportFolderRecord =>
      record !== undefined &&
      isStillCurrent(record, {
        optionsKey,
        publishAt,
        marksPublished: options.markPublished !== false,
      });
    if (matches(readExportFolderRecord(library.db, realOutDir))) {
      // These paths take milliseconds: nothing to gain from working beside the check.
      await intact;
      const release = lockExportFolder(options.outDir);
      try {
        // Read again under the lock: another export may have just finished.
        const record = readExportFolderRecord(library.db, realOutDir);
        if (matches(record) && folderSignature(realOutDir) === record.folder) {
          if (record.changeNumber === changeNumber) {
            const total = record.exported + record.blocked.length;
            options.onProgress?.(total, total);
            return {
              written: 0,
              unchanged: record.exported,
              removed: 0,
              failed: [],
              cancelled: false,
              outDir: realOutDir,
              blocked: record.blocked,
              published: 0,
            };
          }
          const patched = await reexportChanged(library, {
            outDir: realOutDir,
            record,
            changeNumber,
            site,
            selection: options.selection,
            allowUnverified: options.allowUnverified ?? false,
            publishAt,
            markPublished: options.markPublished !== false,
            actor: options.actor,
            ...(options.signal ? { signal: options.signal } : {}),
            ...(options.onProgress ? { onProgress: options.onProgress } : {}),
          });
          if (patched) return patched;
        }
      } finally {
        release();
      }
    }
  }
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
  let landed: { listed: readonly FolderEntry[]; manifestEntries: number } | undefined;
  try {
    summary = await exportSite({
      outDir: options.outDir,
      site,
      publishAt,
      ...(options.force ? { force: true } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.renderPool ? { renderPool: options.renderPool } : {}),
      ...(intact ? { beforePublish: intact } : {}),
      // Held-back articles count as handled from the start: the progress then ends where the
      // summary adds up (written + unchanged + failed + held back), not short of it.
      ...(options.onProgress
        ? {
            onProgress: (done: number, total: number, current?: string) =>
              options.onProgress?.(done + blocked.length, total + blocked.length, current),
          }
        : {}),
      source: fromLibrary.source,
      onComplete: (listed, manifestEntries) => {
        landed = { listed, manifestEntries };
      },
    });
  } finally {
    release();
  }

  let published = 0;
  // The library's change numbers just before and after the marking, read with it in one
  // transaction: no other writer's change can fall between them.
  const marking = library.db.transaction(() => {
    const before = exportChangeNumber(library.db);
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
    return { before, after: exportChangeNumber(library.db) };
  })();
  rememberFolder(library, summary, {
    optionsKey,
    changeNumber,
    publishAt,
    blocked,
    rows: fromLibrary.rows(),
    marking,
    marked: options.markPublished !== false,
    // Publishing changes an article's status, which only a selection by status reads.
    statusSelected: !options.selection.all && !options.selection.ids,
    landed,
  });
  return { ...summary, blocked, published };
}

function untilIntact(library: Library): Promise<void> {
  return library.integrity.settled.then((status) => {
    if (status.state === 'damaged') throw new LibraryError('damaged', status.message);
  });
}

function existingRealPath(outDir: string): string | undefined {
  try {
    return fs.realpathSync(path.resolve(outDir));
  } catch {
    return undefined;
  }
}

/**
 * True when nothing the record's export depended on has changed but, maybe, the folder and
 * the library's articles (its change number).
 */
function isStillCurrent(
  record: ExportFolderRecord,
  now: { optionsKey: string; publishAt: number; marksPublished: boolean },
): boolean {
  return (
    record.optionsKey === now.optionsKey &&
    (record.clock === null || record.clock === now.publishAt) &&
    (!now.marksPublished || record.unpublished === 0)
  );
}

/**
 * Records a complete export so that the next one with the same options, over an unchanged
 * library and folder, can answer at once; forgets the folder after any other outcome.
 */
function rememberFolder(
  library: Library,
  summary: ExportSummary,
  run: {
    optionsKey: string;
    changeNumber: number;
    publishAt: number;
    blocked: LibraryExportSummary['blocked'];
    rows: ReturnType<LibraryExportSource['rows']>;
    marking: { before: number; after: number };
    marked: boolean;
    statusSelected: boolean;
    /** What the export left in the folder, when it landed complete. */
    landed: { listed: readonly FolderEntry[]; manifestEntries: number } | undefined;
  },
): void {
  const complete = !summary.cancelled && summary.failed.length === 0;
  const folder = complete && run.landed ? folderSignature(summary.outDir) : undefined;
  const entries = exportFolderEntries(library.db, summary.outDir);
  if (folder === undefined || run.landed === undefined) {
    library.db.transaction(() => {
      writeExportFolderRecord(library.db, summary.outDir, undefined);
      entries.clear();
    })();
    return;
  }
  const { listed, manifestEntries } = run.landed;
  // Marking the exported articles published is a change of the library too, but it shows on
  // no page (the time it stores is the one the pages already show): when it was the only one,
  // the record starts after it.
  const onlyMarked = run.marked && !run.statusSelected && run.marking.before === run.changeNumber;
  const unpublished = run.marked ? 0 : run.rows.filter((row) => row.status !== 'published').length;
  const clockShown = !run.marked && run.rows.some((row) => row.published_at === null);
  library.db.transaction(() => {
    // A page whose date is not a time cannot be placed in the index by its row.
    if (listed.every((entry) => Number.isFinite(entry.published))) entries.replaceAll(listed);
    else entries.clear();
    writeExportFolderRecord(library.db, summary.outDir, {
      optionsKey: run.optionsKey,
      changeNumber: onlyMarked ? run.marking.after : run.changeNumber,
      clock: clockShown ? run.publishAt : null,
      unpublished,
      exported: summary.written + summary.unchanged,
      kept: manifestEntries - listed.length,
      blocked: run.blocked,
      folder,
    });
  })();
}
