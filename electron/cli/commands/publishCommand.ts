import { CliError } from '../cliError';
import type { CliContext } from '../cliContext';
import { queueAndDeliver } from './queueAndDeliver';

/**
 * `galley publish --target NAME [--status ready | --ids A,B] [--correction TEXT] [--timeout S]
 * [--json]`: queues the articles in the library's outbox (one transaction), then delivers
 * them. With `--correction` the articles go out again as updates, the note at their end.
 */
export async function publishCommand(context: CliContext): Promise<number> {
  if (!context.flags.target)
    throw new CliError('usage: galley publish --target NAME [--status ready | --ids A,B]', 2);
  return queueAndDeliver(context, 'publish', context.flags.correction);
}
