import fs from 'node:fs';

/** Bytes `start` to `end` of a file open as `fd`, copied into a file being written. */
export interface FileSlice {
  fd: number;
  start: number;
  end: number;
}

/** What a file is written from: bytes in memory, or a range of another file. */
export type FilePiece = Uint8Array | FileSlice;

/**
 * The file operations the export engine uses, all synchronous (the engine yields to the
 * event loop between articles). Tests swap in a version that fails on cue, to prove a
 * failed export leaves the previous one intact.
 */
export interface ExportFileSystem {
  /** The file's bytes, or undefined when there is no such file. */
  readFile(path: string): Uint8Array | undefined;
  /** The file's size in bytes, or undefined when there is no such regular file. */
  fileSize(path: string): number | undefined;
  /**
   * Creates a new file; fails if anything already exists at `path`. Data given in pieces
   * is written piece after piece (a patched manifest is mostly ranges of the old one).
   */
  writeNewFile(path: string, data: Uint8Array | readonly FilePiece[]): void;
  rename(from: string, to: string): void;
  /** Deletes a file; a missing file is not an error. */
  removeFile(path: string): void;
  /** Creates a folder and any missing parents; an existing folder is fine. */
  makeDirectory(path: string): void;
  /**
   * Creates a folder whose parent exists: true when it did, false (nothing done) when
   * something is already at `path`, whatever it is.
   */
  makeNewDirectory(path: string): boolean;
  /** What is at `path` itself, symlinks not followed. */
  entryKind(path: string): 'missing' | 'directory' | 'other';
  /** Deletes a folder if it is empty; a missing or non-empty folder is left alone. */
  removeEmptyDirectory(path: string): void;
  realPath(path: string): string;
  /** The names in a folder; none when it is missing. */
  listNames(path: string): string[];
  /** Deletes a folder and everything in it, symlinks not followed; a missing one is fine. */
  removeTree(path: string): void;
}

// Copied through one small buffer: reading a 130 MB manifest into memory to write it out
// again cost the kernel more in page faults than the copy itself.
const copyBuffer = 1024 * 1024;

function copySlice(out: number, { fd, start, end }: FileSlice, buffer: Buffer): void {
  for (let at = start; at < end;) {
    const read = fs.readSync(fd, buffer, 0, Math.min(buffer.length, end - at), at);
    if (read === 0) throw new Error('a file being copied ended early');
    fs.writeFileSync(out, buffer.subarray(0, read));
    at += read;
  }
}

function errorCode(error: unknown): unknown {
  return typeof error === 'object' && error !== null
    ? (error as { code?: unknown }).code
    : undefined;
}

/** {@link ExportFileSystem} on the real disk. */
export const nodeExportFileSystem: ExportFileSystem = {
  readFile(path) {
    try {
      return fs.readFileSync(path);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return undefined;
      throw error;
    }
  },
  fileSize(path) {
    const stats = fs.statSync(path, { throwIfNoEntry: false });
    return stats?.isFile() ? stats.size : undefined;
  },
  writeNewFile(path, data) {
    // `wx`: never write through something already there, such as a planted symlink.
    if (!Array.isArray(data)) {
      fs.writeFileSync(path, data as Uint8Array, { flag: 'wx', mode: 0o644 });
      return;
    }
    const fd = fs.openSync(path, 'wx', 0o644);
    let buffer: Buffer | undefined;
    try {
      for (const piece of data as readonly FilePiece[]) {
        if (piece instanceof Uint8Array) fs.writeFileSync(fd, piece);
        else copySlice(fd, piece, (buffer ??= Buffer.allocUnsafe(copyBuffer)));
      }
    } finally {
      fs.closeSync(fd);
    }
  },
  rename(from, to) {
    fs.renameSync(from, to);
  },
  removeFile(path) {
    fs.rmSync(path, { force: true });
  },
  makeDirectory(path) {
    fs.mkdirSync(path, { recursive: true });
  },
  makeNewDirectory(path) {
    try {
      fs.mkdirSync(path);
      return true;
    } catch (error) {
      if (errorCode(error) === 'EEXIST') return false;
      throw error;
    }
  },
  entryKind(path) {
    const stats = fs.lstatSync(path, { throwIfNoEntry: false });
    if (!stats) return 'missing';
    return stats.isDirectory() ? 'directory' : 'other';
  },
  removeEmptyDirectory(path) {
    try {
      fs.rmdirSync(path);
    } catch (error) {
      const code = errorCode(error);
      if (code !== 'ENOENT' && code !== 'ENOTEMPTY' && code !== 'EEXIST') throw error;
    }
  },
  realPath(path) {
    return fs.realpathSync(path);
  },
  listNames(path) {
    try {
      return fs.readdirSync(path);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return [];
      throw error;
    }
  },
  removeTree(path) {
    fs.rmSync(path, { recursive: true, force: true });
  },
};
