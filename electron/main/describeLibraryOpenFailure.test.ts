import { describe, expect, it } from 'vitest';
import { describeLibraryOpenFailure, nativeModuleProblem } from './describeLibraryOpenFailure';

// What Electron and better-sqlite3 actually say, as users have reported them.
const abiMismatch =
  "Cannot open the library /home/ed/.config/Galley/library.sqlite: The module '/home/ed/galley/node_modules/better-sqlite3/build/Release/better_sqlite3.node' was compiled against a different Node.js version using NODE_MODULE_VERSION 115. This version of Node.js requires NODE_MODULE_VERSION 140. Please try re-compiling or re-installing the module (for instance, using `npm rebuild` or `npm install`).";
const notSelfRegistered =
  "Module did not self-register: '/opt/Galley/resources/app.asar.unpacked/dist/native/electron/better_sqlite3.node'.";
const wrongCpu =
  "dlopen(/Applications/Galley.app/Contents/Resources/app.asar.unpacked/dist/native/electron/better_sqlite3.node, 0x0001): tried: '…' (mach-o file, but is an incompatible architecture (have 'x86_64', need 'arm64'))";
const notBuilt =
  'Could not locate the bindings file. Tried:\n → /home/ed/galley/node_modules/better-sqlite3/build/better_sqlite3.node';

describe('nativeModuleProblem', () => {
  it('recognises a build for another ABI, platform or CPU', () => {
    expect(nativeModuleProblem(abiMismatch)).toBe('mismatch');
    expect(nativeModuleProblem(notSelfRegistered)).toBe('mismatch');
    expect(nativeModuleProblem(wrongCpu)).toBe('mismatch');
    expect(nativeModuleProblem('Error: /x/better_sqlite3.node: invalid ELF header')).toBe(
      'mismatch',
    );
  });

  it('recognises a missing build', () => {
    expect(nativeModuleProblem(notBuilt)).toBe('missing');
  });

  it('leaves every other failure alone', () => {
    expect(nativeModuleProblem('The library /x/library.sqlite is damaged (malformed).')).toBe(
      undefined,
    );
    expect(nativeModuleProblem('SQLITE_CANTOPEN: unable to open database file')).toBe(undefined);
  });
});

describe('describeLibraryOpenFailure', () => {
  it('names the command that rebuilds the module in a checkout, and keeps the raw text', () => {
    const failure = describeLibraryOpenFailure(abiMismatch, { isPackaged: false });
    expect(failure.title).toBe('Galley’s database module needs rebuilding');
    expect(failure.body).toContain('built for a different version of Electron or Node.js');
    expect(failure.body).toContain('not with your library');
    expect(failure.body).toContain('    npm run rebuild:electron\n');
    expect(failure.body.endsWith(`Details: ${abiMismatch}`)).toBe(true);
  });

  it('tells the user of an installed copy to reinstall, not to run npm', () => {
    const failure = describeLibraryOpenFailure(notSelfRegistered, { isPackaged: true });
    expect(failure.body).toContain('reinstall it');
    expect(failure.body).not.toContain('npm');
  });

  it('says a missing build has not been built for Electron', () => {
    expect(describeLibraryOpenFailure(notBuilt, { isPackaged: false }).body).toContain(
      'has not been built for Electron',
    );
  });

  it('shows any other failure as it is', () => {
    const message = 'The library /x/library.sqlite is damaged (malformed). No backup was found.';
    expect(describeLibraryOpenFailure(message, { isPackaged: false })).toEqual({
      title: 'Galley cannot open its library',
      body: message,
    });
  });
});
