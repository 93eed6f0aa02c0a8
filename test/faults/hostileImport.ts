import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { findDocumentProblem } from '../../shared/editor/validateDocument';
import type { TiptapNode } from '../../shared/editor/tiptapJson';
import { openLibrary } from '../../electron/services/library/openLibrary';
import type { FaultOptions, FaultScenario, ScenarioReport } from './faultScenario';
import {
  writeHostileImportCorpus,
  type HostileInput,
  type StoredArticle,
} from './support/hostileImportCorpus';
import { runGalley } from './support/runGalley';
import { sha256File } from './support/sha256File';

interface ImportOutput {
  imported: Array<{ id: string; headline: string; slug: string }>;
  errors: Array<{ file: string; message: string }>;
}

/** Signs that an internal failure, not a reason for the user, reached the message. */
const internalErrorPattern =
  /\bat \S+:\d+:\d+|TypeError|ReferenceError|RangeError|SyntaxError|Cannot read prop|is not a function|undefined|Maximum call stack|SQLITE_|ENOENT|EISDIR/;

/**
 * Each hostile input goes through `galley import FILE --json` in its own child with a time
 * cap. It must end in one clear line naming the file, or in a correct article; a refused
 * file must leave the library's article count and bytes exactly as they were.
 */
export const hostileImport: FaultScenario = {
  name: 'hostile-import',
  title: 'Hostile files through galley import',
  async run(options: FaultOptions): Promise<ScenarioReport> {
    const corpusDir = path.join(options.workDir, 'corpus');
    fs.mkdirSync(corpusDir);
    const inputs = writeHostileImportCorpus(corpusDir);
    // A hang is told by the CPU an import burns (the heaviest input here, 10 MB of HTML, takes
    // 2.2 s), not by the wall clock, which at load 25-30 on two cores ran a 0.8 s import for
    // 31 s; the wall cap only catches a child that waits on nothing for minutes.
    const timeoutMs = options.size === 'large' ? 60_000 : 30_000;
    const wallTimeoutMs = 10 * 60_000;
    const failures: string[] = [];
    const notes: string[] = [];
    let crashes = 0;
    let hangs = 0;
    let partialWrites = 0;
    let rejected = 0;
    let imported = 0;
    let unclear = 0;
    let wrongContent = 0;
    let passed = 0;
    let slowest = { label: '', ms: 0 };
    const tryInput = async (input: HostileInput, libraryPath: string): Promise<void> => {
      const hashBefore = sha256File(libraryPath);
      const countBefore = articleCount(libraryPath);
      const run = await runGalley(['import', input.file, '--json', '--library', libraryPath], {
        timeoutMs: wallTimeoutMs,
        cpuTimeoutMs: timeoutMs,
        cwd: options.workDir,
      });
      if (run.ms > slowest.ms) slowest = { label: input.label, ms: run.ms };
      const problems: string[] = [];
      let output: ImportOutput | undefined;
      try {
        output = JSON.parse(run.stdout) as ImportOutput;
      } catch {
        output = undefined;
      }
      if (run.timedOut) {
        hangs += 1;
        problems.push(
          `hung: no answer after ${timeoutMs / 1000} s of CPU or ${wallTimeoutMs / 60_000} min`,
        );
      } else if ((run.code !== 0 && run.code !== 1) || !output || /\n\s+at /.test(run.stderr)) {
        crashes += 1;
        problems.push(
          `crashed: exit ${run.code ?? run.signal}, stdout ${JSON.stringify(run.stdout.slice(0, 120))}, stderr ${JSON.stringify(run.stderr.slice(0, 300))}`,
        );
      } else if (output.imported.length === 1 && output.errors.length === 0 && run.code === 0) {
        imported += 1;
        if (input.expect === 'reject') problems.push('imported a file that must be refused');
        if (articleCount(libraryPath) !== countBefore + 1)
          problems.push('one import reported, but the article count did not grow by one');
        const [entry] = output.imported;
        const stored = entry ? readArticle(libraryPath, entry.id) : undefined;
        if (!stored) problems.push('the imported article is not in the library');
        else {
          const why = describeBadArticle(stored) ?? input.verify?.(stored) ?? null;
          if (why) {
            wrongContent += 1;
            problems.push(`imported wrongly: ${why}`);
          }
        }
      } else if (output.imported.length === 0 && output.errors.length === 1 && run.code === 1) {
        rejected += 1;
        const message = output.errors[0]?.message ?? '';
        if (input.expect === 'import') problems.push(`refused a file that must import: ${message}`);
        const name = path
          .basename(input.file)
          .replace(/[\p{Cc}\p{Cf}\u2028\u2029]+/gu, ' ')
          .replace(/\s+/g, ' ')
          .trim();
        if (
          /[\r\n]/.test(message) ||
          !message.startsWith(`${name}: `) ||
          message.length > 400 ||
          internalErrorPattern.test(message)
        ) {
          unclear += 1;
          problems.push(`unclear message: ${JSON.stringify(message.slice(0, 300))}`);
        }
        if (articleCount(libraryPath) !== countBefore || sha256File(libraryPath) !== hashBefore) {
          partialWrites += 1;
          problems.push('refused, yet the library changed');
        }
        notes.push(`${JSON.stringify(input.label)}: ${message.slice(0, 140)}`);
      } else {
        crashes += 1;
        problems.push(
          `unexpected result: exit ${run.code}, ${JSON.stringify(output).slice(0, 200)}`,
        );
      }
      if (problems.length) failures.push(`${JSON.stringify(input.label)}: ${problems.join('; ')}`);
      else passed += 1;
    };
    // Two lanes, each with a library of its own: the machine has two cores.
    await Promise.all(
      [0, 1].map(async (lane) => {
        const libraryPath = path.join(options.workDir, `library-${lane}.sqlite`);
        openLibrary(libraryPath).close();
        for (const input of inputs.filter((_, index) => index % 2 === lane))
          await tryInput(input, libraryPath);
      }),
    );
    notes.push(`slowest input: ${slowest.label} (${Math.round(slowest.ms)} ms)`);
    return {
      tried: inputs.length,
      passed,
      figures: {
        'inputs tried': inputs.length,
        imported,
        'refused with one line': rejected - unclear,
        crashes,
        hangs,
        'partial writes': partialWrites,
        'unclear messages': unclear,
        'imported wrongly': wrongContent,
      },
      failures,
      notes,
    };
  },
};

function articleCount(file: string): number {
  const db = new Database(file, { fileMustExist: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

function readArticle(file: string, id: string): (StoredArticle & { body: TiptapNode }) | undefined {
  const db = new Database(file, { fileMustExist: true });
  try {
    const row = db
      .prepare('SELECT headline, lede, body_text AS bodyText, body_json FROM articles WHERE id = ?')
      .get(id) as (StoredArticle & { body_json: string }) | undefined;
    return row ? { ...row, body: JSON.parse(row.body_json) as TiptapNode } : undefined;
  } finally {
    db.close();
  }
}

/** What is wrong with any stored article, whatever file it came from. */
function describeBadArticle(article: StoredArticle & { body: TiptapNode }): string | null {
  const problem = findDocumentProblem(article.body);
  if (problem) return `the stored body does not fit the schema: ${problem}`;
  for (const [field, text] of Object.entries({
    headline: article.headline,
    lede: article.lede,
    body: article.bodyText,
  })) {
    if (/\p{Cs}/u.test(text)) return `a lone surrogate in the ${field}`;
    if (text.includes('\u0000')) return `a NUL in the ${field}`;
  }
  return null;
}
