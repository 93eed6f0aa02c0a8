import { selectArticlesForExport } from '../../services/export/selectArticlesForExport';
import { CorrectionError } from '../../services/publish/correctionStore';
import type { OutboxAction } from '../../services/publish/outboxStore';
import { PublishService, type QueueResult } from '../../services/publish/publishService';
import { PublishTargetError } from '../../services/publish/publishTargetStore';
import { CliError } from '../cliError';
import { type CliContext, printJson } from '../cliContext';
import { withLibrary } from '../withLibrary';
import { actorIn } from '../actorIn';
import { parseSelection } from './exportCommand';

/**
 * What `galley publish` and `galley unpublish` share: the selection, queuing it in the outbox
 * (one transaction; the gate decides there) and delivering it.
 */
export async function queueAndDeliver(
  context: CliContext,
  action: OutboxAction,
  correction?: string,
): Promise<number> {
  const { flags } = context;
  const target = flags.target ?? '';
  const selection = parseSelection(context);
  const timeoutSeconds = attemptTimeout(context);
  return withLibrary(context, async (library) => {
    const service = new PublishService(library, { attemptTimeoutMs: timeoutSeconds * 1000 });
    const actor = actorIn(context, library);
    let queued;
    try {
      const ids = selectArticlesForExport(library.db, selection);
      queued = service.queue(target, ids, actor, action, correction);
    } catch (error) {
      if (error instanceof PublishTargetError || error instanceof CorrectionError)
        throw new CliError(error.message, 1);
      throw error;
    }
    return deliverQueued(context, service, target, queued, actor);
  });
}

/** `--timeout` in seconds per attempt: 30 unless given. */
function attemptTimeout(context: CliContext): number {
  const { timeout } = context.flags;
  const seconds = timeout === undefined ? 30 : Number(timeout);
  if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 600)
    throw new CliError('--timeout takes seconds per attempt, 1 to 600', 2);
  return seconds;
}

/**
 * Delivers until every queued item is delivered or has failed, with a progress line on
 * stderr, then prints `{delivered, failed, blocked}`. Killed or interrupted, what is queued
 * stays queued: the next `galley publish` or `galley serve` goes on with it.
 */
async function deliverQueued(
  context: CliContext,
  service: PublishService,
  target: string,
  queued: QueueResult,
  actor: string,
): Promise<number> {
  const { flags, io } = context;
  const ids = queued.queued.map((item) => item.outboxId);
  const progress = (): void => {
    const done = ids.length - service.outbox.unfinished(ids);
    io.stderr(`\rpublishing to ${target}: ${done}/${ids.length}`);
  };
  while (service.outbox.unfinished(ids) > 0) {
    // Everything due in the library's outbox goes, this batch's and what earlier runs left.
    const tried = await service.deliverDue(actor);
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
}
