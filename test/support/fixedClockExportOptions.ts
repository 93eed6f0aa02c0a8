import type { LibraryExportOptions } from '../../electron/services/export/runLibraryExport';

/**
 * Export options for comparing outputs: one clock so pages carry the same dates, nothing
 * marked published and the publish gate off, so a run never changes what the next one reads.
 */
export function fixedClockExportOptions(
  outDir: string,
  overrides: Partial<LibraryExportOptions> = {},
): LibraryExportOptions {
  return {
    outDir,
    baseUrl: 'https://news.example',
    selection: { all: true },
    actor: 'desk',
    allowUnverified: true,
    markPublished: false,
    now: () => 1_700_000_000_000,
    ...overrides,
  };
}
