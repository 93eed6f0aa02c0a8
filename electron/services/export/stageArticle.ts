import type { ExportArticle, SiteConfig, Typography } from '../../../shared/export/exportTypes';
import { articleInputHash } from './articleInputHash';
import { ensureOutputDirectory } from './ensureOutputDirectory';
import type { ExportFileSystem } from './exportFileSystem';
import type { ManifestArticle, ManifestFile } from './exportManifest';
import type { PreparedFile, SourceImage } from './prepareArticleFiles';
import { prepareArticleFiles } from './prepareArticleFiles';
import { safeOutputPath } from './safeOutputPath';
import { stageFiles } from './stageFiles';
import type { ArticleWrite } from './writeSiteFiles';

/** What staging an article needs to know about the export as a whole. */
export interface StageContext {
  fileSystem: ExportFileSystem;
  /** Real path of the output folder. */
  outDir: string;
  site: SiteConfig;
  siteHost: string;
  typography: Typography;
  /** {@link exportFingerprint} of this export. */
  fingerprint: string;
  force: boolean;
  readImage: (imageId: string) => SourceImage | undefined;
  previousById: ReadonlyMap<string, ManifestArticle>;
  previousFiles: ReadonlyMap<string, ManifestFile>;
  /** Folder → id of the article that has it; updated as articles are staged. */
  claimed: Map<string, string>;
  /** Output folders already found to be real folders in this export. */
  checkedDirectories: Set<string>;
}

/** An article's manifest entry, and its staged files when any had to be written. */
export interface StagedArticle {
  entry: ManifestArticle;
  write?: ArticleWrite;
}

function fileOnDisk(context: StageContext, file: { path: string }): number | undefined {
  return context.fileSystem.fileSize(safeOutputPath(context.outDir, file.path));
}

function isUnchanged(context: StageContext, file: PreparedFile): boolean {
  const before = context.previousFiles.get(file.path);
  return before?.sha256 === file.sha256 && fileOnDisk(context, file) === file.data.length;
}

function claim(context: StageContext, entry: ManifestArticle): void {
  const owner = context.claimed.get(entry.path);
  if (owner !== undefined && owner !== entry.id) {
    throw new Error(`its folder ${entry.path} belongs to article ${owner}`);
  }
}

/**
 * The previous manifest entry of an article when its input hash is `inputHash` and its
 * files are still in place (and its folder is its own): the article needs no work.
 */
export function keptEntry(
  context: StageContext,
  id: string,
  inputHash: string | undefined,
): ManifestArticle | undefined {
  const before = context.previousById.get(id);
  if (
    inputHash === undefined ||
    before?.inputHash !== inputHash ||
    !before.files.every((file) => fileOnDisk(context, file) === file.size)
  ) {
    return undefined;
  }
  claim(context, before);
  context.claimed.set(before.path, id);
  return before;
}

/**
 * Renders one article (publication time settled) and writes the files whose bytes
 * changed under temporary names. An article whose inputs hash the same as last time, and
 * whose files are still in place, is not even rendered. Throws with a reason when the
 * article cannot be exported; nothing visible has changed then.
 */
export function stageArticle(
  article: ExportArticle,
  context: StageContext,
  typography: Typography = context.typography,
): StagedArticle {
  const inputHash = articleInputHash(context.fingerprint, article);
  const kept = context.force ? undefined : keptEntry(context, article.id, inputHash);
  if (kept) return { entry: kept };
  const { site, siteHost, readImage } = context;
  const prepared = prepareArticleFiles(article, { site, siteHost, typography, readImage });
  const entry: ManifestArticle = { ...prepared.entry, inputHash };
  claim(context, entry);
  const changed = context.force
    ? prepared.files
    : prepared.files.filter((file) => !isUnchanged(context, file));
  let write: ArticleWrite | undefined;
  if (changed.length > 0) {
    ensureOutputDirectory(
      context.fileSystem,
      context.outDir,
      entry.path,
      context.checkedDirectories,
      // A folder no earlier export made is most likely not there yet.
      !context.previousById.has(article.id) && !context.claimed.has(entry.path),
    );
    const staged = stageFiles(
      context.fileSystem,
      changed.map((file) => ({ path: safeOutputPath(context.outDir, file.path), data: file.data })),
    );
    write = { id: article.id, staged };
  }
  context.claimed.set(entry.path, article.id);
  return write ? { entry, write } : { entry };
}
