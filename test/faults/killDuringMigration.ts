import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openLibrary } from '../../electron/services/library/openLibrary';
import { latestSchemaVersion } from '../../electron/services/library/migrations/migrationRegistry';
import type { FaultOptions, FaultScenario, ScenarioReport } from './faultScenario';
import { errorMessage } from './support/errorMessage';
import { inspectLibraryFile, type LibraryFileState } from './support/inspectLibraryFile';
import { projectPaths } from './support/projectPaths';
import { childEnv } from './support/childEnv';
import { childScript } from './support/childScript';
import { runChild } from './support/runChild';
import { createRandom } from '../support/createRandom';
import { trackChild } from './support/trackChild';

interface Template {
  file: string;
  indexed: boolean;
  state: LibraryFileState;
}

interface KilledOpen {
  /** The child printed "opened" before the kill landed. */
  finished: boolean;
}

const articleCount = 400;

/**
 * A library at schema N-1 (built by running all but the last migration) is opened by the
 * real `openLibrary` in a child that is SIGKILLed at a random point of the migration and
 * the search-index rebuild that follows. The file must be wholly at N-1 or wholly at N,
 * with the schema objects of that version and every article, and open afterwards.
 */
export const killDuringMigration: FaultScenario = {
  name: 'kill-migration',
  title: 'SIGKILL during the migration from schema N-1 to N',
  async run(options: FaultOptions): Promise<ScenarioReport> {
    const random = createRandom(options.seed + 101);
    const trials = options.size === 'large' ? 60 : 12;
    const failures: string[] = [];
    const notes: string[] = [];
    const oldVersion = latestSchemaVersion - 1;
    const templates: Template[] = [];
    for (const indexed of [true, false]) {
      const file = path.join(options.workDir, `template-${indexed ? 'indexed' : 'plain'}.sqlite`);
      const built = await runChild(
        'buildOldLibrary',
        [file, String(oldVersion), String(articleCount), indexed ? '1' : '0'],
        { timeoutMs: 120_000 },
      );
      if (built.code !== 0) throw new Error(`buildOldLibrary failed: ${built.stderr.slice(-400)}`);
      templates.push({ file, indexed, state: inspectLibraryFile(file) });
    }

    // Calibration: a migration left to finish gives the new schema and how long it takes.
    const windows = new Map<Template, number>();
    let newState: LibraryFileState | undefined;
    for (const template of templates) {
      const file = copyTemplate(template, path.join(options.workDir, 'calibration.sqlite'));
      const opened = await openInChild(file, undefined);
      const ms = opened.ms ?? 50;
      windows.set(template, Math.max(5, ms * 1.5));
      newState ??= inspectLibraryFile(file);
      notes.push(
        `opening the ${template.indexed ? 'indexed' : 'unindexed'} N-1 library took ${ms.toFixed(1)} ms (kills land in 0…${(ms * 1.5).toFixed(0)} ms)`,
      );
    }
    if (!newState || newState.userVersion !== latestSchemaVersion)
      throw new Error(`calibration did not reach schema ${latestSchemaVersion}`);

    let atOld = 0;
    let atNew = 0;
    let indexPending = 0;
    let finishedFirst = 0;
    let inconsistent = 0;
    let failedToOpen = 0;
    for (let trial = 1; trial <= trials; trial += 1) {
      const template = templates[trial % templates.length];
      if (!template) continue;
      const file = copyTemplate(template, path.join(options.workDir, `trial.sqlite`));
      // Half the kills aim at the first third, where the migration's own transaction runs.
      const window = (windows.get(template) ?? 50) / (trial % 4 < 2 ? 3 : 1);
      const killAfter = random.next() * window;
      const outcome = await openInChild(file, killAfter);
      if (outcome.finished) finishedFirst += 1;
      const problems: string[] = [];
      let state: LibraryFileState | undefined;
      try {
        state = inspectLibraryFile(file);
      } catch (error) {
        problems.push(`cannot be opened with SQLite: ${errorMessage(error)}`);
      }
      if (state) {
        if (state.integrity !== 'ok') problems.push(`integrity_check: ${state.integrity}`);
        const expected =
          state.userVersion === oldVersion
            ? template.state
            : state.userVersion === latestSchemaVersion
              ? newState
              : undefined;
        if (!expected) problems.push(`user_version is ${state.userVersion}`);
        else {
          if (state.userVersion === oldVersion) atOld += 1;
          else atNew += 1;
          const missing = expected.schemaObjects.filter(
            (name) => !state?.schemaObjects.includes(name),
          );
          const extra = state.schemaObjects.filter(
            (name) => !expected.schemaObjects.includes(name),
          );
          if (missing.length || extra.length)
            problems.push(
              `schema objects do not match version ${state.userVersion}: missing [${missing.join(', ')}], extra [${extra.join(', ')}]`,
            );
        }
        if (state.articleCount !== articleCount)
          problems.push(`${state.articleCount} articles, expected ${articleCount}`);
        const index = readSearchIndexState(file);
        if (index.version !== null && index.documents !== articleCount)
          problems.push(
            `search index marked built but holds ${index.documents} of ${articleCount}`,
          );
        if (index.version === null && index.documents !== 0)
          problems.push(`search index half built: ${index.documents} documents and no version`);
        if (index.version === null && state.userVersion === latestSchemaVersion) indexPending += 1;
      }
      if (problems.length) inconsistent += 1;
      try {
        const library = openLibrary(file);
        const count = library.articles.count();
        const version = library.schemaVersion;
        library.close();
        if (version !== latestSchemaVersion || count !== articleCount)
          problems.push(`after reopening: schema ${version}, ${count} articles`);
        const after = inspectLibraryFile(file);
        if (after.integrity !== 'ok') problems.push(`after reopening: ${after.integrity}`);
      } catch (error) {
        failedToOpen += 1;
        problems.push(`does not open afterwards: ${errorMessage(error)}`);
      }
      if (problems.length)
        failures.push(
          `trial ${trial} (${template.indexed ? 'indexed' : 'unindexed'}, kill after ${killAfter.toFixed(1)} ms): ${problems.join('; ')}`,
        );
    }
    return {
      tried: trials,
      passed: trials - inconsistent - failedToOpen,
      figures: {
        kills: trials,
        [`left at ${oldVersion}`]: atOld,
        [`left at ${latestSchemaVersion}`]: atNew,
        [`at ${latestSchemaVersion} before the index rebuild`]: indexPending,
        'finished before the kill': finishedFirst,
        'mixed or inconsistent': inconsistent,
        'failed to open afterwards': failedToOpen,
      },
      failures,
      notes,
    };
  },
};

function copyTemplate(template: Template, file: string): string {
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
  fs.copyFileSync(template.file, file);
  return file;
}

/** Opens the library in a child; with `killAfterMs`, SIGKILLs it that long after "ready". */
async function openInChild(
  file: string,
  killAfterMs: number | undefined,
): Promise<KilledOpen & { ms?: number }> {
  const child = trackChild(
    spawn(process.execPath, [await childScript('openLibraryTimed'), file], {
      cwd: projectPaths.root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: childEnv(),
    }),
  );
  let stdout = '';
  let stderr = '';
  let timer: NodeJS.Timeout | undefined;
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    const wasReady = stdout.includes('ready\n');
    stdout += chunk;
    if (!wasReady && stdout.includes('ready\n') && killAfterMs !== undefined)
      timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
  });
  const cap = setTimeout(() => child.kill('SIGKILL'), 120_000);
  return new Promise((resolve, reject) => {
    child.once('close', (code, signal) => {
      clearTimeout(cap);
      if (timer) clearTimeout(timer);
      const opened = /opened (\d+) ([\d.]+)/.exec(stdout);
      if (killAfterMs === undefined && (code !== 0 || !opened))
        reject(new Error(`opening in a child failed (${code ?? signal}): ${stderr.slice(-400)}`));
      else
        resolve({ finished: opened !== null, ...(opened?.[2] ? { ms: Number(opened[2]) } : {}) });
    });
  });
}

function readSearchIndexState(file: string): { version: string | null; documents: number } {
  const db = new Database(file, { fileMustExist: true });
  try {
    const version =
      (
        db.prepare("SELECT value FROM library_meta WHERE key = 'search_index_version'").get() as
          { value: string } | undefined
      )?.value ?? null;
    const documents = (
      db.prepare('SELECT count(*) AS n FROM search_documents').get() as { n: number }
    ).n;
    return { version, documents };
  } finally {
    db.close();
  }
}
