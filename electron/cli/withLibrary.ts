import fs from 'node:fs';
import type { Database } from 'better-sqlite3';
import type { Library } from '../services/library/openLibrary';
import { openLibraryFile } from '../services/library/openLibraryFile';
import { type CliContext, libraryPathOf } from './cliContext';

/**
 * Opens the library for one command and always closes it. The library's modules load here,
 * not with cliContext, so that `galley --help` does without them.
 */
export async function withLibrary<T>(
  context: CliContext,
  run: (library: Library) => T | Promise<T>,
  integrityCheck: 'before-open' | 'alongside' = 'before-open',
): Promise<T> {
  const { openLibrary } = await import('../services/library/openLibrary');
  const library = openLibrary(libraryPathOf(context), { actor: context.actor, integrityCheck });
  try {
    return await run(library);
  } finally {
    library.close();
  }
}

/**
 * For a command that only reads rows: the library opened, checked and migrated as withLibrary
 * does, without loading the article model (schemas, editor, stemmers, desk), which would cost a
 * read more than the reading. A library that does not exist yet goes through withLibrary, which
 * creates it with its sample article.
 */
export async function withLibraryRows<T>(
  context: CliContext,
  run: (db: Database, file: string) => T | Promise<T>,
): Promise<T> {
  const file = libraryPathOf(context);
  if (!fs.existsSync(file)) return withLibrary(context, (library) => run(library.db, file));
  const { db } = openLibraryFile(file);
  try {
    return await run(db, file);
  } finally {
    db.close();
  }
}
