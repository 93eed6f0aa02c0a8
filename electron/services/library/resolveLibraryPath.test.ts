import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveLibraryPath } from './resolveLibraryPath';

describe('resolveLibraryPath', () => {
  const base = { env: {}, platform: 'linux' as const, homeDir: '/home/ed' };

  it('prefers --library, then $GALLEY_LIBRARY, then the per-user data folder', () => {
    expect(
      resolveLibraryPath({
        ...base,
        flag: '/tmp/a.sqlite',
        env: { GALLEY_LIBRARY: '/tmp/b.sqlite' },
      }),
    ).toBe('/tmp/a.sqlite');
    expect(resolveLibraryPath({ ...base, env: { GALLEY_LIBRARY: '/tmp/b.sqlite' } })).toBe(
      '/tmp/b.sqlite',
    );
    expect(resolveLibraryPath(base)).toBe('/home/ed/.config/Galley/library.sqlite');
    expect(resolveLibraryPath({ ...base, env: { XDG_CONFIG_HOME: '/xdg' } })).toBe(
      '/xdg/Galley/library.sqlite',
    );
  });

  it('matches Electron userData on macOS and Windows', () => {
    expect(resolveLibraryPath({ ...base, platform: 'darwin', homeDir: '/Users/ed' })).toBe(
      '/Users/ed/Library/Application Support/Galley/library.sqlite',
    );
    expect(
      resolveLibraryPath({
        ...base,
        platform: 'win32',
        env: { APPDATA: 'C:\\Users\\ed\\AppData\\Roaming' },
      }),
    ).toBe(
      path.join(path.win32.join('C:\\Users\\ed\\AppData\\Roaming', 'Galley'), 'library.sqlite'),
    );
  });
});
