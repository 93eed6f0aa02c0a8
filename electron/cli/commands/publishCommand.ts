import { selectArticlesForExport } from '../../services/export/selectArticlesForExport';
import { CorrectionError } from '../../services/publish/correctionStore';
import { PublishService } from '../../services/publish/publishService';
import { PublishTargetError } from '../../services/publish/publishTargetStore';
import { CliError } from '../cliError';
import { type CliContext, withLibrary } from '../cliContext';
import { deliverQueued } from './deliverQueued';
import { parseSelection } from './exportCommand';

/**
 * `galley publish --target NAME [--status ready | --ids A,B] [--correction TEXT] [--timeout S]
 * [--json]`: queues the articles in the library's outbox (one transaction), then delivers
 * them. With `--correction` the articles go out again as updates, the note at their end.
 */
export async function publishCommand(context: CliContext): Promise<number> {
  const { flags } = context;
  if (!flags.target)
    throw new CliError('usage: galley publish --target NAME [--status ready | --ids A,B]', 2);
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
        'publish',
        flags.correction,
      );
    } catch (error) {
      if (error instanceof PublishTargetError || error instanceof CorrectionError)
        throw new CliError(error.message, 1);
      throw error;
    }
    return deliverQueued(context, service, flags.target ?? '', queued);
  });
}

/** `--timeout` in seconds per attempt: 30 unless given. */
export function attemptTimeout(context: CliContext): number {
  const { timeout } = context.flags;
  const seconds = timeout === undefined ? 30 : Number(timeout);
  if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 600)
    throw new CliError('--timeout takes seconds per attempt, 1 to 600', 2);
  return seconds;
}
