import fs from 'node:fs';
import path from 'node:path';
import { backupLibrary, restoreBackup } from '../../services/library/libraryBackups';
import { CliError } from '../cliError';
import { type CliContext, libraryPathOf, printJson } from '../cliContext';
import { withLibrary } from '../withLibrary';

/** `galley backup --out FILE`: a consistent copy through SQLite's online backup. */
export function backupCommand(context: CliContext): Promise<number> {
  const out = context.flags.out;
  if (!out) throw new CliError('usage: galley backup --out FILE [--library FILE]', 2);
  if (path.resolve(out) === libraryPathOf(context))
    throw new CliError('--out must not be the library itself', 2);
  if (fs.existsSync(out)) throw new CliError(`${out} already exists; choose a new file`, 2);
  return withLibrary(context, async (library) => {
    const written = await backupLibrary(library.db, out);
    if (context.flags.json) printJson(context, { backup: written });
    else context.io.stdout(`Backed up ${library.path} to ${written}\n`);
    return 0;
  });
}

/** `galley restore --from BACKUP`: puts a backup in place, moving the current file aside. */
export function restoreCommand(context: CliContext): Promise<number> {
  const from = context.flags.from;
  if (!from) throw new CliError('usage: galley restore --from BACKUP [--library FILE]', 2);
  if (!fs.existsSync(from)) throw new CliError(`no backup at ${from}`, 2);
  const libraryPath = libraryPathOf(context);
  const { movedAside } = restoreBackup(libraryPath, path.resolve(from));
  if (context.flags.json) printJson(context, { restored: libraryPath, movedAside });
  else
    context.io.stdout(
      `Restored ${libraryPath} from ${from}; the previous file is kept as ${movedAside}\n`,
    );
  return Promise.resolve(0);
}
