import type { SiteConfig, Typography } from '../../../shared/export/exportTypes';
import { ensureOutputDirectory } from './ensureOutputDirectory';
import type { ExportFileSystem } from './exportFileSystem';
import type { ManifestArticle, ManifestFile } from './exportManifest';
import type { PreparedArticle, PreparedFile, SourceImage } from './prepareArticleFiles';
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
  /**
   * The hidden folder a first export into an empty folder writes its articles into, under
   * their final names (see `stagingFolderFor`), and the folders made in it so far.
   */
  staging?: { root: string; made: Set<string> };
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
 * files are still in place, before its folder is claimed (see {@link claimKept}).
 */
export function keptCandidate(
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
  return before;
}

/** Takes a kept entry's folder for its article; throws when another article has it. */
export function claimKept(context: StageContext, id: string, entry: ManifestArticle): void {
  claim(context, entry);
  context.claimed.set(entry.path, id);
}

/**
 * Takes an article's rendered files (publication time settled; rendered on this thread or a
 * render thread) and writes the ones whose bytes changed under temporary names, after
 * claiming its folder. Throws with a reason when the article cannot be exported; nothing
 * visible has changed then.
 */
export function stageArticle(
  id: string,
  inputHash: string,
  prepared: PreparedArticle,
  context: StageContext,
  /** True when a render thread wrote the files into the staging folder already. */
  written = false,
): StagedArticle {
  const entry: ManifestArticle = { ...prepared.entry, inputHash };
  claim(context, entry);
  const changed = context.force
    ? prepared.files
    : prepared.files.filter((file) => !isUnchanged(context, file));
  let write: ArticleWrite | undefined;
  if (written && context.staging) {
    // The staging folder has no previous files, so every file was one to write.
    const { root } = context.staging;
    const staged = prepared.files.map((file) => ({
      tempPath: safeOutputPath(root, file.path),
      finalPath: safeOutputPath(context.outDir, file.path),
    }));
    write = { id, staged, folder: entry.path };
  } else if (written) {
    throw new Error('files were written outside a staging folder');
  } else if (changed.length > 0 && context.staging) {
    // Nothing is at the final place yet: the files get their final names inside the staging
    // folder, which moves into place a rubric at a time.
    const { root, made } = context.staging;
    ensureOutputDirectory(context.fileSystem, root, entry.path, made, true);
    const staged = stageFiles(
      context.fileSystem,
      changed.map((file) => ({
        path: safeOutputPath(context.outDir, file.path),
        tempPath: safeOutputPath(root, file.path),
        data: file.data,
      })),
    );
    write = { id, staged, folder: entry.path };
  } else if (changed.length > 0) {
    ensureOutputDirectory(
      context.fileSystem,
      context.outDir,
      entry.path,
      context.checkedDirectories,
      // A folder no earlier export made is most likely not there yet.
      !context.previousById.has(id) && !context.claimed.has(entry.path),
    );
    const staged = stageFiles(
      context.fileSystem,
      changed.map((file) => ({ path: safeOutputPath(context.outDir, file.path), data: file.data })),
    );
    write = { id, staged };
  }
  context.claimed.set(entry.path, id);
  return write ? { entry, write } : { entry };
}
