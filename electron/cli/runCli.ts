import os from 'node:os';
import { parseArgs } from 'node:util';
import type { CliContext, CliIo } from './cliContext';
import type { CliError } from './cliError';

export type { CliIo } from './cliContext';

const usage = `Usage: galley <command> [options]

Commands:
  serve [--port N]          serve the Galley interface on 127.0.0.1, on the library's last port
                            (another if that one is busy); --port 0 picks a new one
  list [--assignee NAME|me|nobody] [--json]
                            list the articles of the library, newest first
  assign --id ID --to NAME | --nobody [--json]
                            hand an article to a person of the desk (or to nobody)
  import FILE... [--json]   import .txt (copied news pages), .md, .html and .docx files
  show ID [--json]          print one article, with its body and related articles
  search QUERY [--json]     search headlines, ledes and text (Russian and English word forms)
  status ID STATUS          move an article: draft, editing, fact-check, ready, published
        [--override "reason"]  ready with quotations open: let it through, the reason logged
  export --out DIR          publish articles as a static site: HTML pages, ninjs JSON, index, manifest
        [--status ready | --all | --ids A,B] [--rubric R] [--since DATE] [--base-url URL]
        [--force] [--no-mark] [--allow-unverified]
  quotes FILE [--json]      list the direct quotations of a .txt/.md/.html/.docx file, with speakers
  quotes --article ID [--json] [--annotations]
                            the same for an article; --annotations prints its fact-check
                            annotations as W3C Web Annotation JSON-LD (internal report)
  backup --out FILE         copy the library safely while it is in use
  restore --from BACKUP     put a backup in place (the current file is kept beside it)
  desk [--port N] [--host H] [--database FILE | postgres://…] [--redis redis://host:port/db]
                            run the desk server that workstations join (embedded SQLite by default);
                            with --redis, several desk processes over one PostgreSQL act as one desk
  desk user add NAME --role editor|fact-checker|chief
                            add a person to the desk and print their personal token
  desk user list | desk user revoke NAME
  sync [--desk URL --token T] [--json]
                            one round with the desk: this library's changes go up, the desk's
                            come down (joins the desk when given; for cron on an exporting machine)
  target add NAME --kind wordpress --url SITE --user U --secret APP_PASSWORD [--takedown draft|trash]
  target add NAME --kind http --url URL [--secret S] [--base-url SITE]
  target add NAME --kind folder --out DIR [--base-url SITE]
                            a place to publish to: a WordPress site (Application Password), an
                            HTTP receiver (signed with the secret) or a static site folder
  target list | target remove NAME | target test NAME
  publish --target NAME [--status ready | --ids A,B] [--correction TEXT] [--timeout SECONDS] [--json]
                            queue articles in the outbox and deliver them (the quote gate applies);
                            --correction republishes with a correction note at the end
  unpublish --target NAME --ids A,B [--json]
                            take articles off the site (WordPress: draft or trash; HTTP: canceled)
  outbox [--json]           the publishing queue: pending, delivered, failed, blocked

Options:
  --library FILE            the library file (default: $GALLEY_LIBRARY, else the per-user data folder)
  --database FILE|URL       the desk's store (default: $GALLEY_DESK_DATABASE, else desk.sqlite there)
  --json                    print JSON instead of text
  -h, --help                show this help`;

type Command = (context: CliContext) => Promise<number>;

/**
 * Each command's module is imported only when that command runs: `galley --help` and `galley
 * list` must not pay for the exporter, the desk server or the import parsers (the bundle keeps
 * each behind its own chunk).
 */
const commands: Readonly<Record<string, () => Promise<Command>>> = {
  serve: async () => (await import('./commands/serveCommand')).serveCommand,
  list: async () => (await import('./commands/listCommand')).listCommand,
  assign: async () => (await import('./commands/assignCommand')).assignCommand,
  import: async () => (await import('./commands/importCommand')).importCommand,
  export: async () => (await import('./commands/exportCommand')).exportCommand,
  quotes: async () => (await import('./commands/quotesCommand')).quotesCommand,
  show: async () => (await import('./commands/showCommand')).showCommand,
  search: async () => (await import('./commands/searchCommand')).searchCommand,
  status: async () => (await import('./commands/statusCommand')).statusCommand,
  backup: async () => (await import('./commands/backupCommand')).backupCommand,
  restore: async () => (await import('./commands/backupCommand')).restoreCommand,
  desk: async () => (await import('./commands/deskCommand')).deskCommand,
  sync: async () => (await import('./commands/syncCommand')).syncCommand,
  target: async () => (await import('./commands/targetCommand')).targetCommand,
  publish: async () => (await import('./commands/publishCommand')).publishCommand,
  unpublish: async () => (await import('./commands/unpublishCommand')).unpublishCommand,
  outbox: async () => (await import('./commands/outboxCommand')).outboxCommand,
};

const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/** Runs `galley` with the given arguments; resolves to the exit code (serve stays running). */
export async function runCli(argv: string[], io: CliIo = processIo): Promise<number> {
  try {
    return await runCommand(argv, io);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`galley: ${message.split('\n')[0] ?? message}\n`);
    // The error classes load on failure only: `galley --help` loads no module but this one
    // (each module an ES import loads costs it about 0.3 ms of CPU).
    const [{ CliError }, { LibraryError }] = await Promise.all([
      import('./cliError'),
      import('../services/library/libraryError'),
    ]);
    if (error instanceof CliError) return error.exitCode;
    return error instanceof LibraryError ? 3 : 1;
  }
}

/** A mistake in the command line: exit code 2. */
async function usageError(message: string): Promise<CliError> {
  const { CliError } = await import('./cliError');
  return new CliError(`${message} (see galley --help)`, 2);
}

async function runCommand(argv: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        library: { type: 'string' },
        port: { type: 'string' },
        host: { type: 'string' },
        database: { type: 'string' },
        redis: { type: 'string' },
        role: { type: 'string' },
        out: { type: 'string' },
        from: { type: 'string' },
        'base-url': { type: 'string' },
        status: { type: 'string' },
        ids: { type: 'string' },
        rubric: { type: 'string' },
        since: { type: 'string' },
        article: { type: 'string' },
        override: { type: 'string' },
        desk: { type: 'string' },
        token: { type: 'string' },
        kind: { type: 'string' },
        url: { type: 'string' },
        secret: { type: 'string' },
        user: { type: 'string' },
        takedown: { type: 'string' },
        correction: { type: 'string' },
        target: { type: 'string' },
        timeout: { type: 'string' },
        id: { type: 'string' },
        to: { type: 'string' },
        assignee: { type: 'string' },
        nobody: { type: 'boolean', default: false },
        all: { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
        'no-mark': { type: 'boolean', default: false },
        'allow-unverified': { type: 'boolean', default: false },
        annotations: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw await usageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const [name, ...rest] = positionals;
  if (values.help || !name) {
    io.stdout(`${usage}\n`);
    return name || values.help ? 0 : 2;
  }
  const loadCommand = commands[name];
  if (!loadCommand) throw await usageError(`unknown command "${name}"`);
  const takesPositionals = [
    'show',
    'search',
    'status',
    'import',
    'quotes',
    'desk',
    'target',
  ].includes(name);
  if (!takesPositionals && rest.length > 0)
    throw await usageError(`unexpected argument "${rest[0]}"`);
  const context: CliContext = {
    io,
    positionals: rest,
    flags: {
      library: values.library,
      port: values.port,
      host: values.host,
      database: values.database,
      redis: values.redis,
      role: values.role,
      out: values.out,
      from: values.from,
      baseUrl: values['base-url'],
      status: values.status,
      ids: values.ids,
      rubric: values.rubric,
      since: values.since,
      article: values.article,
      override: values.override,
      desk: values.desk,
      token: values.token,
      kind: values.kind,
      url: values.url,
      secret: values.secret,
      user: values.user,
      takedown: values.takedown,
      correction: values.correction,
      target: values.target,
      timeout: values.timeout,
      all: values.all,
      force: values.force,
      noMark: values['no-mark'],
      allowUnverified: values['allow-unverified'],
      annotations: values.annotations,
      id: values.id,
      to: values.to,
      nobody: values.nobody,
      assignee: values.assignee,
      json: values.json,
    },
    actor: os.userInfo().username,
  };
  const command = await loadCommand();
  try {
    return await command(context);
  } catch (error) {
    // A rule's refusal is data a script can act on: its code and parameters, on stdout.
    if (values.json) {
      const [{ CliError }, { printJson }] = await Promise.all([
        import('./cliError'),
        import('./cliContext'),
      ]);
      if (error instanceof CliError && error.rule) printJson(context, { error: error.rule });
    }
    throw error;
  }
}
