import os from 'node:os';
import path from 'node:path';
import { deskRoleSchema, deskRoles } from '../../../shared/desk/deskRole';
import { DeskError } from '../../services/desk/deskError';
import type { DeskStore } from '../../services/desk/deskStore';
import { parseRedisUrl, withoutRedisPassword } from '../../services/desk/parseRedisUrl';
import { addDeskUser } from '../../services/desk/deskTokens';
import { openDeskStore } from '../../services/desk/openDeskStore';
import { startDeskServer } from '../../services/desk/startDeskServer';
import { userDataDir } from '../../services/library/resolveLibraryPath';
import { CliError } from '../cliError';
import { type CliContext, printJson } from '../cliContext';
import { parsePort } from '../parsePort';

const userUsage = `usage: galley desk user add NAME --role ${deskRoles.join('|')} | galley desk user list | galley desk user revoke NAME`;

/**
 * `galley desk [--port N] [--host H] [--database FILE|postgres://…] [--redis redis://…]`: the
 * desk server (one of several sharing a PostgreSQL through Redis, with --redis), until
 * stopped; `galley desk user add|list|revoke`: the people who may join it.
 */
export async function deskCommand(context: CliContext): Promise<number> {
  const [sub, ...rest] = context.positionals;
  if (sub === undefined) return runDesk(context);
  if (sub !== 'user') throw new CliError(`unknown desk command "${sub}" (see galley --help)`, 2);
  const [action, ...names] = rest;
  if (action === 'add' || action === 'revoke') {
    if (names.length !== 1 || !names[0]) throw new CliError(userUsage, 2);
    const name = names[0];
    return action === 'add' ? addUser(context, name) : revokeUser(context, name);
  }
  if (action === 'list' && names.length === 0) return listUsers(context);
  throw new CliError(userUsage, 2);
}

async function runDesk(context: CliContext): Promise<number> {
  const { io } = context;
  const port = parsePort(context.flags.port) ?? 0;
  const host = context.flags.host ?? '127.0.0.1';
  const redis = context.flags.redis;
  const database = deskDatabaseOf(context);
  if (redis !== undefined && !/^postgres(ql)?:\/\//i.test(database))
    throw new CliError(
      '--redis needs a PostgreSQL desk store (--database postgres://…): desk processes on several machines cannot share one SQLite file',
      2,
    );
  if (redis !== undefined) {
    try {
      parseRedisUrl(redis);
    } catch (error) {
      if (error instanceof DeskError) throw new CliError(error.message, 2);
      throw error;
    }
  }
  const store = await openStore(context);
  let desk;
  try {
    desk = await startDeskServer({
      store,
      port,
      host,
      ...(redis !== undefined ? { redis } : {}),
      log: (line) => io.stderr(`${line}\n`),
    });
  } catch (error) {
    await store.close();
    throw new CliError(
      `cannot start the desk: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const running = desk;
  // Stopping is wired before the URL is printed: whoever reads that line may signal at once.
  const stopped = new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void running
        .close()
        .then(() => store.close())
        .then(resolve, resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  io.stdout(`Galley desk: ${running.url}\n`);
  io.stderr(
    `galley: desk on ${store.kind === 'postgres' ? 'PostgreSQL' : 'SQLite'} ${store.location}${redis !== undefined ? `, sharing through Redis ${withoutRedisPassword(redis)}` : ''} (Ctrl+C to stop)\n`,
  );
  await stopped;
  return 0;
}

async function addUser(context: CliContext, name: string): Promise<number> {
  const role = deskRoleSchema.safeParse(context.flags.role);
  if (!role.success) throw new CliError(`--role must be ${deskRoles.join(', ')}`, 2);
  return withStore(context, async (store) => {
    const { user, token } = await addDeskUser(store, name, role.data, Date.now());
    if (context.flags.json) printJson(context, { ...user, token });
    else
      context.io.stdout(
        `Added ${user.name} (${user.role}). Personal token, shown only now:\n${token}\n`,
      );
    return 0;
  });
}

async function listUsers(context: CliContext): Promise<number> {
  return withStore(context, async (store) => {
    const users = await store.listUsers();
    if (context.flags.json) printJson(context, { users });
    else
      for (const user of users)
        context.io.stdout(
          `${user.name}\t${user.role}\t${user.revokedAt === null ? 'active' : `revoked ${new Date(user.revokedAt).toISOString()}`}\n`,
        );
    return 0;
  });
}

async function revokeUser(context: CliContext, name: string): Promise<number> {
  return withStore(context, async (store) => {
    const user = await store.revokeUser(name, Date.now());
    if (!user) throw new CliError(`nobody on this desk is named ${name}`);
    if (context.flags.json) printJson(context, user);
    else context.io.stdout(`Revoked ${user.name}'s token.\n`);
    return 0;
  });
}

/** `--database`, else `$GALLEY_DESK_DATABASE`, else desk.sqlite in the per-user data folder. */
export function deskDatabaseOf(context: CliContext): string {
  const chosen = context.flags.database ?? process.env['GALLEY_DESK_DATABASE'];
  if (chosen) return /^postgres(ql)?:\/\//i.test(chosen) ? chosen : path.resolve(chosen);
  return path.join(
    userDataDir({ env: process.env, platform: process.platform, homeDir: os.homedir() }),
    'desk.sqlite',
  );
}

async function openStore(context: CliContext): Promise<DeskStore> {
  try {
    return await openDeskStore(deskDatabaseOf(context));
  } catch (error) {
    if (error instanceof DeskError) throw new CliError(error.message);
    throw error;
  }
}

async function withStore(
  context: CliContext,
  run: (store: DeskStore) => Promise<number>,
): Promise<number> {
  const store = await openStore(context);
  try {
    return await run(store);
  } catch (error) {
    if (error instanceof DeskError) throw new CliError(error.message);
    throw error;
  } finally {
    await store.close();
  }
}
