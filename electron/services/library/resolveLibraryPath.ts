import path from 'node:path';

export const libraryFileName = 'library.sqlite';

export interface LibraryPathSources {
  /** `--library FILE` from the command line. */
  flag?: string | undefined;
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  homeDir: string;
}

/**
 * Where the library lives: `--library`, else `$GALLEY_LIBRARY`, else the per-user data
 * folder Electron's `app.getPath('userData')` gives an app named Galley, so the CLI, the
 * server and the desktop app share one library by default.
 */
export function resolveLibraryPath(sources: LibraryPathSources): string {
  if (sources.flag) return path.resolve(sources.flag);
  const fromEnv = sources.env['GALLEY_LIBRARY'];
  if (fromEnv) return path.resolve(fromEnv);
  return path.join(userDataDir(sources), libraryFileName);
}

export function userDataDir({ env, platform, homeDir }: LibraryPathSources): string {
  if (platform === 'win32') {
    return path.win32.join(
      env['APPDATA'] ?? path.win32.join(homeDir, 'AppData', 'Roaming'),
      'Galley',
    );
  }
  if (platform === 'darwin') return path.join(homeDir, 'Library', 'Application Support', 'Galley');
  return path.join(env['XDG_CONFIG_HOME'] ?? path.join(homeDir, '.config'), 'Galley');
}
