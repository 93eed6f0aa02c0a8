import type { ArticleStatus } from '../../shared/article/articleSchema';
import type { DeskPerson } from '../../shared/desk/deskPerson';
import type { DeskRole } from '../../shared/desk/deskRole';

/** Who a move hands the article to: fact-check goes to fact-checkers, ready to the chief. */
const handoffRole: Partial<Record<ArticleStatus, DeskRole>> = {
  'fact-check': 'fact-checker',
  ready: 'chief',
};

/**
 * The people a move to `status` offers to hand the article to: those with the role the step
 * needs, or, when the desk has nobody in that role (or the library is not joined), anyone but
 * me. Moves with no hand-off step offer nobody.
 */
export function handoffCandidates(
  status: ArticleStatus,
  people: readonly DeskPerson[],
  me: DeskPerson,
): DeskPerson[] {
  const role = handoffRole[status];
  if (!role) return [];
  const inRole = people.filter((person) => person.role === role);
  if (inRole.length > 0) return inRole;
  return people.filter((person) => person.id !== me.id);
}
