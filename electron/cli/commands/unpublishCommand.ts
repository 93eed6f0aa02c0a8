import { CliError } from '../cliError';
import type { CliContext } from '../cliContext';
import { queueAndDeliver } from './queueAndDeliver';

/**
 * `galley unpublish --target NAME --ids A,B [--json]`: takes articles off the site through
 * the outbox (WordPress: draft or trash as the target says; HTTP push: a canceled item;
 * folder: the page goes). An article no site shows any more goes back to ready.
 */
export async function unpublishCommand(context: CliContext): Promise<number> {
  if (!context.flags.target || !context.flags.ids)
    throw new CliError('usage: galley unpublish --target NAME --ids A,B', 2);
  return queueAndDeliver(context, 'takedown');
}
