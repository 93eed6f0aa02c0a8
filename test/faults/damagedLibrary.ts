import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { latestSchemaVersion } from '../../electron/services/library/migrations/migrationRegistry';
import { openLibrary } from '../../electron/services/library/openLibrary';
import type { FaultOptions, FaultScenario, ScenarioReport } from './faultScenario';
import { addArticles } from './support/addArticles';
import { errorMessage } from './support/errorMessage';
import { inspectLibraryFile } from './support/inspectLibraryFile';
import { runGalley } from './support/runGalley';
import { createRandom, type Random } from '../support/createRandom';
import { sha256File } from './support/sha256File';

/** What `galley list` may do with the damaged file. */
type Expectation = 'refuse' | 'recover' | 'either';

interface DamageCase {
  name: string;
  expect: Expectation;
  withBackup: boolean;
  /** Damages `file` (a copy of the healthy library); may use the prepared extras. */
  damage: (file: string, extras: Extras) => void;
  /** A refusal must say this (besides offering the backup). */
  message?: RegExp;
  /** The articles a recovered library may show: the healthy ones plus this many. */
  extraArticlesAllowed?: number;
}

interface Extras {
  random: Random;
  strayWal: string;
  unsavedMain: string;
  tornWalMain: string;
  tornWal: string;
  articlesRootPage: number;
}

const backupName = 'library-backup-20250101T000000Z.sqlite';

const cases: readonly DamageCase[] = [
  {
    name: 'header overwritten',
    expect: 'refuse',
    withBackup: true,
    damage: (file) => overwrite(file, 0, Buffer.from('NOT A DATABASE!!')),
  },
  {
    name: 'header overwritten, no backup',
    expect: 'refuse',
    withBackup: false,
    damage: (file) => overwrite(file, 0, Buffer.from('NOT A DATABASE!!')),
  },
  {
    name: 'b-tree page header flipped',
    expect: 'refuse',
    withBackup: true,
    damage: (file, extras) =>
      overwrite(file, (extras.articlesRootPage - 1) * 4096, Buffer.alloc(12, 0xff)),
  },
  {
    name: '64 random bytes flipped',
    expect: 'either',
    withBackup: true,
    damage: (file, extras) => {
      const bytes = fs.readFileSync(file);
      for (let flip = 0; flip < 64; flip += 1) {
        const offset = extras.random.between(4096, bytes.length - 1);
        bytes[offset] = (bytes[offset] ?? 0) ^ 0xff;
      }
      fs.writeFileSync(file, bytes);
    },
  },
  {
    name: 'truncated to half',
    expect: 'refuse',
    withBackup: true,
    damage: (file) => fs.truncateSync(file, Math.floor(fs.statSync(file).size / 2)),
  },
  {
    name: 'truncated to half, no backup',
    expect: 'refuse',
    withBackup: false,
    damage: (file) => fs.truncateSync(file, Math.floor(fs.statSync(file).size / 2)),
  },
  {
    name: 'last page cut short',
    expect: 'either',
    withBackup: true,
    damage: (file) => fs.truncateSync(file, fs.statSync(file).size - 100),
  },
  {
    name: 'stray -wal of another library',
    expect: 'either',
    withBackup: true,
    damage: (file, extras) => fs.copyFileSync(extras.strayWal, `${file}-wal`),
  },
  {
    name: '-wal missing after writes',
    expect: 'recover',
    withBackup: true,
    damage: (file, extras) => fs.copyFileSync(extras.unsavedMain, file),
  },
  {
    name: '-wal torn in its last frame',
    expect: 'recover',
    withBackup: true,
    extraArticlesAllowed: 5,
    damage: (file, extras) => {
      fs.copyFileSync(extras.tornWalMain, file);
      fs.copyFileSync(extras.tornWal, `${file}-wal`);
    },
  },
  {
    name: 'garbage -shm',
    expect: 'recover',
    withBackup: true,
    damage: (file, extras) =>
      fs.writeFileSync(
        `${file}-shm`,
        Buffer.from(Array.from({ length: 32768 }, () => extras.random.between(0, 255))),
      ),
  },
  {
    name: 'user_version from the future',
    expect: 'refuse',
    withBackup: true,
    message: /newer version/,
    damage: (file) => {
      const db = new Database(file);
      db.pragma(`user_version = ${latestSchemaVersion + 1}`);
      db.close();
    },
  },
  {
    name: 'a text file, not a database',
    expect: 'refuse',
    withBackup: true,
    damage: (file) =>
      fs.writeFileSync(file, 'Notes for tomorrow: call the mayor’s office.\n'.repeat(200)),
  },
];

/**
 * `galley list` on damaged copies of a library: it must exit non-zero with one line
 * (offering the latest backup when there is one) or open correctly where SQLite recovers,
 * and must never reset, rewrite or delete the library or its -wal.
 */
export const damagedLibrary: FaultScenario = {
  name: 'damaged-library',
  title: 'Damaged library files are reported, never reset',
  async run(options: FaultOptions): Promise<ScenarioReport> {
    const work = (name: string) => path.join(options.workDir, name);
    const random = createRandom(options.seed + 404);
    const failures: string[] = [];
    const notes: string[] = [];

    // A healthy library, its backup (taken with `galley backup --out`), and the extras.
    fs.mkdirSync(work('healthy'));
    const healthy = work('healthy/library.sqlite');
    const library = openLibrary(healthy);
    addArticles(library, 40, 10);
    library.close();
    const healthyIds = new Set(readIds(healthy));
    const backupRun = await runGalley(['backup', '--out', work(backupName), '--library', healthy]);
    if (backupRun.code !== 0) throw new Error(`galley backup failed: ${backupRun.stderr}`);
    const extras: Extras = {
      random,
      ...walExtras(options.workDir, healthy),
      articlesRootPage: rootPageOf(healthy, 'articles'),
    };

    let refused = 0;
    let recovered = 0;
    let passed = 0;
    let rewritten = 0;
    let backupOffered = 0;
    const tryCase = async (damageCase: DamageCase, index: number): Promise<void> => {
      const dir = work(`case-${index}`);
      fs.mkdirSync(dir);
      const file = path.join(dir, 'library.sqlite');
      fs.copyFileSync(healthy, file);
      const backupPath = path.join(dir, 'backups', backupName);
      if (damageCase.withBackup) {
        fs.mkdirSync(path.dirname(backupPath));
        fs.copyFileSync(work(backupName), backupPath);
      }
      damageCase.damage(file, extras);
      const before = fingerprint(file);
      const run = await runGalley(['list', '--json', '--library', file], {
        timeoutMs: 60_000,
        cwd: dir,
      });
      const after = fingerprint(file);
      const problems: string[] = [];
      const stderr = run.stderr.trim();
      if (run.timedOut) problems.push('galley list hung');
      else if (run.code === 0) {
        recovered += 1;
        if (damageCase.expect === 'refuse') problems.push('opened a library it should refuse');
        let listed: string[] = [];
        try {
          listed = (JSON.parse(run.stdout) as { articles: Array<{ id: string }> }).articles.map(
            (article) => article.id,
          );
        } catch {
          problems.push(`exit 0 without a JSON list: ${run.stdout.slice(0, 200)}`);
        }
        const foreign = listed.filter((id) => !healthyIds.has(id));
        const lost = [...healthyIds].filter((id) => !listed.includes(id));
        if (foreign.length > (damageCase.extraArticlesAllowed ?? 0) || lost.length > 0)
          problems.push(
            `opened with other content: ${foreign.length} articles that were never in it, ${lost.length} of its ${healthyIds.size} missing; the file ${after.main === before.main ? 'is unchanged' : 'was rewritten'}${before.wal && !after.wal ? ' and its -wal deleted' : ''}`,
          );
        try {
          const state = inspectLibraryFile(file);
          if (state.integrity !== 'ok')
            problems.push(`opened, but integrity_check: ${state.integrity.slice(0, 120)}`);
        } catch (error) {
          problems.push(`opened, but SQLite cannot open it now: ${errorMessage(error)}`);
        }
      } else {
        refused += 1;
        if (damageCase.expect === 'recover')
          problems.push(`refused a library SQLite recovers: ${stderr}`);
        if (!/^galley: [^\n]+$/.test(stderr))
          problems.push(`not a one-line message: ${JSON.stringify(stderr.slice(0, 300))}`);
        if (damageCase.message && !damageCase.message.test(stderr))
          problems.push(`the message does not say ${String(damageCase.message)}: ${stderr}`);
        if (!damageCase.message) {
          if (damageCase.withBackup && !stderr.includes(backupPath))
            problems.push(`the message does not offer the backup ${backupPath}: ${stderr}`);
          else if (damageCase.withBackup) backupOffered += 1;
          if (!damageCase.withBackup && !/no backup/i.test(stderr))
            problems.push(`the message does not say that there is no backup: ${stderr}`);
        }
        if (after.main !== before.main || after.wal !== before.wal) {
          rewritten += 1;
          problems.push(
            `refused, yet the library changed: main ${before.main.slice(0, 12)} → ${after.main.slice(0, 12)}, -wal ${before.wal?.slice(0, 12) ?? 'none'} → ${after.wal?.slice(0, 12) ?? 'none'}`,
          );
        }
      }
      if (!fs.existsSync(file)) problems.push('the library file is gone');
      notes.push(
        `${damageCase.name}: exit ${run.code ?? run.signal}${stderr ? ` — ${stderr.slice(0, 160)}` : ''}`,
      );
      if (problems.length) failures.push(`${damageCase.name}: ${problems.join('; ')}`);
      else passed += 1;
    };
    // Two lanes: every case has a folder of its own, and the machine has two cores.
    await Promise.all(
      [0, 1].map(async (lane) => {
        for (const [index, damageCase] of cases.entries())
          if (index % 2 === lane) await tryCase(damageCase, index);
      }),
    );
    notes.sort();
    failures.sort();
    return {
      tried: cases.length,
      passed,
      figures: {
        cases: cases.length,
        refused,
        'opened (recovered)': recovered,
        'backup offered': backupOffered,
        'files rewritten or deleted on refusal': rewritten,
      },
      failures,
      notes,
    };
  },
};

function overwrite(file: string, offset: number, bytes: Buffer): void {
  const handle = fs.openSync(file, 'r+');
  fs.writeSync(handle, bytes, 0, bytes.length, offset);
  fs.closeSync(handle);
}

function fingerprint(file: string): { main: string; wal: string | undefined } {
  return {
    main: fs.existsSync(file) ? sha256File(file) : 'missing',
    wal: fs.existsSync(`${file}-wal`) ? sha256File(`${file}-wal`) : undefined,
  };
}

function readIds(file: string): string[] {
  const db = new Database(file, { fileMustExist: true });
  try {
    return (db.prepare('SELECT id FROM articles').all() as Array<{ id: string }>).map(
      (row) => row.id,
    );
  } finally {
    db.close();
  }
}

function rootPageOf(file: string, table: string): number {
  const db = new Database(file, { fileMustExist: true });
  try {
    return (
      db.prepare('SELECT rootpage FROM sqlite_master WHERE name = ?').get(table) as {
        rootpage: number;
      }
    ).rootpage;
  } finally {
    db.close();
  }
}

/**
 * The -wal cases: the WAL of another library with writes in it; this library's main file
 * while its own WAL still holds writes (so the WAL can go missing); and a WAL cut inside
 * its last frame, as a crash in the middle of writing it leaves one.
 */
function walExtras(
  workDir: string,
  healthy: string,
): Pick<Extras, 'strayWal' | 'unsavedMain' | 'tornWalMain' | 'tornWal'> {
  const other = openLibrary(path.join(workDir, 'other.sqlite'));
  other.db.pragma('wal_autocheckpoint = 0');
  addArticles(other, 40, 10);
  const strayWal = path.join(workDir, 'stray.wal');
  fs.copyFileSync(path.join(workDir, 'other.sqlite-wal'), strayWal);
  other.close();

  const pending = path.join(workDir, 'pending.sqlite');
  fs.copyFileSync(healthy, pending);
  const writer = openLibrary(pending);
  writer.db.pragma('wal_autocheckpoint = 0');
  addArticles(writer, 5, 0);
  const unsavedMain = path.join(workDir, 'unsaved-main.sqlite');
  fs.copyFileSync(pending, unsavedMain);
  const tornWal = path.join(workDir, 'torn.wal');
  fs.copyFileSync(`${pending}-wal`, tornWal);
  fs.truncateSync(tornWal, fs.statSync(tornWal).size - 1000);
  writer.close();
  return { strayWal, unsavedMain, tornWalMain: unsavedMain, tornWal };
}
