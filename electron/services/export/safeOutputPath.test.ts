import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { safeOutputFile, safeOutputPath, UnsafeOutputPathError } from './safeOutputPath';

// What safeOutputPath gave when it resolved every path in full.
function resolvedInFull(outDir: string, relativePath: string): string {
  const segments = relativePath.split('/');
  const fileName = segments.pop() ?? '';
  const root = path.resolve(outDir);
  const resolved = path.resolve(root, ...segments, fileName);
  if (!resolved.startsWith(root + path.sep)) throw new UnsafeOutputPathError('leaves');
  return resolved;
}

describe('safeOutputPath', () => {
  const folders = ['/srv/site', '/srv/site/', '/srv//a/./b/../site', 'relative/site', '.', '/'];
  const paths = [
    'index.html',
    'news/',
    'news/slug/',
    'news/slug/index.json',
    'a/b/c/d/',
    'a/b/c/d/e.jpg',
  ];

  it('gives what resolving the whole path gives, the same on a second call', () => {
    for (const outDir of folders) {
      for (const relativePath of paths) {
        let expected: string | Error;
        try {
          expected = resolvedInFull(outDir, relativePath);
        } catch (error) {
          expected = error as Error;
        }
        for (let call = 0; call < 2; call += 1) {
          if (expected instanceof Error) {
            expect(() => safeOutputPath(outDir, relativePath)).toThrow(UnsafeOutputPathError);
          } else {
            expect(safeOutputPath(outDir, relativePath)).toBe(expected);
          }
        }
      }
    }
  });

  it('refuses segments that are not sanitized', () => {
    for (const relativePath of ['../x/', 'a/../../x', 'a//b/', 'A/b/', 'a/b/.hidden', '']) {
      expect(() => safeOutputPath('/srv/site', relativePath)).toThrow(UnsafeOutputPathError);
    }
  });

  it('names a file in a folder it gave', () => {
    const folder = safeOutputPath('/srv/site', 'news/slug/');
    expect(safeOutputFile(folder, 'index.html')).toBe(
      safeOutputPath('/srv/site', 'news/slug/index.html'),
    );
    expect(() => safeOutputFile(folder, '../index.html')).toThrow(UnsafeOutputPathError);
  });
});
