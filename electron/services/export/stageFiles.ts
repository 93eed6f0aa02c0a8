import path from 'node:path';
import type { ExportFileSystem, FilePiece } from './exportFileSystem';

/** A file written under a temporary name beside its final place, waiting to be renamed. */
export interface StagedFile {
  tempPath: string;
  finalPath: string;
}

/**
 * A file to stage: absolute final path and bytes (or in pieces, in order, some copied from
 * another file), and where to write it when not under a temporary name beside its final place.
 */
export interface FileToStage {
  path: string;
  data: Uint8Array | readonly FilePiece[];
  tempPath?: string;
}

let stageCounter = 0;

// Same folder as the final file, so the rename is atomic; a leading dot keeps web servers
// from listing it while it exists.
function tempPathFor(finalPath: string): string {
  stageCounter += 1;
  const name = `.${path.basename(finalPath)}.${process.pid}-${stageCounter}.tmp`;
  return path.join(path.dirname(finalPath), name);
}

/** The name of a staging folder: a leading dot, the process and a counter. */
export const stagingFolderName = /^\.galley-staging-\d+-\d+$/;

/**
 * A hidden folder inside `outDir` for a first export to write its articles into under their
 * final names; swept like a staged file when the export that made it was killed.
 */
export function stagingFolderFor(outDir: string): string {
  stageCounter += 1;
  return path.join(outDir, `.galley-staging-${process.pid}-${stageCounter}`);
}

/** Deletes staged files that will not be committed. Never throws. */
export function discardStagedFiles(
  fileSystem: ExportFileSystem,
  staged: readonly StagedFile[],
): void {
  for (const file of staged) {
    try {
      fileSystem.removeFile(file.tempPath);
    } catch {
      // Best effort: a leftover dot-file is harmless, hiding the original error is not.
    }
  }
}

/**
 * Writes every file under a temporary name, all or nothing: when one write fails (disk
 * full, permission denied) the ones already written are deleted and the error is thrown.
 * Nothing a reader looks at has changed until {@link commitStagedFiles}.
 */
export function stageFiles(
  fileSystem: ExportFileSystem,
  files: readonly FileToStage[],
): StagedFile[] {
  const staged: StagedFile[] = [];
  try {
    for (const file of files) {
      const tempPath = file.tempPath ?? tempPathFor(file.path);
      fileSystem.writeNewFile(tempPath, file.data);
      staged.push({ tempPath, finalPath: file.path });
    }
  } catch (error) {
    discardStagedFiles(fileSystem, staged);
    throw error;
  }
  return staged;
}

/**
 * Renames staged files over their final names, in order. Each rename is atomic, so a
 * reader sees either the old file or the new one, never a part of one. On failure the
 * files not yet renamed are discarded and the error is thrown.
 */
export function commitStagedFiles(
  fileSystem: ExportFileSystem,
  staged: readonly StagedFile[],
): void {
  let index = 0;
  try {
    for (; index < staged.length; index += 1) {
      const file = staged[index];
      if (file) fileSystem.rename(file.tempPath, file.finalPath);
    }
  } catch (error) {
    discardStagedFiles(fileSystem, staged.slice(index));
    throw error;
  }
}
