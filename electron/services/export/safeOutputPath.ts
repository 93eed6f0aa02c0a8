import path from 'node:path';

// Folders are `[a-z0-9-]`; a file may add one extension. No `.`/`..`, no separators.
const directorySegmentPattern = /^[a-z0-9-]{1,100}$/;
const fileSegmentPattern = /^[a-z0-9-]{1,100}(?:\.[a-z0-9]{1,10})?$/;

/** Thrown when a path would leave the output folder; the export refuses rather than repairs. */
export class UnsafeOutputPathError extends Error {
  override readonly name = 'UnsafeOutputPathError';
}

// The last absolute output folder resolved, and what it resolved to: an export asks for
// paths in the same folder article after article (a relative one depends on the working
// folder, and is resolved every time).
let lastOutDir: string | undefined;
let lastRoot = '';

function resolvedRoot(outDir: string): string {
  if (outDir === lastOutDir) return lastRoot;
  const root = path.resolve(outDir);
  if (path.isAbsolute(outDir)) {
    lastOutDir = outDir;
    lastRoot = root;
  }
  return root;
}

/**
 * The absolute path of `relativePath` (POSIX separators, e.g. `obshchestvo/slug/index.html`)
 * inside `outDir`. Every segment must already be sanitized; this is the second lock: it
 * refuses anything else, and checks that the resolved path is still inside `outDir`.
 */
export function safeOutputPath(outDir: string, relativePath: string): string {
  const segments = relativePath.split('/');
  const fileName = segments.pop() ?? '';
  const isSafe =
    segments.length <= 4 &&
    segments.every((segment) => directorySegmentPattern.test(segment)) &&
    (fileName === '' ? segments.length > 0 : fileSegmentPattern.test(fileName));
  if (!isSafe) throw new UnsafeOutputPathError(`refused output path "${relativePath}"`);
  const root = resolvedRoot(outDir);
  // Segments of `[a-z0-9-]` and a file name with one dot resolve to themselves: joined to a
  // resolved root that is not the file system's own, they are what `path.resolve` gives.
  const resolved = root.endsWith(path.sep)
    ? path.resolve(root, ...segments, fileName)
    : [root, ...segments, ...(fileName ? [fileName] : [])].join(path.sep);
  if (!resolved.startsWith(root + path.sep)) {
    throw new UnsafeOutputPathError(`output path "${relativePath}" leaves the output folder`);
  }
  return resolved;
}

/**
 * The absolute path of the file `fileName` in `directory`, an absolute path that
 * {@link safeOutputPath} gave: the same as `safeOutputPath(outDir, folder + fileName)`,
 * without resolving the folder again for each file of an article.
 */
export function safeOutputFile(directory: string, fileName: string): string {
  if (!fileSegmentPattern.test(fileName))
    throw new UnsafeOutputPathError(`refused output file name "${fileName}"`);
  return `${directory}${path.sep}${fileName}`;
}
