import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { siteFileBytes } from './siteFileBytes';

// A file past the largest read window, with marks placed across the window boundaries a
// search from 0 meets (16 KiB, then doubling), so every way a search can end is crossed.
const size = 3 * 1024 * 1024 + 123;
const bytes = Buffer.alloc(size, 'ab');
const mark = Buffer.from('<mark>', 'utf8');
for (const at of [0, 16 * 1024 - 3, 48 * 1024 - 1, 112 * 1024 - 5, 1_500_000, size - mark.length]) {
  mark.copy(bytes, at);
}
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'galley-bytes-'));
const file = path.join(dir, 'file');
fs.writeFileSync(file, bytes);
const fd = fs.openSync(file, 'r');

afterAll(() => {
  fs.closeSync(fd);
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('siteFileBytes', () => {
  const source = siteFileBytes(fd, size);
  const offsets = [0, 1, 16 * 1024 - 4, 16 * 1024, 40_000, 1_499_999, 1_500_000, size - 7, size];

  it('finds what a Buffer finds, forwards and backwards', () => {
    for (const value of [mark, Buffer.from('ba<m', 'utf8'), 0x3c, Buffer.from('zz', 'utf8')]) {
      for (const from of offsets) {
        expect(source.indexOf(value, from), `${String(value)} from ${from}`).toBe(
          bytes.indexOf(value, from),
        );
        if (typeof value !== 'number') {
          expect(source.lastIndexOf(value, from), `${String(value)} before ${from}`).toBe(
            bytes.lastIndexOf(value, from),
          );
        }
      }
    }
  });

  it('reads ranges as they are, and hands out ranges to copy', () => {
    expect(source.subarray(16 * 1024 - 5, 16 * 1024 + 10)).toEqual(
      bytes.subarray(16 * 1024 - 5, 16 * 1024 + 10),
    );
    expect(source.slice(5, 10)).toEqual({ fd, start: 5, end: 10 });
  });
});
