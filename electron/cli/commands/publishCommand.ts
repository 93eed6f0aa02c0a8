import { selectArticlesForExport } from '../../services/export/selectArticlesForExport';
import { PublishService } from '../../services/publish/publishService';
import { PublishTargetError } from '../../services/publish/publishTargetStore';
import { CliError } from '../cliError';
import { type CliContext, printJson, withLibrary } from '../cliContext';
import { parseSelection } from './exportCommand';

/**
 * `galley publish --target NAME [--status ready | --ids A,B] [--timeout S] [--json]`: queues the articles in
 * the library's outbox (one transaction), then delivers until each is delivered or has failed,
 * with a progress line on stderr. Killed or interrupted, what is queued stays queued: the next
 * `galley publish` or `galley serve` goes on with it.
 */
export async function publishCommand(context: CliContext): Promise<number> {
  const { flags, io } = context;
  if (!flags.target)
    throw new CliError('usage: galley publish --target NAME [--status ready | --ids A,B]', 2);
  const selection = parseSelection(context);
  const timeoutSeconds = flags.timeout === undefined ? 30 : Number(flags.timeout);
  if (!Number.isFinite(timeoutSeconds) || timeoutSeconds <= 0 || timeoutSeconds > 600)
    throw new CliError('--timeout takes seconds per attempt, 1 to 600', 2);
  return withLibrary(context, async (library) => {
    const service = new PublishService(library, { attemptTimeoutMs: timeoutSeconds * 1000 });
    let queued;
    try {
      queued = service.queue(
        flags.target ?? '',
        selectArticlesForExport(library.db, selection),
        context.actor,
      );
    } catch (error) {
      if (error instanceof PublishTargetError) throw new CliError(error.message, 1);
      throw error;
    }
    const ids = queued.queued.map((item) => item.outboxId);
    const progress = (): void => {
      const done = ids.length - service.outbox.unfinished(ids);
      io.stderr(`\rpublishing to ${flags.target}: ${done}/${ids.length}`);
    };
    while (service.outbox.unfinished(ids) > 0) {
      // Everything due in the library's outbox goes, this batch's and what earlier runs left.
      const tried = await service.deliverDue(context.actor);
      progress();
      if (tried === 0) {
        const next = service.nextDueAt() ?? Date.now() + 1_000;
        await new Promise((resolve) =>
          setTimeout(resolve, Math.min(Math.max(next - Date.now(), 50), 5_000)),
        );
      }
    }
    if (ids.length > 0) io.stderr('\n');
    const delivered = [];
    const failed = [];
    for (const { id, outboxId } of queued.queued) {
      const item = service.outbox.get(outboxId);
      if (item?.state === 'delivered') delivered.push({ id, url: item.remoteUrl });
      else failed.push({ id, reason: item?.lastError ?? 'canceled' });
    }
    const result = { delivered, failed, blocked: queued.blocked };
    if (flags.json) printJson(context, result);
    else {
      for (const item of delivered) io.stdout(`delivered ${item.id} ${item.url}\n`);
      for (const item of failed) io.stdout(`failed    ${item.id} ${item.reason}\n`);
      for (const item of queued.blocked) io.stdout(`blocked   ${item.id} ${item.reason}\n`);
    }
    return failed.length === 0 && queued.blocked.length === 0 ? 0 : 1;
  });
}
