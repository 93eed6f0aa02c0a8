import fs from 'node:fs';
import path from 'node:path';
import { stagingFolderName } from './stageFiles';

/** The names `stageFiles` gives files before they are renamed into place. */
const stagedName = /^\..+\.\d+-\d+\.tmp$/;

/** A file that exists while an export runs, so the next run knows when one was killed. */
export const exportRunningMarker = '.galley-export-running';

/**
 * Removes what a killed export left staged (never a published file, never outside `outDir`,
 * symlinks not followed): staged files, and the staging folder of a first export. Only called when the running marker says an export died.
 */
export function sweepStagedFiles(outDir: string): number {
  let removed = 0;
  const visit = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() && dir === outDir && stagingFolderName.test(entry.name)) {
        fs.rmSync(full, { recursive: true, force: true });
        removed += 1;
      } else if (entry.isDirectory()) visit(full);
      else if (entry.isFile() && stagedName.test(entry.name)) {
        fs.rmSync(full, { force: true });
        removed += 1;
      }
    }
  };
  if (fs.existsSync(outDir)) visit(outDir);
  return removed;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the output folder for one export: a second export into the same folder while one
 * runs is refused; the leftovers of a killed one are swept first. Returns the release.
 */
export function lockExportFolder(outDir: string): () => void {
  fs.mkdirSync(outDir, { recursive: true });
  const marker = path.join(outDir, exportRunningMarker);
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      fs.writeFileSync(marker, String(process.pid), { flag: 'wx' });
      return () => fs.rmSync(marker, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(fs.readFileSync(marker, 'utf8'));
      if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && isRunning(owner)) {
        throw new Error(
          `Another export (process ${owner}) is writing to ${outDir}: wait for it to finish.`,
        );
      }
      sweepStagedFiles(outDir);
      fs.rmSync(marker, { force: true });
    }
  }
  throw new Error(`Could not take ${outDir} for the export.`);
}
