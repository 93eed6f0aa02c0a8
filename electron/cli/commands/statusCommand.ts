import { articleIdSchema, articleStatusSchema } from '../../../shared/article/articleSchema';
import { overrideReasonSchema } from '../../../shared/article/statusMoveSchema';
import { ArticleWorkflow } from '../../services/workflow/articleWorkflow';
import { CliError, valueOrCliError } from '../cliError';
import { type CliContext, printJson } from '../cliContext';
import { withLibrary } from '../withLibrary';
import { actorIn } from '../actorIn';

const usage =
  'usage: galley status ID draft|editing|fact-check|ready|published [--override "reason"]';

/**
 * `galley status ID STATUS [--override "reason"] [--json]`: moves an article along the
 * workflow, through the same rules as the app (the quote gate on ready included).
 */
export function statusCommand(context: CliContext): Promise<number> {
  const [id, status] = context.positionals;
  if (!id || !status || context.positionals.length > 2) throw new CliError(usage, 2);
  if (!articleIdSchema.safeParse(id).success) throw new CliError(`"${id}" is not an article id`, 2);
  const parsedStatus = articleStatusSchema.safeParse(status);
  if (!parsedStatus.success)
    throw new CliError(
      `"${status}" is not a status (draft, editing, fact-check, ready, published)`,
      2,
    );
  const { override } = context.flags;
  const reason = override === undefined ? undefined : overrideReasonSchema.safeParse(override);
  if (reason && !reason.success)
    throw new CliError('--override needs a reason of 3 to 2000 characters', 2);
  return withLibrary(context, (library) => {
    const moved = valueOrCliError(
      new ArticleWorkflow(library).moveStatus(
        { id, status: parsedStatus.data, ...(reason ? { override: { reason: reason.data } } : {}) },
        actorIn(context, library),
      ),
    );
    const { article } = moved;
    if (context.flags.json) {
      printJson(context, {
        id: article.id,
        status: article.status,
        publishedAt: article.publishedAt,
        override: moved.override,
      });
    } else {
      context.io.stdout(`${article.id} is now ${article.status}\n`);
      if (moved.override)
        context.io.stdout(
          `Override logged for ${moved.override.actor}: ${moved.override.reason}\n`,
        );
    }
    return 0;
  });
}
