import { checkDesk } from '../../services/desk/deskLink';
import { DeskAgent } from '../../services/desk/deskAgent';
import { readLibrarySetting } from '../../services/library/librarySettings';
import { CliError } from '../cliError';
import { type CliContext, printJson } from '../cliContext';
import { withLibrary } from '../withLibrary';

/** A round with a desk of 10,000 articles takes well under this on a laptop. */
const syncTimeoutMs = 10 * 60_000;

/**
 * `galley sync [--desk URL --token T] [--json]`: one round with the desk, then exit. With
 * `--desk` and `--token` the library joins that desk (and stays joined for the app); without,
 * it syncs with the desk it joined before.
 */
export async function syncCommand(context: CliContext): Promise<number> {
  const { io, flags } = context;
  if (Boolean(flags.desk) !== Boolean(flags.token))
    throw new CliError('give both --desk URL and --token T, or neither (see galley --help)', 2);
  return withLibrary(context, async (library) => {
    const url = flags.desk ?? readLibrarySetting(library.db, 'desk.url');
    const token = flags.token ?? readLibrarySetting(library.db, 'desk.token');
    if (!url || !token)
      throw new CliError('this library has not joined a desk: give --desk URL --token T', 2);
    const problem = await checkDesk(url, token);
    if (problem) throw new CliError(`cannot sync with ${url}: ${problem}`, 1);
    const agent = new DeskAgent({ library, url, token, log: (line) => io.stderr(`${line}\n`) });
    agent.start();
    try {
      const round = await agent.syncAll(syncTimeoutMs);
      const status = agent.status();
      const result = {
        desk: url,
        ...round,
        pending: status.pending,
        articles: library.articles.count(),
      };
      if (flags.json) printJson(context, result);
      else
        io.stdout(
          `Synced with ${url}: ${round.sent} article(s) sent, ${round.received} received; ${result.articles} in the library, ${status.pending} pending.\n`,
        );
      return status.pending === 0 ? 0 : 1;
    } finally {
      await agent.stop();
    }
  });
}
