import fs from 'node:fs';
import path from 'node:path';

/** The names `stageFiles` gives files before they are renamed into place. */
const stagedName = /^\..+\.\d+-\d+\.tmp$/;

/** A file that exists while an export runs, so the next run knows when one was killed. */
export const exportRunningMarker = '.galley-export-running';

/**
 * Removes what a killed export left staged (never a published file, never outside `outDir`,
 * symlinks not followed). Only called when the running marker says an export died.
 */
export function sweepStagedFiles(outDir: string): number {
  let removed = 0;
  const visit = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (entry.isFile() && stagedName.test(entry.name)) {
        fs.rmSync(full, { force: true });
        removed += 1;
      }
    }
  };
  if (fs.existsSync(outDir)) visit(outDir);
  return removed;
}
