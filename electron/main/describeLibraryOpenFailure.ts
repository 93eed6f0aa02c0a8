/**
 * Why better-sqlite3's native code would not load: built for another Node.js/Electron ABI (or
 * another platform or CPU), or not built for Electron at all. Undefined for any other failure.
 */
export function nativeModuleProblem(message: string): 'mismatch' | 'missing' | undefined {
  if (
    /NODE_MODULE_VERSION|was compiled against a different Node\.js version|Module did not self-register|invalid ELF header|wrong ELF class|not a valid Win32 application|incompatible architecture|wrong architecture/i.test(
      message,
    )
  )
    return 'mismatch';
  if (
    /Could not locate the bindings file|Cannot find module '[^']*better_sqlite3\.node'/i.test(
      message,
    )
  )
    return 'missing';
  return undefined;
}

export interface LibraryOpenFailure {
  title: string;
  body: string;
}

/**
 * The error box shown when the app cannot open its library. A native-module problem is the
 * app's build, not the library: the box says so and how to fix it (a developer's checkout
 * rebuilds it with one command; an installed copy is reinstalled), with the raw text after.
 */
export function describeLibraryOpenFailure(
  message: string,
  context: { isPackaged: boolean },
): LibraryOpenFailure {
  const problem = nativeModuleProblem(message);
  if (!problem) return { title: 'Galley cannot open its library', body: message };
  const what =
    problem === 'mismatch'
      ? 'Galley’s database module (better-sqlite3) was built for a different version of Electron or Node.js than this app runs on'
      : 'Galley’s database module (better-sqlite3) has not been built for Electron';
  const fix = context.isPackaged
    ? 'This copy of Galley is incomplete: reinstall it from the Galley installer.'
    : 'To fix it, run this in the Galley folder, then start Galley again:\n\n    npm run rebuild:electron\n\n(`npm start` does this by itself when Electron or better-sqlite3 has changed.)';
  return {
    title: 'Galley’s database module needs rebuilding',
    body: `${what}, so Galley cannot open any library. This is a problem with the app’s build, not with your library.\n\n${fix}\n\nDetails: ${message}`,
  };
}
