import type { PublishService, QueueResult } from '../../services/publish/publishService';
import { type CliContext, printJson } from '../cliContext';

/**
 * Delivers until every queued item is delivered or has failed, with a progress line on
 * stderr, then prints `{delivered, failed, blocked}`. Killed or interrupted, what is queued
 * stays queued: the next `galley publish` or `galley serve` goes on with it.
 */
export async function deliverQueued(
  context: CliContext,
  service: PublishService,
  target: string,
  queued: QueueResult,
): Promise<number> {
  const { flags, io } = context;
  const ids = queued.queued.map((item) => item.outboxId);
  const progress = (): void => {
    const done = ids.length - service.outbox.unfinished(ids);
    io.stderr(`\rpublishing to ${target}: ${done}/${ids.length}`);
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
}
