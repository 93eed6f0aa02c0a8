import { articleIdSchema } from '../../../shared/article/articleSchema';
import { AssignmentService } from '../../services/assignment/assignmentService';
import { listDeskPeople } from '../../services/desk/deskPeople';
import { CliError, valueOrCliError } from '../cliError';
import { type CliContext, printJson } from '../cliContext';
import { withLibrary } from '../withLibrary';
import { actorIn } from '../actorIn';

const usage = 'usage: galley assign --id ID --to NAME | --nobody';

/**
 * `galley assign --id ID --to NAME | --nobody [--json]`: hands an article to a person of the
 * desk (by name, from the people the library last fetched; alone, only its local user), through
 * the same service as the app, so it travels to the desk and notifies that person.
 */
export function assignCommand(context: CliContext): Promise<number> {
  const { id, to, nobody } = context.flags;
  if (!id || (to === undefined) === !nobody) throw new CliError(usage, 2);
  if (!articleIdSchema.safeParse(id).success) throw new CliError(`"${id}" is not an article id`, 2);
  return withLibrary(context, (library) => {
    let assignee = null;
    if (to !== undefined) {
      const { people } = listDeskPeople(library.db, actorIn(context, library), false);
      const person = people.find((candidate) => candidate.name === to.trim());
      if (!person)
        throw new CliError(
          `nobody named "${to}" on this desk (people: ${people.map((p) => p.name).join(', ')})`,
        );
      assignee = { id: person.id, name: person.name };
    }
    const assignment = valueOrCliError(
      new AssignmentService(library, actorIn(context, library)).assign(id, assignee),
    );
    if (context.flags.json) printJson(context, assignment);
    else
      context.io.stdout(
        assignment.assignee
          ? `${id} is assigned to ${assignment.assignee.name}\n`
          : `${id} is assigned to nobody\n`,
      );
    return 0;
  });
}
