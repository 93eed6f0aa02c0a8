import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../../test/support/exportSamples';
import { fixedClockExportOptions } from '../../../test/support/fixedClockExportOptions';
import { runCli } from '../../cli/runCli';
import { IntegrityMonitor } from '../library/libraryIntegrity';
import { LibraryError } from '../library/libraryError';
import { openLibrary, type Library } from '../library/openLibrary';
import type { RenderPoolSettings } from './exportSite';
import { runLibraryExport } from './runLibraryExport';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'galley-export-gate-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

// Threads from the first article on: a refused export must also take back what they staged.
const threads: RenderPoolSettings = { threads: 2, after: 0, from: 0 };

function libraryWith(name: string, count: number): string {
  const file = path.join(root, name, 'library.sqlite');
  const library = openLibrary(file);
  for (let index = 0; index < count; index += 1) {
    library.articles.create(
      {
        headline: `Мост номер ${index} открыт`,
        rubric: index % 2 ? 'Город' : 'Общество',
        body: {
          type: 'doc',
          content: [{ type: 'paragraph', content: [{ type: 'text', text: `Мост ${index}.` }] }],
        },
      },
      'anna',
    );
  }
  library.close();
  return file;
}

/** The library with its check still running, settled by the test. */
function whileChecking(library: Library): { library: Library; monitor: IntegrityMonitor } {
  const monitor = new IntegrityMonitor({ state: 'checking', startedAt: Date.now() });
  return { library: { ...library, integrity: monitor }, monitor };
}

function snapshot(dir: string): Map<string, string> {
  if (!fs.existsSync(dir)) return new Map();
  return new Map(
    fs
      .readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .sort()
      .map((name) => {
        const file = path.join(dir, name);
        const stats = fs.lstatSync(file);
        return [name, stats.isFile() ? fs.readFileSync(file, 'base64') : 'folder'];
      }),
  );
}

const damaged = {
  state: 'damaged' as const,
  checkedAt: 0,
  message: 'The library is damaged (test).',
};

describe('an export beside the library check', () => {
  it('works while the check runs and lands only once it passed', async () => {
    const file = libraryWith('passes', 12);
    const opened = openLibrary(file);
    const { library, monitor } = whileChecking(opened);
    let landedBeforeCheck = false;
    const outDir = path.join(root, 'passes-site');
    const summary = await runLibraryExport(library, {
      ...fixedClockExportOptions(outDir),
      renderPool: threads,
      onProgress: (done, total) => {
        if (done !== total) return;
        // Every article is staged; nothing may be in place before the verdict.
        landedBeforeCheck = fs.existsSync(path.join(outDir, 'manifest.json'));
        setTimeout(() => monitor.settle({ state: 'ok', checkedAt: 0, durationMs: 0 }), 50);
      },
    });
    expect(landedBeforeCheck).toBe(false);
    expect(summary.failed).toEqual([]);
    expect(summary.written).toBe(13);
    const plain = path.join(root, 'passes-plain');
    await runLibraryExport(opened, { ...fixedClockExportOptions(plain), renderPool: threads });
    expect(snapshot(outDir)).toEqual(snapshot(plain));
    opened.close();
  });

  it('refuses when the check finds damage, leaving the site and the library as they were', async () => {
    const file = libraryWith('damaged', 12);
    const opened = openLibrary(file);
    const outDir = path.join(root, 'damaged-site');
    // A first export into an empty folder (staged in a hidden folder), and a forced one over it.
    for (const force of [false, true]) {
      const before = snapshot(outDir);
      const statuses = opened.db.prepare('SELECT id, status FROM articles ORDER BY id').all();
      const { library, monitor } = whileChecking(opened);
      const run = runLibraryExport(library, {
        ...fixedClockExportOptions(outDir),
        markPublished: true,
        force,
        renderPool: threads,
        onProgress: (done, total) => {
          if (done === total) setTimeout(() => monitor.settle(damaged), 50);
        },
      });
      await expect(run).rejects.toBeInstanceOf(LibraryError);
      await expect(run).rejects.toMatchObject({ code: 'damaged' });
      expect(snapshot(outDir)).toEqual(before);
      expect(opened.db.prepare('SELECT id, status FROM articles ORDER BY id').all()).toEqual(
        statuses,
      );
      if (!force) await runLibraryExport(opened, fixedClockExportOptions(outDir));
    }
    // Found damaged before the export began: refused at once.
    const { library, monitor } = whileChecking(opened);
    monitor.settle(damaged);
    await expect(
      runLibraryExport(library, fixedClockExportOptions(path.join(root, 'never'))),
    ).rejects.toMatchObject({ code: 'damaged' });
    expect(fs.existsSync(path.join(root, 'never'))).toBe(false);
    opened.close();
  });

  it('`galley export` checks the library beside the export and refuses a damaged one', async () => {
    const file = libraryWith('cli', 6);
    const outDir = path.join(root, 'cli-site');
    const run = async () => {
      const errors: string[] = [];
      const code = await runCli(
        ['export', '--library', file, '--out', outDir, '--all', '--base-url', 'https://x.example'],
        { stdout: () => undefined, stderr: (text) => errors.push(text) },
      );
      return { code, errors: errors.join('') };
    };
    expect((await run()).code).toBe(0);
    const before = snapshot(outDir);
    expect(listFiles(outDir)).toContain('manifest.json');
    // A table the export never reads, its root page broken: only the check can tell.
    const db = new Database(file);
    const { rootpage } = db
      .prepare<[], { rootpage: number }>(
        "SELECT rootpage FROM sqlite_master WHERE name = 'spelling_words'",
      )
      .get()!;
    const pageSize = Number(db.pragma('page_size', { simple: true }));
    db.close();
    const handle = fs.openSync(file, 'r+');
    fs.writeSync(handle, Buffer.alloc(12, 0xff), 0, 12, (rootpage - 1) * pageSize);
    fs.closeSync(handle);
    fs.rmSync(outDir, { recursive: true });
    const refused = await run();
    expect(refused.code).toBe(3);
    expect(refused.errors).toMatch(/damaged/);
    expect(snapshot(outDir)).toEqual(new Map());
    expect(before.size).toBeGreaterThan(0);
  });
});
