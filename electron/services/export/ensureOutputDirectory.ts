import path from 'node:path';
import type { ExportFileSystem } from './exportFileSystem';
import { safeOutputPath, UnsafeOutputPathError } from './safeOutputPath';

// Every folder from the output folder down to `directory`, outermost first.
function foldersDown(realOutDir: string, directory: string): string[] {
  const segments = path.relative(realOutDir, directory).split(path.sep);
  let current = segments.length === 1 ? path.dirname(directory) : realOutDir;
  return segments.map((segment) => (current = path.join(current, segment)));
}

/**
 * Creates the folder `relativeDir` (e.g. `obshchestvo/slug/`) inside the output folder,
 * one segment at a time, and returns its absolute path. A segment that already exists
 * must be a real folder: a symlink (or file) planted in the output folder is refused
 * before anything is created through it. `realOutDir` is the output folder's real path.
 * Folders in `checked` were found or made by this export already and are not looked at
 * again; the ones found or made now are added to it. A folder the caller expects to be new
 * (`expectNew`) is made first and looked at only if something was already there: a folder
 * just made is a real one, and a fresh export then costs one call a folder, not two.
 */
export function ensureOutputDirectory(
  fileSystem: ExportFileSystem,
  realOutDir: string,
  relativeDir: string,
  checked: Set<string> = new Set(),
  expectNew = false,
): string {
  const directory = safeOutputPath(realOutDir, relativeDir);
  // Most calls find every folder but the last one made already: look up the parent first
  // (then the folder is `directory` itself, already resolved, and nothing is joined).
  const folders = checked.has(path.dirname(directory))
    ? [directory]
    : foldersDown(realOutDir, directory);
  for (const current of folders) {
    if (checked.has(current)) continue;
    if (expectNew && fileSystem.makeNewDirectory(current)) {
      checked.add(current);
      continue;
    }
    const kind = fileSystem.entryKind(current);
    if (kind === 'missing') fileSystem.makeDirectory(current);
    else if (kind !== 'directory') {
      throw new UnsafeOutputPathError(
        `output folder "${relativeDir}" would go through a symlink or file, possibly outside the output folder`,
      );
    }
    checked.add(current);
  }
  return directory;
}
