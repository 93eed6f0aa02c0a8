import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { damageHeadlineIndex } from '../../../test/support/damageHeadlineIndex';
import type { AppInfo } from '../../../shared/api/apiContract';
import { createApiHandlers, libraryWriteChannels } from '../api/createApiHandlers';
import { dispatchApiCall } from '../api/dispatchApiCall';
import { outsideAsar, quickCheckInWorker } from './libraryIntegrity';
import { LibraryError } from './libraryError';
import { openLibrary } from './openLibrary';

const dirs: string[] = [];
function tempLibrary(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'galley-integrity-'));
  dirs.push(dir);
  return path.join(dir, 'library.sqlite');
}

afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A library with a few articles whose headline index has a wrecked page header. */
function damagedLibrary(): string {
  const file = tempLibrary();
  const library = openLibrary(file);
  for (let index = 0; index < 30; index += 1)
    library.articles.create({ headline: `Статья ${index}`, language: 'ru' }, 'tester');
  library.close();
  damageHeadlineIndex(file);
  return file;
}

const handlersFor = (library: ReturnType<typeof openLibrary>) =>
  createApiHandlers({ library, loginName: 'tester', transport: 'http', appVersion: '0.0.0' });
const silent = { log: (): void => undefined };

describe('the integrity check on open', () => {
  it('before opening (the CLI): a damaged library is refused with the reason', () => {
    const file = damagedLibrary();
    expect(() => openLibrary(file)).toThrow(LibraryError);
    expect(() => openLibrary(file)).toThrow(/is damaged/);
  });

  it('in the background (the app): a healthy library opens at once and then passes', async () => {
    const file = tempLibrary();
    openLibrary(file).close();
    const library = openLibrary(file, { integrityCheck: 'background' });
    try {
      expect(library.integrity.current.state).toBe('checking');
      const status = await library.integrity.settled;
      expect(status.state).toBe('ok');
      const created = await dispatchApiCall(
        handlersFor(library),
        'articles:create',
        { headline: 'После проверки' },
        silent,
      );
      expect(created.ok).toBe(true);
    } finally {
      library.close();
    }
  });

  it('in the background: damage found later makes the library read-only, with the backup offer', async () => {
    const file = damagedLibrary();
    const before = fs.readFileSync(file);
    const library = openLibrary(file, { integrityCheck: 'background' });
    try {
      const handlers = handlersFor(library);
      const status = await library.integrity.settled;
      expect(status.state).toBe('damaged');
      if (status.state !== 'damaged') return;
      expect(status.message).toMatch(/is damaged/);
      expect(status.message).toMatch(/No backup of it was found|restore it with: galley restore/);

      const info = await dispatchApiCall(handlers, 'app:info', {}, silent);
      expect(info.ok && (info.value as AppInfo).integrity.state).toBe('damaged');
      const listed = await dispatchApiCall(handlers, 'articles:list', {}, silent);
      expect(listed.ok).toBe(true);

      const write = await dispatchApiCall(
        handlers,
        'articles:create',
        { headline: 'Не записать' },
        silent,
      );
      expect(write).toEqual({ ok: false, error: { code: 'read_only', message: status.message } });
    } finally {
      library.close();
    }
    // Nothing was written into the damaged file.
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('in the background, held: damage is found only once the check may start, then as before', async () => {
    const file = damagedLibrary();
    let release: () => void = () => undefined;
    const library = openLibrary(file, {
      integrityCheck: 'background',
      startCheckAfter: new Promise<void>((resolve) => (release = resolve)),
    });
    try {
      const early = await dispatchApiCall(handlersFor(library), 'articles:list', {}, silent);
      expect(early.ok).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(library.integrity.current.state).toBe('checking');
      release();
      expect((await library.integrity.settled).state).toBe('damaged');
    } finally {
      library.close();
    }
  });

  it('a migration or an index rebuild waits for the check (never runs over damage)', () => {
    const file = damagedLibrary();
    const db = new Database(file);
    db.prepare("UPDATE library_meta SET value = 'stale' WHERE key = 'search_index_version'").run();
    db.close();
    expect(() => openLibrary(file, { integrityCheck: 'background' })).toThrow(/is damaged/);
  });

  it('the worker answers ok, names the damage, or says it could not run (never a false verdict)', async () => {
    const healthy = tempLibrary();
    openLibrary(healthy).close();
    expect(await quickCheckInWorker(healthy)).toBe('ok');
    expect(await quickCheckInWorker(damagedLibrary())).toMatch(/Tree \d+ page \d+/);
    // A worker that cannot load SQLite proves nothing about the file: null, and the caller
    // checks on its own connection instead of declaring the library damaged.
    const missingBinding = path.join(path.dirname(healthy), 'missing.node');
    expect(await quickCheckInWorker(healthy, missingBinding)).toBeNull();
  });

  it('guards every channel that writes', () => {
    expect([...libraryWriteChannels].sort()).toEqual(
      [
        'articles:autosave',
        'articles:create',
        'articles:delete',
        'articles:import',
        'articles:saveVersion',
        'articles:setStatus',
        'articles:update',
        'assignments:set',
        'collab:push',
        'comments:create',
        'comments:reply',
        'comments:resolve',
        'desk:join',
        'export:start',
        'identity:set',
        'images:upload',
        'notifications:markSeen',
        'publish:addTarget',
        'publish:cancel',
        'spelling:addWord',
        'spelling:removeWord',
        'terms:rename',
        'terms:delete',
        'publish:queue',
        'publish:removeTarget',
        'publish:retry',
        'quotes:create',
        'quotes:dismiss',
        'quotes:remove',
        'quotes:update',
        'revisions:restore',
      ].sort(),
    );
  });
});

describe('the worker’s copy of better-sqlite3 in a packaged app', () => {
  const packaged = '/opt/Galley/resources/app.asar/node_modules/better-sqlite3/lib/index.js';
  const unpacked =
    '/opt/Galley/resources/app.asar.unpacked/node_modules/better-sqlite3/lib/index.js';

  it('is the unpacked copy, which a worker thread can read', () => {
    expect(outsideAsar(packaged, (file) => file === unpacked)).toBe(unpacked);
    expect(outsideAsar('C:\\Galley\\resources\\app.asar\\node_modules\\x.js', () => true)).toBe(
      'C:\\Galley\\resources\\app.asar.unpacked\\node_modules\\x.js',
    );
  });

  it('stays where it is outside an archive, or when no unpacked copy exists', () => {
    const checkout = '/home/ed/galley/node_modules/better-sqlite3/lib/index.js';
    expect(outsideAsar(checkout, () => true)).toBe(checkout);
    expect(outsideAsar(packaged, () => false)).toBe(packaged);
  });
});
