import path from 'node:path';
import { exportFailure, type ExportFailure } from '../../../shared/export/exportFailure';
import type { SiteConfig, SiteIndexEntry } from '../../../shared/export/exportTypes';
import { renderSiteIndex } from '../../../shared/export/renderSiteIndex';
import type { ExportFileSystem, FilePiece } from './exportFileSystem';
import type { ExportManifest, ManifestArticle, ManifestFile } from './exportManifest';
import { manifestFileName, serializeExportManifest } from './exportManifest';
import { ensureOutputDirectory } from './ensureOutputDirectory';
import { safeOutputPath } from './safeOutputPath';
import type { StagedFile } from './stageFiles';
import { commitStagedFiles, discardStagedFiles, stageFiles } from './stageFiles';

/** One article's staged files. */
export interface ArticleWrite {
  id: string;
  staged: StagedFile[];
  /** Set when the files wait in the staging folder: the article's folder, site-relative. */
  folder?: string;
}

/** The state of an export once every article is rendered and staged. */
export interface SiteFilesInput {
  fileSystem: ExportFileSystem;
  /** Real path of the output folder. */
  outDir: string;
  site: SiteConfig;
  force: boolean;
  writes: readonly ArticleWrite[];
  /** Fresh manifest entries of the articles exported this time, by id. */
  entries: ReadonlyMap<string, ManifestArticle>;
  /** Previous entries that stay when their article has no fresh entry (failed, not listed). */
  fallbackEntries: readonly ManifestArticle[];
  /** Every file of the previous manifest, by path. */
  previousFiles: ReadonlyMap<string, ManifestFile>;
  /** The previous manifest as read. */
  previous: Pick<ExportManifest, 'baseUrl' | 'articles' | 'dropped'>;
  /** The staging folder of a first export into an empty folder (see `StageContext`). */
  staging?: string;
  /**
   * Makes the index and manifest files whose bytes change instead of rendering them from
   * every entry (a patch of a few articles; see `ExportPatch`).
   */
  siteFiles?: (
    fresh: ReadonlyMap<string, ManifestArticle>,
  ) => { name: string; data: Buffer | readonly FilePiece[] }[];
}

/** What the commit did. */
export interface SiteFilesResult {
  committedIds: string[];
  failed: ExportFailure[];
  removed: number;
  /** Entries the manifest holds now. */
  entryCount: number;
}

function finalEntries(
  fresh: ReadonlyMap<string, ManifestArticle>,
  fallback: readonly ManifestArticle[],
): ManifestArticle[] {
  const freshPaths = new Set([...fresh.values()].map((entry) => entry.path));
  // A previous entry whose folder another article took over this time is gone for good.
  const carried = fallback.filter((entry) => !fresh.has(entry.id) && !freshPaths.has(entry.path));
  return [...fresh.values(), ...carried];
}

/** What the site's index shows of an exported article. */
export function siteIndexEntry(entry: ManifestArticle): SiteIndexEntry {
  const { id, headline, rubric, language, path: articlePath, datePublished } = entry;
  return { id, headline, rubric, language, path: articlePath, datePublished };
}

// The index and the manifest, staged only when their bytes change (or `force`).
function stageSiteFiles(
  input: SiteFilesInput,
  entries: ManifestArticle[],
  fresh: ReadonlyMap<string, ManifestArticle>,
): StagedFile[] {
  const { fileSystem, outDir, site } = input;
  if (input.siteFiles) {
    const patched = input.siteFiles(fresh).map(({ name, data }) => ({
      path: safeOutputPath(outDir, name),
      data,
    }));
    return stageFiles(fileSystem, patched);
  }
  const manifest = serializeExportManifest({
    format: 'galley-site-export',
    version: 1,
    baseUrl: site.baseUrl,
    articles: entries,
  });
  const files = [
    { name: 'index.html', text: renderSiteIndex(entries.map(siteIndexEntry), site) },
    { name: manifestFileName, text: manifest },
  ].map(({ name, text }) => ({
    path: safeOutputPath(outDir, name),
    data: Buffer.from(text, 'utf8'),
  }));
  const changed = files.filter((file) => {
    const existing = fileSystem.readFile(file.path);
    return input.force || !existing || !file.data.equals(existing);
  });
  return stageFiles(fileSystem, changed);
}

// What the index holds after its entries; everything before them depends on the site alone.
const indexTail = '</main>\n</body>\n</html>\n';

/**
 * True when the index and manifest on disk are already what this export would write:
 * nothing was staged, every entry is the previous manifest's own (so no file is obsolete
 * either), the manifest is for this site, and the index begins as this site's index does.
 * An unchanged library's re-export then neither renders nor reads them whole.
 */
function isSiteUnchanged(input: SiteFilesInput, entries: readonly ManifestArticle[]): boolean {
  const { previous } = input;
  if (input.force || input.writes.length > 0 || previous.dropped > 0) return false;
  if (previous.baseUrl !== input.site.baseUrl) return false;
  if (entries.length === 0 || entries.length !== previous.articles.length) return false;
  const before = new Set(previous.articles);
  if (!entries.every((entry) => before.has(entry))) return false;
  const empty = renderSiteIndex([], input.site);
  const head = Buffer.from(empty.slice(0, empty.length - indexTail.length), 'utf8');
  const index = input.fileSystem.readFile(safeOutputPath(input.outDir, 'index.html'));
  return index !== undefined && Buffer.from(index).subarray(0, head.length).equals(head);
}

/**
 * Moves each rubric folder of the staging folder into place with one rename (the output
 * folder was empty when the export began); answers the rubrics moved. A rubric that cannot
 * move (something took its place meanwhile) stays for its articles to move file by file.
 */
function moveStagedRubrics(input: SiteFilesInput): Set<string> {
  const moved = new Set<string>();
  if (input.staging === undefined) return moved;
  const { fileSystem, outDir, staging } = input;
  for (const name of fileSystem.listNames(staging)) {
    try {
      fileSystem.rename(path.join(staging, name), safeOutputPath(outDir, name));
      moved.add(name);
    } catch {
      // Left for the file-by-file path, which refuses what is not a real folder.
    }
  }
  return moved;
}

function removeObsoleteFiles(input: SiteFilesInput, entries: readonly ManifestArticle[]): number {
  const { fileSystem, outDir } = input;
  const current = new Set(entries.flatMap((entry) => entry.files.map((file) => file.path)));
  const folders = new Set<string>();
  let removed = 0;
  for (const relativePath of input.previousFiles.keys()) {
    if (current.has(relativePath)) continue;
    const absolute = safeOutputPath(outDir, relativePath);
    fileSystem.removeFile(absolute);
    removed += 1;
    folders.add(path.dirname(absolute));
  }
  for (const folder of folders) {
    fileSystem.removeEmptyDirectory(folder);
    const rubricFolder = path.dirname(folder);
    if (rubricFolder !== outDir) fileSystem.removeEmptyDirectory(rubricFolder);
  }
  return removed;
}

/**
 * Second half of an export: stages the index and the manifest, then renames everything
 * into place — articles first, manifest last — and deletes files no article owns any
 * more. If the index or manifest cannot be staged, every staged file is discarded and
 * the folder is left exactly as it was. An article whose rename fails keeps its previous
 * manifest entry.
 */
export function writeSiteFiles(input: SiteFilesInput): SiteFilesResult {
  const { fileSystem } = input;
  let entries = finalEntries(input.entries, input.fallbackEntries);
  if (!input.siteFiles && isSiteUnchanged(input, entries)) {
    return { committedIds: [], failed: [], removed: 0, entryCount: entries.length };
  }
  let siteStaged: StagedFile[];
  try {
    siteStaged = stageSiteFiles(input, entries, input.entries);
  } catch (error) {
    for (const write of input.writes) discardStagedFiles(fileSystem, write.staged);
    return {
      committedIds: [],
      failed: [exportFailure(manifestFileName, 'site_files_not_written', error)],
      removed: 0,
      entryCount: entries.length,
    };
  }

  const committedIds: string[] = [];
  const failed: SiteFilesResult['failed'] = [];
  const moved = moveStagedRubrics(input);
  const checked = new Set<string>();
  for (const write of input.writes) {
    try {
      if (write.folder !== undefined) {
        if (moved.has(write.folder.split('/')[0] ?? '')) {
          committedIds.push(write.id);
          continue;
        }
        // Its rubric could not move as a whole: its files move one by one, as any others.
        ensureOutputDirectory(fileSystem, input.outDir, write.folder, checked);
      }
      commitStagedFiles(fileSystem, write.staged);
      committedIds.push(write.id);
    } catch (error) {
      failed.push(exportFailure(write.id, 'files_not_written', error));
    }
  }
  if (failed.length > 0) {
    const fresh = new Map(input.entries);
    for (const { id } of failed) fresh.delete(id);
    entries = finalEntries(fresh, input.fallbackEntries);
    discardStagedFiles(fileSystem, siteStaged);
    try {
      siteStaged = stageSiteFiles(input, entries, fresh);
    } catch (error) {
      failed.push(exportFailure(manifestFileName, 'site_files_not_written', error));
      return { committedIds, failed, removed: 0, entryCount: entries.length };
    }
  }
  try {
    commitStagedFiles(fileSystem, siteStaged);
  } catch (error) {
    failed.push(exportFailure(manifestFileName, 'site_files_not_written', error));
    return { committedIds, failed, removed: 0, entryCount: entries.length };
  }
  const removed = removeObsoleteFiles(input, entries);
  return { committedIds, failed, removed, entryCount: entries.length };
}
