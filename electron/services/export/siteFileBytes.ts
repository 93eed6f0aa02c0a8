import fs from 'node:fs';
import type { FileSlice } from './exportFileSystem';

/**
 * Bytes searched by position, as a `Buffer` offers them: a site file read whole into memory
 * or one read only around the places searched ({@link siteFileBytes}).
 */
export interface ByteSource {
  readonly length: number;
  /** Where `value` first starts at or after `byteOffset`; -1 when nowhere. */
  indexOf(value: Uint8Array | number, byteOffset: number): number;
  /** Where `value` last starts at or before `byteOffset`; -1 when nowhere. */
  lastIndexOf(value: Uint8Array, byteOffset: number): number;
  /** The bytes from `start` to `end`, which stay as they are. */
  subarray(start: number, end: number): Buffer;
}

/** An open site file searched in place, whose unchanged ranges are copied, never held. */
export interface SiteFileBytes extends ByteSource {
  /** The bytes from `start` to `end`, to write by copying from the file. */
  slice(start: number, end: number): FileSlice;
}

// A search reads a little around its start first (a bisection's probe finds what it looks
// for within a few entries), then ever more, up to what one reused buffer holds: a fresh
// buffer per read costs the kernel a page fault per 4 KiB, more than the copy itself.
const firstWindow = 16 * 1024;
const largestWindow = 1024 * 1024;

function readFully(fd: number, into: Buffer, length: number, position: number): void {
  let done = 0;
  while (done < length) {
    const read = fs.readSync(fd, into, done, length - done, position + done);
    if (read === 0) throw new Error('the file ended before its size');
    done += read;
  }
}

/**
 * The file open as `fd`, `length` bytes long, read only where it is searched: a manifest of
 * 100,000 entries (130 MB) is found into by bisection with a few dozen small reads. The
 * caller keeps `fd` open until the slices taken of it are written, and closes it.
 */
export function siteFileBytes(fd: number, length: number): SiteFileBytes {
  const scratch = Buffer.allocUnsafe(Math.min(length, largestWindow));
  const windowOf = (start: number, end: number): Buffer => {
    readFully(fd, scratch, end - start, start);
    return scratch.subarray(0, end - start);
  };
  return {
    length,
    indexOf(value, byteOffset) {
      const patternLength = typeof value === 'number' ? 1 : value.length;
      let start = Math.max(0, byteOffset);
      let size = firstWindow;
      while (start + patternLength <= length) {
        const end = Math.min(length, start + size);
        const found = windowOf(start, end).indexOf(value);
        if (found >= 0) return start + found;
        if (end === length) return -1;
        // Overlapping by less than the pattern, so a match across the boundary is seen.
        start = end - patternLength + 1;
        size = Math.min(size * 2, largestWindow);
      }
      return -1;
    },
    lastIndexOf(value, byteOffset) {
      let limit = Math.min(byteOffset, length - value.length);
      let size = firstWindow;
      while (limit >= 0) {
        const end = Math.min(length, limit + value.length);
        const start = Math.max(0, end - size);
        const found = windowOf(start, end).lastIndexOf(value, limit - start);
        if (found >= 0) return start + found;
        if (start === 0) return -1;
        limit = start - 1;
        size = Math.min(size * 2, largestWindow);
      }
      return -1;
    },
    subarray(start, end) {
      const bytes = Buffer.allocUnsafe(Math.max(0, end - start));
      readFully(fd, bytes, bytes.length, start);
      return bytes;
    },
    slice: (start, end) => ({ fd, start, end }),
  };
}
