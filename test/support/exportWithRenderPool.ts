import path from 'node:path';
import type { RenderPoolSettings } from '../../electron/services/export/exportSite';
import { runLibraryExport } from '../../electron/services/export/runLibraryExport';
import type { Library } from '../../electron/services/library/openLibrary';
import { folderBytes } from './exportSamples';
import { fixedClockExportOptions } from './fixedClockExportOptions';

/**
 * Exports the whole library into `root/name` with one clock and the given render threads, so
 * tests can compare what one thread and a pool write byte for byte.
 */
export async function exportWithRenderPool(
  library: Library,
  root: string,
  renderPool: RenderPoolSettings,
  name: string,
  force = false,
): Promise<{
  failed: Awaited<ReturnType<typeof runLibraryExport>>['failed'];
  files: Map<string, string>;
}> {
  const outDir = path.join(root, name);
  const summary = await runLibraryExport(library, {
    ...fixedClockExportOptions(outDir),
    renderPool,
    force,
  });
  return { failed: summary.failed, files: folderBytes(outDir) };
}
