import { selectArticlesForExport } from '../../services/export/selectArticlesForExport';
import { PublishService } from '../../services/publish/publishService';
import { PublishTargetError } from '../../services/publish/publishTargetStore';
import { CliError } from '../cliError';
import { type CliContext, withLibrary } from '../cliContext';
import { deliverQueued } from './deliverQueued';
import { parseSelection } from './exportCommand';
import { attemptTimeout } from './publishCommand';

/**
 * `galley unpublish --target NAME --ids A,B [--json]`: takes articles off the site through
 * the outbox (WordPress: draft or trash as the target says; HTTP push: a canceled item;
 * folder: the page goes). An article no site shows any more goes back to ready.
 */
export async function unpublishCommand(context: CliContext): Promise<number> {
  const { flags } = context;
  if (!flags.target || !flags.ids)
    throw new CliError('usage: galley unpublish --target NAME --ids A,B', 2);
  const selection = parseSelection(context);
  const timeoutSeconds = attemptTimeout(context);
  return withLibrary(context, async (library) => {
    const service = new PublishService(library, { attemptTimeoutMs: timeoutSeconds * 1000 });
    let queued;
    try {
      queued = service.queue(
        flags.target ?? '',
        selectArticlesForExport(library.db, selection),
        context.actor,
        'takedown',
      );
    } catch (error) {
      if (error instanceof PublishTargetError) throw new CliError(error.message, 1);
      throw error;
    }
    return deliverQueued(context, service, flags.target ?? '', queued);
  });
}
