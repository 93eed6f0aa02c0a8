import fs from 'node:fs';
import path from 'node:path';
import { articleLocation } from '../../../shared/export/articleLocation';
import type { SiteConfig } from '../../../shared/export/exportTypes';
import type { Library } from '../library/openLibrary';
import { ArticleWorkflow } from '../workflow/articleWorkflow';
import { exportFolderEntries, type FolderEntry } from './exportFolderEntries';
import type { ExportFolderRecord } from './exportFolderRecord';
import { exportChangeNumber, folderSignature, writeExportFolderRecord } from './exportFolderRecord';
import type { ManifestArticle } from './exportManifest';
import { manifestFileName, parseExportManifest } from './exportManifest';
import { exportSite, type ExportSummary } from './exportSite';
import { findManifestEntry, type ManifestRange } from './findManifestEntry';
import { libraryExportSource } from './libraryExportSource';
import { normalizeSiteConfig } from './normalizeSiteConfig';
import { patchSiteFiles } from './patchSiteFiles';
import { headlineKey, resolveRelatedHeadlines } from './relatedHeadlineLinker';
import { selectArticlesForExport, type ExportSelection } from './selectArticlesForExport';
import { siteFileBytes, type ByteSource, type SiteFileBytes } from './siteFileBytes';

// Beyond these, the full comparison is about as quick and far simpler to trust.
const maxChanged = 64;
const maxRendered = 2000;

type Blocked = ExportFolderRecord['blocked'][number];

/** What {@link reexportChanged} needs of the export it stands in for. */
export interface ChangedExport {
  /** Real path of the output folder, whose signature the caller found as `record` says. */
  outDir: string;
  record: ExportFolderRecord;
  /** The library's change number read before anything was listed. */
  changeNumber: number;
  site: SiteConfig;
  selection: ExportSelection;
  allowUnverified: boolean;
  publishAt: number;
  markPublished: boolean;
  actor: string;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number, current?: string) => void;
}

/** The export's answer, as `runLibraryExport` gives it. */
export interface ChangedExportSummary extends ExportSummary {
  blocked: Blocked[];
  published: number;
}

function changedSince(library: Library, seq: number): string[] {
  return library.db
    .prepare<[number, number], { id: string }>(
      'SELECT article_id AS id FROM export_changes WHERE seq > ? ORDER BY seq LIMIT ?',
    )
    .all(seq, maxChanged + 1)
    .map((row) => row.id);
}

interface ChangedRow {
  id: string;
  headline: string;
  slug: string;
  rubric: string;
  status: string;
  published_at: number | null;
}

// What placing and linking a changed article needs, from the listing index: no body.
function rowsOf(library: Library, ids: readonly string[]): Map<string, ChangedRow> {
  const rows = library.db
    .prepare<[string], ChangedRow>(
      `SELECT id, headline, slug, rubric, status, published_at
       FROM articles INDEXED BY articles_export_listing
       WHERE id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(ids));
  return new Map(rows.map((row) => [row.id, row]));
}

function linkingTo(library: Library, ids: readonly string[]): string[] {
  return library.db
    .prepare<[string], { id: string }>(
      `SELECT DISTINCT article_id AS id FROM article_related
       WHERE related_id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(ids))
    .map((row) => row.id);
}

// Open until the patched files are written: their unchanged ranges are copied from these.
function openSiteFile(file: string): { fd: number; bytes: SiteFileBytes } {
  const fd = fs.openSync(file, 'r');
  try {
    return { fd, bytes: siteFileBytes(fd, fs.fstatSync(fd).size) };
  } catch (error) {
    fs.closeSync(fd);
    throw error;
  }
}

// The entry and where it stands: the patch splices the manifest there without a second search.
function entryOf(
  manifest: ByteSource,
  id: string,
): { entry: ManifestArticle; range: ManifestRange } | undefined {
  const range = findManifestEntry(manifest, id);
  if (!range) return undefined;
  const text = manifest.subarray(range.start, range.end).toString('utf8');
  const [entry] = parseExportManifest(`{"articles":[${text}]}`).articles;
  return entry?.id === id ? { entry, range } : undefined;
}

/**
 * A re-export after a few changes to the library since the folder's last complete export
 * (`record`): the changed articles (`export_changes`) and the pages that show them (related
 * links to them by id, or by their old or new headline's match key) are rendered again, and
 * the index and manifest are patched in place instead of being rebuilt; nothing else of the
 * library or the folder is read. The bytes are what a full export would write.
 *
 * Undefined when the changes are not of the kinds it handles (more than a few, images, an
 * article entering or leaving the export, a folder taken from another article, a manifest
 * holding articles the export did not list) or when anything fails: then nothing is done,
 * or the folder's record is forgotten, and the caller exports in full.
 */
export async function reexportChanged(
  library: Library,
  run: ChangedExport,
): Promise<ChangedExportSummary | undefined> {
  const { record, outDir } = run;
  if (record.kept !== 0) return undefined;
  const changed = changedSince(library, record.changeNumber);
  if (changed.length === 0 || changed.length > maxChanged || changed.includes('')) {
    return undefined;
  }
  const entries = exportFolderEntries(library.db, outDir);
  if (record.exported > 0 && !entries.any()) return undefined;

  // Which changed articles the export takes now, and what the gate says of them.
  const selected = new Set(selectArticlesForExport(library.db, run.selection, changed));
  const rows = rowsOf(library, [...selected]);
  const workflow = new ArticleWorkflow(library);
  const blocked = new Map(record.blocked.map((item) => [item.id, item]));
  const site = normalizeSiteConfig(run.site);
  const renamed = new Map<
    string,
    { key: string; path: string; isPublished: boolean; showsClock: boolean }
  >();
  const keys = new Set<string>();
  for (const id of changed) {
    const before = entries.get(id);
    const article = rows.get(id);
    const refusal = article && !run.allowUnverified ? workflow.publishGateOf(id) : null;
    blocked.delete(id);
    if (article && refusal) {
      blocked.set(id, { id, headline: article.headline, reason: refusal.message, rule: refusal });
    }
    const listed = article !== undefined && refusal === null;
    if (before === undefined && !listed) continue;
    if (before === undefined || !listed) return undefined;
    const key = headlineKey(article.headline);
    const { path: folder } = articleLocation(article);
    const owner = entries.ownerOfPath(folder);
    if (owner !== undefined && owner !== id) return undefined;
    renamed.set(id, {
      key,
      path: folder,
      isPublished: article.status === 'published',
      showsClock: article.published_at === null,
    });
    keys.add(before.linkKey).add(key);
  }

  // The pages that show a changed article: by its id, or by its headline's old or new key.
  const rendered = new Set(renamed.keys());
  for (const id of linkingTo(library, changed)) if (entries.get(id)) rendered.add(id);
  for (const key of keys) for (const id of entries.linkedBy(key)) rendered.add(id);
  if (rendered.size > maxRendered) return undefined;
  const ids = [...rendered].sort();

  // A related headline links to the exported article with its key and the highest id, as
  // the full export's linker decides; the changed articles count with their new keys.
  const urls = new Map<string, string | undefined>();
  const urlOf = (key: string): string | undefined => {
    if (urls.has(key)) return urls.get(key);
    let best = entries.byKey(key).find((row) => !renamed.has(row.id));
    for (const [id, now] of renamed) {
      if (now.key === key && (best === undefined || id > best.id)) best = { id, path: now.path };
    }
    const url = best && `${site.baseUrl}/${best.path}`;
    urls.set(key, url);
    return url;
  };

  let listed: readonly FolderEntry[] = [];
  const others = record.exported - ids.length;
  const manifestFile = openSiteFile(path.join(outDir, manifestFileName));
  const indexFile = openSiteFile(path.join(outDir, 'index.html'));
  let summary: ExportSummary;
  try {
    const manifest = manifestFile.bytes;
    const index = indexFile.bytes;
    const previous: ManifestArticle[] = [];
    const ranges = new Map<string, ManifestRange>();
    for (const id of ids) {
      const found = entryOf(manifest, id);
      if (!found) return undefined;
      previous.push(found.entry);
      ranges.set(id, found.range);
    }
    summary = await exportSite({
      outDir,
      site: run.site,
      publishAt: run.publishAt,
      source: libraryExportSource(library, ids).source,
      ...(run.signal ? { signal: run.signal } : {}),
      ...(run.onProgress
        ? {
            onProgress: (done: number, total: number, current?: string) =>
              run.onProgress?.(
                others + done + blocked.size,
                others + total + blocked.size,
                current,
              ),
          }
        : {}),
      patch: {
        previous,
        link: (related) => resolveRelatedHeadlines(related, urlOf),
        siteFiles: (fresh) =>
          patchSiteFiles({
            site,
            manifest,
            index,
            changes: previous.map((before) => ({
              before,
              after: fresh.get(before.id) ?? before,
              at: ranges.get(before.id),
            })),
            nextInIndex: (published, id, moving) =>
              entries.after(published, id, moving.size + 1).find((row) => !moving.has(row.id))
                ?.path,
            indexKeyOf: (folder) => entries.atPath(folder),
          }),
      },
      onComplete: (entriesNow) => {
        listed = entriesNow;
      },
    });
  } finally {
    fs.closeSync(indexFile.fd);
    fs.closeSync(manifestFile.fd);
  }
  if (summary.cancelled) return { ...summary, blocked: [], published: 0 };
  if (summary.failed.length > 0 || listed.length !== ids.length) {
    library.db.transaction(() => {
      writeExportFolderRecord(library.db, outDir, undefined);
      entries.clear();
    })();
    return undefined;
  }

  let published = 0;
  library.db.transaction(() => {
    const before = exportChangeNumber(library.db);
    const toMark = run.markPublished
      ? [...renamed].filter(([, now]) => !now.isPublished).map(([id]) => id)
      : [];
    if (toMark.length > 0) library.articles.markPublished(toMark, run.publishAt, run.actor);
    published = toMark.length;
    const after = exportChangeNumber(library.db);
    entries.update(listed);
    const statusSelected = !run.selection.all && !run.selection.ids;
    const onlyMarked = run.markPublished && !statusSelected && before === run.changeNumber;
    const clockShown =
      !run.markPublished &&
      (record.clock !== null || [...renamed.values()].some((now) => now.showsClock));
    writeExportFolderRecord(library.db, outDir, {
      ...record,
      changeNumber: onlyMarked ? after : run.changeNumber,
      clock: clockShown ? run.publishAt : null,
      // Counted generously: a later export that publishes takes the full path.
      unpublished: run.markPublished ? 0 : record.unpublished + renamed.size,
      blocked: [...blocked.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
      folder: folderSignature(outDir) ?? '',
    });
  })();
  return {
    ...summary,
    unchanged: record.exported - summary.written,
    blocked: [...blocked.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    published,
  };
}
