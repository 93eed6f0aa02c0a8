import { OutboxStore } from '../../services/publish/outboxStore';
import { type CliContext, printJson } from '../cliContext';
import { withLibrary } from '../withLibrary';

/** `galley outbox [--json]`: the publishing queue, newest first. */
export async function outboxCommand(context: CliContext): Promise<number> {
  return withLibrary(context, (library) => {
    const items = new OutboxStore(library.db).list(500);
    if (context.flags.json) printJson(context, { items });
    else
      for (const item of items)
        context.io.stdout(
          `${item.id}\t${item.state}\t${item.target}\t${item.articleId}\t${item.action}\t${item.remoteUrl || item.lastError}\n`,
        );
    return 0;
  });
}
