import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import type { ScenarioReport } from '../faultScenario';
import { findSqlInterpolations, type SqlAllowance, type SqlSite } from './findSqlInterpolations';

/** Interpolations reviewed by hand: each builds SQL from fixed fragments only. */
const allowances: readonly SqlAllowance[] = [
  {
    file: 'electron/services/library/articleQueries.ts',
    expression: 'whereSql(where)',
    reason:
      'joins `clause.sql` strings, each a literal in buildFilters or the status filter; every value is a bound parameter',
  },
  {
    file: 'electron/services/library/articleQueries.ts',
    expression: 'whereSql(forCounting(where))',
    reason:
      'joins `countSql ?? sql` strings, each a literal in buildFilters or the status filter; every value is a bound parameter',
  },
  {
    file: 'electron/services/library/articleQueries.ts',
    expression: 'whereSql(forCounting(filters))',
    reason:
      'joins `countSql ?? sql` strings, each a literal in buildFilters; every value is a bound parameter',
  },
  {
    file: 'electron/services/library/articleQueries.ts',
    expression: 'andSql(where)',
    reason:
      'joins `clause.sql` strings, each a literal in buildFilters or the status filter; every value is a bound parameter',
  },
  {
    file: 'electron/services/library/articleQueries.ts',
    expression: 'andSql(forCounting(filters))',
    reason:
      'joins `countSql ?? sql` strings, each a literal in buildFilters; every value is a bound parameter',
  },
  {
    file: 'electron/services/library/migrateDatabase.ts',
    expression: 'migration.sql',
    reason:
      'the SQL of our own migrations: string constants in migrations/NNNN_*.ts, in the registry',
  },
  {
    file: 'electron/services/desk/openSqliteDeskStore.ts',
    expression: 'migration.sqlite',
    reason:
      "the SQL of the desk's own migrations: string constants in migrations/deskMigrations.ts",
  },
];

/** A program whose SQL is built from user input four ways, and five safe ways. */
const selfTestSource = `
interface Database { prepare(sql: string): unknown; exec(sql: string): unknown; pragma(sql: string): unknown }
declare const db: Database;
const columns = { name: 'a.name', age: 'a.age' } as const;
const orderBy: Record<'name' | 'age', string> = { name: 'a.name', age: 'a.age' };
function run(sql: string): unknown { return db.exec(sql); }
export function byConcatenation(userInput: string) { return db.prepare("SELECT * FROM a WHERE name = '" + userInput + "'"); }
export function byTemplate(userInput: string) { return db.prepare(\`SELECT * FROM a WHERE name = '\${userInput}'\`); }
export function throughWrapper(userInput: string) { const sql = 'DELETE FROM a WHERE id = ' + userInput; return run(sql); }
export function byPushedList(userInput: string) { const where: string[] = ['a = 1']; where.push(\`b = '\${userInput}'\`); return db.prepare(\`SELECT * FROM a WHERE \${where.join(' AND ')}\`); }
export function safeList(flag: boolean) { const where: string[] = []; if (flag) where.push('b = ?'); return db.prepare(\`SELECT * FROM a \${where.length ? \`WHERE \${where.join(' AND ')}\` : ''}\`); }
export function safeLiteral() { return db.prepare('SELECT 1'); }
export function safeConstant() { return db.prepare(\`SELECT \${columns.name} FROM a\`); }
export function safeMap(key: 'name' | 'age') { return db.prepare(\`SELECT * FROM a ORDER BY \${orderBy[key]}\`); }
export function safeNumber(version: number) { return db.pragma(\`user_version = \${Math.trunc(version)}\`); }
`;

/**
 * The sql-construction scenario's scan of the project at `root`. A TypeScript AST scan (with the type checker) of electron/: no SQL handed to
 * `db.prepare`/`db.exec`/`db.pragma` may be built from anything but fixed fragments, except
 * reviewed allow-listed expressions. A self-test proves the scan flags real concatenations.
 */
export function scanSqlConstruction(root: string): ScenarioReport {
  const failures: string[] = [];
  const notes: string[] = [];

  // The self-test first: a scan that cannot see a concatenation proves nothing.
  const selfTestFile = path.join(
    fs.mkdtempSync(path.join(os.tmpdir(), 'galley-sql-')),
    'selfTest.ts',
  );
  fs.writeFileSync(selfTestFile, selfTestSource);
  const selfProgram = ts.createProgram([selfTestFile], {
    strict: true,
    target: ts.ScriptTarget.ES2022,
    noEmit: true,
  });
  const selfSites = findSqlInterpolations(selfProgram, (file) => file === selfTestFile, []);
  fs.rmSync(path.dirname(selfTestFile), { recursive: true, force: true });
  const flaggedLines = selfSites.filter((site) =>
    site.holes.some((hole) => hole.kind === 'dynamic'),
  );
  const flaggedFunctions = flaggedLines.map(
    (site) =>
      selfTestSource.split('\n')[site.line - 1]?.match(/function (\w+)/)?.[1] ??
      `line ${site.line}`,
  );
  const expectedFlags = ['byConcatenation', 'byTemplate', 'throughWrapper', 'byPushedList'];
  const selfTestOk =
    expectedFlags.every((name) => flaggedFunctions.includes(name)) &&
    flaggedFunctions.length === expectedFlags.length;
  if (!selfTestOk)
    failures.push(
      `the scan's self-test flagged [${flaggedFunctions.join(', ')}], expected [${expectedFlags.join(', ')}]`,
    );

  // The product.
  const configPath = path.join(root, 'electron', 'tsconfig.json');
  const parsed = ts.getParsedCommandLineOfConfigFile(
    configPath,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
      },
    },
  );
  if (!parsed) throw new Error('cannot read electron/tsconfig.json');
  const program = ts.createProgram(parsed.fileNames, {
    ...parsed.options,
    noEmit: true,
    composite: false,
    declaration: false,
    emitDeclarationOnly: false,
  });
  const electronDir = path.join(root, 'electron') + path.sep;
  const relative = (file: string) => path.relative(root, file).split(path.sep).join('/');
  const sites: SqlSite[] = findSqlInterpolations(
    program,
    (file) => path.resolve(file).startsWith(electronDir) && !/\.(test|d)\.ts$/.test(file),
    allowances,
    relative,
  );
  const interpolating = sites.filter((site) => site.holes.length > 0);
  const dynamic = interpolating.flatMap((site) =>
    site.holes.filter((hole) => hole.kind === 'dynamic').map((hole) => ({ site, hole })),
  );
  for (const { site, hole } of dynamic)
    failures.push(
      `${site.file}:${site.line} ${site.call}(…) interpolates \`${hole.text}\`, which is not a fixed fragment`,
    );
  const usedAllowances = new Set(
    interpolating.flatMap((site) =>
      site.holes
        .filter((hole) => hole.kind === 'allow-listed')
        .map((hole) => `${site.file} ${hole.text}`),
    ),
  );
  for (const allowance of allowances)
    if (!usedAllowances.has(`${allowance.file} ${allowance.expression}`))
      notes.push(
        `allow-list entry no longer needed: ${allowance.file} \`${allowance.expression}\``,
      );
  const byFile = new Map<string, string[]>();
  for (const site of interpolating) {
    const list = byFile.get(site.file) ?? [];
    list.push(
      ...site.holes.map(
        (hole) =>
          `${site.line}: \`${hole.text}\` (${hole.kind}${hole.reason ? `: ${hole.reason}` : ''})`,
      ),
    );
    byFile.set(site.file, list);
  }
  for (const [file, holes] of byFile)
    notes.push(`${file} interpolates ${[...new Set(holes)].join('; ')}`);
  const files = new Set(sites.map((site) => site.file));
  return {
    tried: sites.length + 1,
    passed: sites.length - new Set(dynamic.map(({ site }) => site)).size + (selfTestOk ? 1 : 0),
    figures: {
      'SQL calls found': sites.length,
      'files with SQL': files.size,
      'calls with interpolation': interpolating.length,
      'files interpolating': byFile.size,
      'allow-listed parts': interpolating
        .flatMap((site) => site.holes)
        .filter((hole) => hole.kind === 'allow-listed').length,
      'dynamic parts (violations)': dynamic.length,
      'self-test flags user input': selfTestOk,
    },
    failures,
    notes,
  };
}
