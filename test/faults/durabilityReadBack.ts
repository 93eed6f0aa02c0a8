import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import ts from 'typescript';
import { backupLibrary } from '../../electron/services/library/libraryBackups';
import { latestSchemaVersion } from '../../electron/services/library/migrations/migrationRegistry';
import {
  assertDurabilitySettings,
  durabilitySettings,
} from '../../electron/services/library/openDatabase';
import { openLibrary, type Library } from '../../electron/services/library/openLibrary';
import type { FaultOptions, FaultScenario, ScenarioReport } from './faultScenario';
import { errorMessage } from './support/errorMessage';
import { listSourceFiles, projectRelative } from './support/listSourceFiles';
import { runChild } from './support/runChild';

type Setting = keyof typeof durabilitySettings;

/**
 * Libraries opened through `openLibrary` in every way one comes to be opened (new, reopened,
 * migrated from N-1, switched to another journal mode by another tool, restored from a
 * backup, two at once) must read back every durability setting; the check itself must
 * notice a drifted setting; and no other read-write connection may exist in electron/.
 */
export const durabilityReadBack: FaultScenario = {
  name: 'durability',
  title: 'Durability settings read back on every connection',
  async run(options: FaultOptions): Promise<ScenarioReport> {
    const failures: string[] = [];
    const notes: string[] = [];
    const file = (name: string) => path.join(options.workDir, name);
    let tried = 0;
    let passed = 0;
    const check = (name: string, library: Library, libraryFile: string): void => {
      tried += 1;
      const problems: string[] = [];
      for (const [setting, expected] of Object.entries(durabilitySettings)) {
        const actual = library.db.pragma(setting, { simple: true });
        const normalized = typeof expected === 'number' ? Number(actual) : String(actual);
        if (normalized !== expected)
          problems.push(`${setting} = ${String(actual)}, expected ${expected}`);
      }
      try {
        assertDurabilitySettings(library.db);
      } catch (error) {
        problems.push(`assertDurabilitySettings threw: ${errorMessage(error)}`);
      }
      library.close();
      const raw = new Database(libraryFile, { fileMustExist: true });
      const persisted = String(raw.pragma('journal_mode', { simple: true }));
      raw.close();
      if (persisted !== durabilitySettings.journal_mode)
        problems.push(`the file's own journal mode is ${persisted} once closed`);
      if (problems.length) failures.push(`${name}: ${problems.join('; ')}`);
      else passed += 1;
    };

    check('a new library', openLibrary(file('new.sqlite')), file('new.sqlite'));
    check('the same library reopened', openLibrary(file('new.sqlite')), file('new.sqlite'));

    const old = file('old.sqlite');
    const built = await runChild('buildOldLibrary', [
      old,
      String(latestSchemaVersion - 1),
      '20',
      '1',
    ]);
    if (built.code !== 0) throw new Error(`buildOldLibrary failed: ${built.stderr.slice(-300)}`);
    check(`a library migrated from schema ${latestSchemaVersion - 1}`, openLibrary(old), old);

    const deleteMode = file('delete-mode.sqlite');
    openLibrary(deleteMode).close();
    const other = new Database(deleteMode);
    other.pragma('journal_mode = DELETE');
    other.pragma('synchronous = OFF');
    other.close();
    check(
      'a library another tool switched to journal_mode=DELETE',
      openLibrary(deleteMode),
      deleteMode,
    );

    const source = openLibrary(file('source.sqlite'));
    const backup = await backupLibrary(source.db, file('restored.sqlite'));
    source.close();
    check('a library made by galley backup', openLibrary(backup), backup);

    const first = openLibrary(file('pair-a.sqlite'));
    const second = openLibrary(file('pair-b.sqlite'));
    check('the first of two libraries open at once', first, file('pair-a.sqlite'));
    check('the second of two libraries open at once', second, file('pair-b.sqlite'));

    const libraries = tried;
    let refused = 0;
    // The check must bite: a connection with a drifted setting is refused.
    for (const [setting, wrong] of [
      ['synchronous', 1],
      ['foreign_keys', 0],
      ['busy_timeout', 0],
      ['journal_mode', 'delete'],
    ] as Array<[Setting, string | number]>) {
      tried += 1;
      const db = new Database(file(`drift-${setting}.sqlite`));
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
      db.pragma('foreign_keys = ON');
      db.pragma('busy_timeout = 5000');
      db.pragma(`${setting} = ${String(wrong)}`);
      let threw = false;
      try {
        assertDurabilitySettings(db);
      } catch {
        threw = true;
      }
      db.close();
      if (threw) {
        passed += 1;
        refused += 1;
      } else failures.push(`assertDurabilitySettings accepted ${setting} = ${String(wrong)}`);
    }

    // Every other connection in electron/ must be read-only.
    const rawConnections = findRawConnections();
    for (const connection of rawConnections) {
      tried += 1;
      if (connection.readonly) passed += 1;
      else
        failures.push(
          `${connection.file}:${connection.line} opens a read-write better-sqlite3 connection outside openDatabase`,
        );
    }
    notes.push(
      `connections outside openDatabase.ts: ${rawConnections.map((c) => `${c.file}:${c.line}${c.readonly ? ' (readonly)' : ''}`).join(', ') || 'none'}`,
    );
    return {
      tried,
      passed,
      figures: {
        'libraries checked': libraries,
        settings: Object.entries(durabilitySettings)
          .map(([key, value]) => `${key}=${value}`)
          .join(' '),
        'drifted settings refused': `${refused}/4`,
        'read-write connections outside openDatabase': rawConnections.filter((c) => !c.readonly)
          .length,
      },
      failures,
      notes,
    };
  },
};

function findRawConnections(): Array<{ file: string; line: number; readonly: boolean }> {
  const found: Array<{ file: string; line: number; readonly: boolean }> = [];
  for (const file of listSourceFiles('electron')) {
    if (file.endsWith(`${path.sep}openDatabase.ts`)) continue;
    const source = ts.createSourceFile(
      file,
      fs.readFileSync(file, 'utf8'),
      ts.ScriptTarget.Latest,
      true,
    );
    const visit = (node: ts.Node): void => {
      if (ts.isNewExpression(node) && node.expression.getText(source) === 'Database') {
        const settings = node.arguments?.[1];
        const readonly =
          settings !== undefined &&
          ts.isObjectLiteralExpression(settings) &&
          settings.properties.some(
            (property) =>
              ts.isPropertyAssignment(property) &&
              property.name.getText(source) === 'readonly' &&
              property.initializer.kind === ts.SyntaxKind.TrueKeyword,
          );
        found.push({
          file: projectRelative(file),
          line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1,
          readonly,
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}
