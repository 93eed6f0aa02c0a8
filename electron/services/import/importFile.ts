import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ImportedArticle } from '../../../shared/import/importedArticle';
import { ImportError } from './importError';
import { importText, maxImportBytes } from './importText';

/**
 * Imports the file at `path` (.txt, .md/.markdown, .html/.htm, .docx). The size is
 * checked before anything is read, so a huge file costs nothing; see `importText` for
 * the rest. Throws ImportError, whose message names the file, for every refusal.
 */
export async function importFile(path: string): Promise<ImportedArticle> {
  const name = basename(path);
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new ImportError(name, 'not a file');
    size = info.size;
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(name, describeFsError(error));
  }
  if (size === 0) throw new ImportError(name, 'the file is empty');
  if (size > maxImportBytes) {
    throw new ImportError(
      name,
      `the file is too large (${(size / (1024 * 1024)).toFixed(1)} MB; the limit is 20 MB)`,
    );
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new ImportError(name, describeFsError(error));
  }
  return importText(name, bytes);
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'not a file';
  return `cannot be read (${code ?? (error instanceof Error ? error.message : 'unknown error')})`;
}
